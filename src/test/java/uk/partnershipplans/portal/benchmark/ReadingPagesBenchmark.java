package uk.partnershipplans.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.reporting.update.UpdateFixture;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.PortalHttp;
import uk.partnershipplans.portal.support.SyntheticDataset;
import uk.partnershipplans.portal.support.TestDatabase;
import uk.partnershipplans.portal.support.WebTest;

/**
 * The reading pages under load, side by side with a static file from the same server: for each page, {@code wrk}
 * keeps {@code benchmark.users} connections (default 50) busy for {@code benchmark.seconds} (default 20), after
 * {@code benchmark.warm-up-seconds} (default 5) of the same untimed, each request carrying the next of as many signed-in
 * sessions. Pages are read on the large synthetic dataset's plan 20 (100 actions, 25 indicators of 40 quarters each,
 * and an open round with an update of each, all for the {@code officer} account). For each page the report gives the
 * requests a second, median and 95th percentile, their ratios to the static file's, the time of one request alone once
 * warm, the SQL statements one request runs on the small demo year and on the large synthetic one (as the first after
 * a change, nothing worked out kept), and the heap in use after the load. Run with {@code ./mvnw test -Pbenchmark}
 * (see the README): timings belong in a report, not in a pass or fail; the benchmark fails only when a request fails.
 * {@code -Dbenchmark.pages=} names the pages to load, by their names in the report.
 */
@Tag("benchmark")
@WebTest
// Hikari's default pool; the sign-in throttle would refuse the benchmark's many sign-ins from one address
@TestPropertySource(properties = {TestDatabase.OWN_DATABASE, "portal.test.pool-size=10",
        "portal.sign-in.throttle.per-address=100000", "portal.sign-in.throttle.per-username=100000"})
class ReadingPagesBenchmark {

