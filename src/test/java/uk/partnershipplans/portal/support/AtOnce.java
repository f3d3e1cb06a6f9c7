package uk.partnershipplans.portal.support;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/** Requests sent at the same instant from threads of their own: saves of one form, or sign-ins to one account. */
public final class AtOnce {

    private AtOnce() {
    }

    /**
     * {@code attempts} people, each in a session of their own, send the sign-in form for {@code username} with
     * {@code password} at the same instant; their answers, in order.
     */
    public static List<HttpResponse<String>> signIns(int port, String username, String password, int attempts) {
        List<Callable<HttpResponse<String>>> signIns = IntStream.range(0, attempts).mapToObj(i -> {
            PortalHttp client = new PortalHttp(port);
            String token = PortalHttp.csrfTokenFrom(client.get("/login").body());
            return (Callable<HttpResponse<String>>) () -> client.post("/login",
                    Map.of("username", username, "password", password, "_csrf", token));
        }).toList();
        return run(signIns);
    }

    /** How many times the portal checked a password for {@code username} and found it wrong while {@code during} ran. */
    public static int passwordChecks(ConfigurableApplicationContext context, String username, Runnable during) {
        AtomicInteger checked = new AtomicInteger();
        ApplicationListener<ApplicationEvent> checks = event -> {
            if (event instanceof AuthenticationFailureBadCredentialsEvent failure
                    && username.equals(failure.getAuthentication().getName())) {
                checked.incrementAndGet();
            }
        };
        context.addApplicationListener(checks);
        try {
            during.run();
        } finally {
            context.removeApplicationListener(checks);
        }
        return checked.get();
    }

    /** Runs the requests from threads that all wait for one signal, and gives their answers in order. */
    static <T> List<T> run(List<Callable<T>> requests) {
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (Callable<T> request : requests) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.call();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("A request sent at the same instant failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
