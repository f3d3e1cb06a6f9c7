package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.PortalHttp;
import uk.partnershipplans.portal.support.WebTest;

/**
 * While the database cannot be reached, a request fails within five seconds with the "service unavailable" page, and
 * {@code /actuator/health} says DOWN within five seconds. The limit is the requirement itself, so these tests time it.
 * <p>
 * The production settings (application.yml with application-postgres.yml, bound as Spring Boot binds them) are tried
 * against real network faults, through a link to the test database that the test cuts (connections reset, new ones
 * refused) or silences (connections stay open, nothing comes back). The running portal (the web tests' context, whose
 * pool waits longer, see TestDatabase) shows what a page that met such a failure answers.
 */
@WebTest
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // what this guards against must hang no build
class DatabaseUnreachableTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    ApplicationContext context;

    @Test
    void theProductionSettingsGiveUpWithinFiveSecondsOnADatabaseThatWentAway() throws Exception {
        try (Link link = new Link(databaseAddress()); HikariDataSource pool = productionPool(link)) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            assertThat(jdbc.queryForObject("select 1", Integer.class)).isOne();

            link.cut();

            assertFailsWithinTheLimit(jdbc);
            assertDownWithinTheLimit(pool);
        }
    }

    @Test
    void theProductionSettingsGiveUpWithinFiveSecondsOnANetworkThatWentSilent() throws Exception {
        try (Link link = new Link(databaseAddress()); HikariDataSource pool = productionPool(link)) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            assertThat(jdbc.queryForObject("select 1", Integer.class)).isOne();

            link.silence();

            // At once, on the connection just used, which the pool hands out again without checking it.
            assertDownWithinTheLimit(pool);
            // A moment later, when the pool checks each connection it hands out.
            Thread.sleep(600);
            assertFailsWithinTheLimit(jdbc);
            assertDownWithinTheLimit(pool);
        }
    }

    @Test
    void thePortalsHealthIsTheOneThatGivesUpInTime() {
        assertThat(context.getBean("dbHealthIndicator")).isInstanceOf(DatabaseHealth.class);
        assertThat(context.getBeansOfType(HealthIndicator.class).values())
                .noneMatch(indicator -> indicator instanceof DataSourceHealthIndicator);
    }

    @ParameterizedTest
    @ValueSource(strings = {"transaction", "query", "lost"})
    void aPageThatCouldNotReachTheDatabaseAnswersWithTheServiceUnavailablePage(String failing) {
        PortalHttp board = new PortalHttp(port);
        board.signIn("board", "demo");

        HttpResponse<String> answer = board.get("/test/database-unreachable/" + failing);

        assertThat(answer.statusCode()).isEqualTo(503);
        Page page = Page.of(answer.body());
        assertThat(page.title()).isEqualTo("Sorry, the service is unavailable - Partnership Plans");
        assertThat(page.h1()).isEqualTo("Sorry, the service is unavailable");
        assertThat(page.texts("main p")).contains("If you were saving something, it has not been saved.");
        assertThat(answer.body()).doesNotContain("HikariPool").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aFailureThatIsNotTheDatabasesIsStillTheGeneralErrorPage() {
        PortalHttp board = new PortalHttp(port);
        board.signIn("board", "demo");

        HttpResponse<String> answer = board.get("/test/failure");

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(Page.of(answer.body()).h1()).isEqualTo("Sorry, there is a problem with the service");
    }

    private static void assertFailsWithinTheLimit(JdbcTemplate jdbc) {
        long started = System.nanoTime();
        assertThatThrownBy(() -> jdbc.queryForObject("select 1", Integer.class)).isInstanceOf(DataAccessException.class);
        assertThat(since(started)).isLessThan(LIMIT);
    }

    private static void assertDownWithinTheLimit(HikariDataSource pool) {
        long started = System.nanoTime();
        assertThat(new DatabaseHealth(pool).health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(since(started)).isLessThan(LIMIT);
    }

    /** The pool as the postgres profile configures it, to the test database through {@code link}. */
    private HikariDataSource productionPool(Link link) throws IOException {
        StandardEnvironment settings = new StandardEnvironment();
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        for (String file : List.of("application-postgres.yml", "application.yml")) { // the profile's settings win
            yaml.load(file, new ClassPathResource(file)).forEach(settings.getPropertySources()::addLast);
        }
        HikariDataSource pool = new HikariDataSource();
        Binder.get(settings).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        URI database = databaseAddress();
        pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + link.port() + database.getPath());
        pool.setUsername(environment.getProperty("spring.datasource.username"));
        pool.setPassword(environment.getProperty("spring.datasource.password"));
        return pool;
    }

    private URI databaseAddress() {
        return URI.create(environment.getRequiredProperty("spring.datasource.url").substring("jdbc:".length()));
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * A TCP link to the database that can be cut (every connection closed, new ones refused) or silenced (connections
     * stay open and new ones are taken, but nothing reaches the database and nothing comes back).
     */
    private static final class Link implements AutoCloseable {

        private final ServerSocket server;
        private final URI database;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private volatile boolean silent;

        Link(URI database) throws IOException {
            this.database = database;
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            threads.submit(this::accept);
        }

        int port() {
            return server.getLocalPort();
        }

        void silence() {
            silent = true;
        }

        void cut() throws IOException {
            server.close();
            for (Socket socket : sockets) {
                socket.close();
            }
        }

        @Override
        public void close() throws IOException {
            cut();
            threads.shutdownNow();
        }

        private void accept() {
            try {
                while (!server.isClosed()) {
                    Socket client = server.accept();
                    sockets.add(client);
                    if (silent) {
                        threads.submit(() -> pass(client.getInputStream(), OutputStream.nullOutputStream()));
                        continue;
                    }
                    Socket db = new Socket(database.getHost(), database.getPort());
                    sockets.add(db);
                    threads.submit(() -> pass(client.getInputStream(), db.getOutputStream()));
                    threads.submit(() -> pass(db.getInputStream(), client.getOutputStream()));
                }
            } catch (IOException closed) {
                // cut
            }
        }

        /** Copies bytes across until the link is cut; once silenced, swallows them. */
        private Void pass(InputStream from, OutputStream to) {
            byte[] buffer = new byte[8192];
            try {
                for (int read = from.read(buffer); read >= 0; read = from.read(buffer)) {
                    if (!silent) {
                        to.write(buffer, 0, read);
                        to.flush();
                    }
                }
            } catch (IOException closed) {
                // cut
            }
            return null;
        }
    }
}