    private static final int USERS = Integer.getInteger("benchmark.users", 50);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 20);
    private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warm-up-seconds", 5);
    /** The pages to load, by name (for example {@code -Dbenchmark.pages=Dashboard,Plan year}); all by default. */
    private static final List<String> ONLY = Arrays.stream(System.getProperty("benchmark.pages", "").split(","))
            .map(String::strip).filter(name -> !name.isEmpty()).toList();
    private static final int ALONE = 9;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    /** A page read by one role, on the small demo year and on the large synthetic year. */
    private record Page(String name, String role, String small, String large) {
    }

    @Test
    void reportReadingPagesAgainstAStaticFile() throws Exception {
        SyntheticDataset.loadInto(dataSource);
        long smallYear = DemoData.year2013(jdbc);
        long largeYear = SyntheticDataset.year(jdbc, 20);
        UpdateFixture fixture = new UpdateFixture(context);
        jdbc.update("delete from reporting_round where plan_year_id in (?, ?)", smallYear, largeYear);
        UpdateFixture.Round smallRound = fixture.roundOfEverything(smallYear, "officer");
        UpdateFixture.Round largeRound = fixture.roundOfEverything(largeYear, "officer");

        List<Page> pages = List.of(
                yearPage("Dashboard", "/plan-years/%d/dashboard", smallYear, largeYear),
                yearPage("Progress summary", "/plan-years/%d/summary", smallYear, largeYear),
                yearPage("Performance report", "/plan-years/%d/report", smallYear, largeYear),
                yearPage("Plan year", "/plan-years/%d", smallYear, largeYear),
                new Page("Priority page", "board", "/priorities/" + priority(smallYear), "/priorities/" + priority(largeYear)),
                yearPage("Indicator table", "/plan-years/%d/indicators", smallYear, largeYear),
                yearPage("Action matrix", "/plan-years/%d/actions", smallYear, largeYear),
                new Page("Indicator page", "board", "/indicators/" + smallRound.indicatorId(),
                        "/indicators/" + largeRound.indicatorId()),
                new Page("Officer's home", "officer", "/", "/"),
                new Page("Update form", "officer", "/updates/" + smallRound.actionUpdateId(),
                        "/updates/" + largeRound.actionUpdateId()),
                new Page("Round tracker", "admin", "/admin/rounds/" + smallRound.roundId(),
                        "/admin/rounds/" + largeRound.roundId()));

        Map<String, List<PortalHttp>> sessions = Map.of("board", signIn("board"), "officer", signIn("officer"),
                "admin", signIn("admin"));
        PortalHttp board = sessions.get("board").get(0);
        String staticFile = Jsoup.parse(board.get(pages.get(0).large()).body()).selectFirst("link[href^=/css/]").attr("href");

        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder("""
                Reading pages against a static file from the same server: %d connections for %d s each (after %d s of \
                warm-up), %d signed-in sessions per role, plan 20 of the synthetic dataset; heap limit %d MB

                """.formatted(USERS, SECONDS, WARM_UP_SECONDS, USERS, memory.getHeapMemoryUsage().getMax() >> 20));
        report.append("%-18s %9s %8s %8s %9s %8s %7s %9s %8s %11s %11s %8s%n".formatted("Page", "Req/s", "Median",
                "95th", "File/s", "File95", "Share", "95th/file", "Alone", "SQL small", "SQL large", "Heap MB"));

        // Every page is loaded once before any is measured, so that none is measured while the server is still
        // compiling the code all pages share. Then each page is measured right after the static file, and compared with
        // it: on a machine whose speed varies (a shared one), a page is compared with the file as fast as it then was.
        List<Page> loaded = pages.stream().filter(page -> ONLY.isEmpty() || ONLY.contains(page.name())).toList();
        for (Page page : loaded) {
            load(sessions.get(page.role()), page.large(), WARM_UP_SECONDS);
        }
        for (Page page : loaded) {
            PortalHttp one = sessions.get(page.role()).get(0);
            String small = String.valueOf(statements(statistics, one, page.small()));
            String large = String.valueOf(statements(statistics, one, page.large()));
            Wrk.Result file = measure(sessions.get("board"), staticFile);
            failures.addAll(failed("Static CSS file", file));
            Wrk.Result result = measure(sessions.get(page.role()), page.large());
            failures.addAll(failed(page.name(), result));
            report.append(line(page.name(), result, file, alone(one, page.large()), small, large,
                    memory.getHeapMemoryUsage().getUsed() >> 20));
        }
        report.append("%nThe static file (%s) alone: %.0f ms.%n".formatted(staticFile, alone(board, staticFile)));
        // A PDF is made afresh for each request (it is downloaded, not read again and again): its time alone, not a load.
        String pdf = "/plan-years/" + largeYear + "/report.pdf";
        long start = System.nanoTime();
        int bytes = board.getBytes(pdf).body().length;
        report.append("The performance report of plan 20 as a PDF (%d KB): %.0f ms the first time, %.0f ms alone once warm.%n"
                .formatted(bytes >> 10, (System.nanoTime() - start) / 1e6, alone(board, pdf)));
        write(report.toString());
        assertThat(failures).as("requests that failed").isEmpty();
    }

    /** The load of a page after its warm-up. */
    private Wrk.Result measure(List<PortalHttp> sessions, String path) throws IOException, InterruptedException {
        load(sessions, path, WARM_UP_SECONDS);
        return load(sessions, path, SECONDS);
    }

    private Wrk.Result load(List<PortalHttp> sessions, String path, int seconds) throws IOException, InterruptedException {
        Wrk wrk = new Wrk(sessions.stream().map(PortalHttp::cookieHeader).toList(), USERS);
        try {
            return wrk.load("http://localhost:" + port + path, seconds);
        } finally {
            wrk.delete();
        }
    }

    /** The median time of a request sent alone, after the load has warmed the page. */
    private static double alone(PortalHttp session, String path) {
        double[] times = new double[ALONE];
        for (int i = 0; i < ALONE; i++) {
            long start = System.nanoTime();
            assertThat(session.get(path).statusCode()).as(path).isEqualTo(200);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[ALONE / 2];
    }

    /**
     * The SQL statements one request for the page runs as the first after a change, with nothing worked out kept
     * (Hibernate's statistics, switched on for that request only).
     */
    private long statements(Statistics statistics, PortalHttp session, String path) {
        jdbc.update("update content_version set version = version + 1");
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            assertThat(session.get(path).statusCode()).as(path).isEqualTo(200);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private List<PortalHttp> signIn(String username) {
        List<PortalHttp> sessions = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            PortalHttp session = new PortalHttp(port);
            assertThat(session.signIn(username, "demo").statusCode()).as("%s signs in", username).isEqualTo(302);
            sessions.add(session);
        }
        return sessions;
    }

    private static Page yearPage(String name, String path, long smallYear, long largeYear) {
        return new Page(name, "board", path.formatted(smallYear), path.formatted(largeYear));
    }

    private long priority(long year) {
        return jdbc.queryForObject("select min(id) from priority where plan_year_id = ?", Long.class, year);
    }

    /**
     * A page's load beside the static file's just before it, its time alone, its statements on the small and the large
     * year, and the heap in use after.
     */
    private static String line(String name, Wrk.Result result, Wrk.Result file, double aloneMs, String small,
            String large, long heapMb) {
        return "%-18s %9.1f %6.0fms %6.0fms %9.1f %6.0fms %7.3f %9.1f %6.0fms %11s %11s %8d%n".formatted(name,
                result.perSecond(), result.medianMs(), result.p95Ms(), file.perSecond(), file.p95Ms(),
                result.perSecond() / file.perSecond(), result.p95Ms() / file.p95Ms(), aloneMs, small, large, heapMb);
    }

    private static List<String> failed(String name, Wrk.Result result) {
        return result.failed() == 0 ? List.of() : List.of("%s: %d of %d requests not answered with 200 (%d errors)"
                .formatted(name, result.notOk() + result.socketErrors(), result.requests(), result.socketErrors()));
    }

    private static void write(String report) throws IOException {
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "reading-pages.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }
}
