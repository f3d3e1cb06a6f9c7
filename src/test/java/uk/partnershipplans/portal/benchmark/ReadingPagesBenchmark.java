package uk.partnershipplans.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.support.PortalHttp;
import uk.partnershipplans.portal.support.SyntheticDataset;
import uk.partnershipplans.portal.support.TestDatabase;
import uk.partnershipplans.portal.support.WebTest;

/**
 * The board's reading pages under concurrent load on the large synthetic dataset: each of {@code benchmark.users}
 * signed-in board members (default 8) requests each page {@code benchmark.requests} times (default 50) after a
 * warm-up, and the median and 95th percentile of the response times are reported per page, on standard output and
 * in {@code target/benchmark/reading-pages.txt}. Run with {@code ./mvnw test -Pbenchmark} (see the README); it is
 * not part of the normal build, because timings belong in a report, not in a pass or fail.
 */
@Tag("benchmark")
@WebTest
@TestPropertySource(properties = {TestDatabase.OWN_DATABASE, "portal.test.pool-size=10"}) // Hikari's default
class ReadingPagesBenchmark {

    private static final int USERS = Integer.getInteger("benchmark.users", 8);
    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 50);
    private static final int WARM_UP = 10;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void reportResponseTimesUnderConcurrentLoad() throws Exception {
        SyntheticDataset.loadInto(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long year = SyntheticDataset.year(jdbc, 20);
        long priority = jdbc.queryForObject("select id from priority where plan_year_id = ? and number = '3.1'",
                Long.class, year);

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("Dashboard", "/plan-years/" + year + "/dashboard");
        pages.put("Plan year", "/plan-years/" + year);
        pages.put("Priority page", "/priorities/" + priority);
        pages.put("Indicator table", "/plan-years/" + year + "/indicators");
        pages.put("Action matrix", "/plan-years/" + year + "/actions");

        List<PortalHttp> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            PortalHttp user = new PortalHttp(port);
            assertThat(user.signIn("board", "demo").statusCode()).isEqualTo(302);
            users.add(user);
        }

        StringBuilder report = new StringBuilder("Reading pages on the synthetic dataset: %d concurrent users, %d requests each per page%n%n"
                .formatted(USERS, REQUESTS));
        report.append("%-18s %8s %12s %12s%n".formatted("Page", "Requests", "Median (ms)", "95th (ms)"));
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        try {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                List<Double> times = load(pool, users, page.getValue());
                report.append("%-18s %8d %12.1f %12.1f%n".formatted(page.getKey(), times.size(), percentile(times, 50),
                        percentile(times, 95)));
            }
        } finally {
            pool.shutdown();
        }
        write(report.toString());
    }

    /** Every user requests the page, first to warm up, then timed; any answer but 200 fails the benchmark. */
    private static List<Double> load(ExecutorService pool, List<PortalHttp> users, String path) throws Exception {
        List<Future<List<Double>>> running = new ArrayList<>();
        for (PortalHttp user : users) {
            running.add(pool.submit(() -> {
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < WARM_UP + REQUESTS; i++) {
                    long start = System.nanoTime();
                    int status = user.get(path).statusCode();
                    long elapsed = System.nanoTime() - start;
                    assertThat(status).as(path).isEqualTo(200);
                    if (i >= WARM_UP) {
                        times.add(elapsed / 1_000_000.0);
                    }
                }
                return times;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> user : running) {
            all.addAll(user.get());
        }
        Collections.sort(all);
        return all;
    }

    /** The nearest-rank percentile of sorted times. */
    private static double percentile(List<Double> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static void write(String report) throws IOException {
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "reading-pages.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }
}
