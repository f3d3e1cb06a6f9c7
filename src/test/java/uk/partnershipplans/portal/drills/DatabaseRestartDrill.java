package uk.partnershipplans.portal.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.PortalHttp;

/**
 * PostgreSQL restarted under the portal while people save: the packaged portal on a PostgreSQL server the drill starts
 * for itself on a free port (never the shared server), five admins ({@code -Ddrills.writers}) each adding partner
 * organisations one after another, each with a new name, through the form as a browser sends it. A save the portal
 * acknowledged is one answered with the redirect to the new organisation's page. After
 * {@code -Ddrills.restart-after-seconds} (15) the drill stops PostgreSQL ({@code pg_ctl stop -m fast}, or the mode in
 * {@code -Ddrills.stop-mode}: {@code immediate} is a crash), keeps it down for {@code -Ddrills.outage-seconds} (5),
 * starts it again and lets the admins go on saving for {@code -Ddrills.after-recovery-seconds} (15).
 *
 * <p>It reports the recovery time (from stopping the database to the first acknowledged save sent after it went down),
 * the saves refused during the outage, and checks in the database that every acknowledged save is there. It fails if
 * an acknowledged save is lost, if the portal does not recover within a minute of the database's return, or if a save
 * sent while the database was away is answered otherwise than with the error page within a few seconds (a hang, no
 * answer, or an answer that claims success). The portal is started with a 3-second wait for a database connection
 * ({@code spring.datasource.hikari.connection-timeout}), the drill's own setting. Run with
 * {@code ./mvnw verify -Pdrills} (see the README).
 */
@Tag("drills")
class DatabaseRestartDrill {

    private static final int WRITERS = Integer.getInteger("drills.writers", 5);
    private static final Duration BEFORE = Duration.ofSeconds(Integer.getInteger("drills.restart-after-seconds", 15));
    private static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger("drills.outage-seconds", 5));
    private static final Duration AFTER = Duration.ofSeconds(Integer.getInteger("drills.after-recovery-seconds", 15));
    private static final String STOP_MODE = System.getProperty("drills.stop-mode", "fast");
    private static final String CONNECTION_TIMEOUT = "--spring.datasource.hikari.connection-timeout=3000";

    /** An answer slower than this during the outage is a hang. */
    private static final Duration ERROR_PAGE_LIMIT = Duration.ofSeconds(10);
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(30);
    private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(1);
    private static final String PASSWORD = "restart drill passphrase";
    private static final String ERROR_PAGE_TITLE = "Sorry, there is a problem with the service";
    private static final Pattern ORGANISATION_PAGE = Pattern.compile("/admin/partners/(\\d+)$");

    @Test
    void noAcknowledgedSaveIsLostAcrossARestartOfTheDatabase() throws Exception {
        try (TemporaryPostgres postgres = TemporaryPostgres.start()) {
            String url = postgres.createDatabase("portal_restart");
            try (RunningPortal portal = RunningPortal.start("database-restart", url, postgres.username(), CONNECTION_TIMEOUT)) {
                DrillDatabase database = new DrillDatabase(url, postgres.username());
                database.awaitDemoPlans();
                long kind = database.jdbc().queryForObject("select min(id) from partner_kind", Long.class);
                List<Writer> writers = new ArrayList<>();
                for (String username : database.createAccounts(Role.ADMIN, WRITERS, PASSWORD)) {
                    writers.add(Writer.signIn(username, portal.port(), kind));
                }
                Queue<Save> saves = new ConcurrentLinkedQueue<>();
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
                Restart restart;
                try {
                    List<Future<?>> running = new ArrayList<>();
                    for (Writer writer : writers) {
                        running.add(pool.submit(() -> writer.saveUntil(stop, saves)));
                    }
                    RunningPortal.pause(BEFORE);
                    restart = restart(postgres, saves);
                    RunningPortal.pause(AFTER);
                    stop.set(true);
                    for (Future<?> writer : running) {
                        writer.get(2 * ANSWER_LIMIT.toSeconds(), TimeUnit.SECONDS);
                    }
                } finally {
                    stop.set(true);
                    pool.shutdownNow();
                }

                Findings findings = Findings.of(List.copyOf(saves), restart, database.jdbc());
                DrillReport.write("database-restart", findings.report(WRITERS, database.serverVersion()));

                assertThat(findings.acknowledgedBefore()).as("saves acknowledged before the restart").isPositive();
                assertThat(restart.recovered()).as("a save acknowledged within %s of the database's return", RECOVERY_LIMIT)
                        .isPresent();
                assertThat(findings.lost()).as("acknowledged saves lost").isEmpty();
                assertThat(findings.unexpected()).as("answers other than the saved page or the error page").isEmpty();
                assertThat(findings.slowestErrorPage()).as("slowest error page, in seconds")
                        .isLessThan(ERROR_PAGE_LIMIT.toMillis() / 1000.0);
            }
        }
    }

    /**
     * Stops the database, keeps it down, starts it again and waits for the first save acknowledged among those sent
     * after it went down.
     */
    private static Restart restart(TemporaryPostgres postgres, Queue<Save> saves) {
        long stopping = System.nanoTime();
        postgres.stop(STOP_MODE);
        long down = System.nanoTime();
        RunningPortal.pause(OUTAGE);
        long starting = System.nanoTime();
        postgres.startServer();
        long up = System.nanoTime();
        long deadline = up + RECOVERY_LIMIT.toNanos();
        Optional<Long> recovered = Optional.empty();
        while (recovered.isEmpty() && System.nanoTime() < deadline) {
            recovered = saves.stream().filter(save -> save.acknowledged() && save.sent() > down).map(Save::answered)
                    .min(Long::compare);
            if (recovered.isEmpty()) {
                RunningPortal.pause(Duration.ofMillis(100));
            }
        }
        return new Restart(stopping, down, starting, up, recovered);
    }

    /** The moments of the restart (System.nanoTime), and of the first save acknowledged after it, if any. */
    private record Restart(long stopping, long down, long starting, long up, Optional<Long> recovered) {

        boolean during(long moment) {
            return moment >= stopping && recovered.map(at -> moment <= at).orElse(true);
        }
    }

    /** One save as a writer saw it: what was sent when, and how the portal answered. */
    private record Save(String name, long sent, long answered, Outcome outcome, Long id, String answer) {

        boolean acknowledged() {
            return outcome == Outcome.ACKNOWLEDGED;
        }

        double seconds() {
            return (answered - sent) / 1e9;
        }
    }

    private enum Outcome {
        /** The redirect to the new organisation's page. */
        ACKNOWLEDGED,
        /** The portal's error page, which says nothing was saved. */
        ERROR_PAGE,
        /** No answer within the client's limit, or the connection failed. */
        NO_ANSWER,
        /** Anything else. */
        UNEXPECTED
    }

    /** An admin adding organisations, one after another, each with a new name, through the form as a browser sends it. */
    private static final class Writer {

        private final String username;
        private final PortalHttp http;
        private final Page.Form form;
        private int count;

        private Writer(String username, PortalHttp http, Page.Form form) {
            this.username = username;
            this.http = http;
            this.form = form;
        }

        static Writer signIn(String username, int port, long kind) {
            PortalHttp http = new PortalHttp(port, ANSWER_LIMIT);
            assertThat(http.signIn(username, PASSWORD).statusCode()).as(username + " signs in").isEqualTo(302);
            HttpResponse<String> page = http.get("/admin/partners/new");
            assertThat(page.statusCode()).as("the form to add an organisation").isEqualTo(200);
            Page.Form form = Page.of(page.body()).form("main form")
                    .with("kindId", Long.toString(kind))
                    .with("category", "OTHER_PARTNER");
            return new Writer(username, http, form);
        }

        void saveUntil(AtomicBoolean stop, Queue<Save> saves) {
            while (!stop.get()) {
                Save save = save("Restart drill organisation " + username + " " + (++count));
                saves.add(save);
                if (!save.acknowledged()) {
                    RunningPortal.pause(Duration.ofMillis(200)); // as a person would, before trying again
                }
            }
        }

        private Save save(String name) {
            long sent = System.nanoTime();
            try {
                HttpResponse<String> answer = http.submit("/admin/partners/new", form.with("name", name));
                long answered = System.nanoTime();
                Matcher saved = ORGANISATION_PAGE.matcher(answer.headers().firstValue("Location").orElse(""));
                if (answer.statusCode() == 302 && saved.find()) {
                    return new Save(name, sent, answered, Outcome.ACKNOWLEDGED, Long.valueOf(saved.group(1)), "302");
                }
                String title = Page.of(answer.body()).title();
                Outcome outcome = answer.statusCode() == 500 && title.contains(ERROR_PAGE_TITLE) ? Outcome.ERROR_PAGE : Outcome.UNEXPECTED;
                return new Save(name, sent, answered, outcome, null, answer.statusCode() + " " + title);
            } catch (UncheckedIOException e) {
                return new Save(name, sent, System.nanoTime(), Outcome.NO_ANSWER, null, String.valueOf(e.getCause()));
            }
        }
    }

    /** What the saves and the database say once the drill is over. */
    private record Findings(List<Save> saves, Restart restart, List<String> lost, List<String> storedUnacknowledged) {

        static Findings of(List<Save> saves, Restart restart, JdbcTemplate jdbc) {
            List<String> lost = new ArrayList<>();
            List<String> storedUnacknowledged = new ArrayList<>();
            for (Save save : saves) {
                List<Long> stored = jdbc.queryForList("select id from partner_organisation where name = ?", Long.class, save.name());
                if (save.acknowledged() && !stored.equals(List.of(save.id()))) {
                    lost.add(save.name() + " (acknowledged as organisation " + save.id() + ", stored as " + stored + ")");
                } else if (!save.acknowledged() && !stored.isEmpty()) {
                    storedUnacknowledged.add(save.name() + " (" + save.outcome() + ", stored as " + stored + ")");
                }
            }
            return new Findings(saves, restart, lost, storedUnacknowledged);
        }

        long acknowledgedBefore() {
            return saves.stream().filter(save -> save.acknowledged() && save.answered() < restart.stopping()).count();
        }

        List<String> unexpected() {
            return saves.stream()
                    .filter(save -> save.outcome() == Outcome.UNEXPECTED || save.outcome() == Outcome.NO_ANSWER
                            || save.outcome() == Outcome.ERROR_PAGE && save.answered() < restart.stopping())
                    .map(save -> save.name() + ": " + save.outcome() + " " + save.answer()).toList();
        }

        double slowestErrorPage() {
            return saves.stream().filter(save -> save.outcome() == Outcome.ERROR_PAGE).mapToDouble(Save::seconds).max().orElse(0);
        }

        String report(int writers, String postgresVersion) {
            List<Save> errorPages = saves.stream().filter(save -> save.outcome() == Outcome.ERROR_PAGE).toList();
            long errorPagesDuring = errorPages.stream().filter(save -> restart.during(save.answered())).count();
            long errorPagesAfter = errorPages.stream()
                    .filter(save -> restart.recovered().map(at -> save.answered() > at).orElse(false)).count();
            long acknowledged = saves.stream().filter(Save::acknowledged).count();
            long acknowledgedAfter = saves.stream()
                    .filter(save -> save.acknowledged() && restart.recovered().map(at -> save.answered() >= at).orElse(false)).count();
            StringBuilder report = new StringBuilder();
            report.append("DATABASE RESTART DRILL: %d admins adding partner organisations without pause, against the packaged portal%n"
                    .formatted(writers));
            report.append("(settings beyond its own: %s)%n".formatted(RunningPortal.settingsInWords(CONNECTION_TIMEOUT)));
            report.append("on a PostgreSQL %s server of its own; after %d s the drill%n".formatted(postgresVersion, BEFORE.toSeconds()));
            report.append("stopped it (pg_ctl stop -m %s), kept it down %d s, started it again, and saved on for %d s%n"
                    .formatted(STOP_MODE, OUTAGE.toSeconds(), AFTER.toSeconds()));
            report.append("%nDatabase down for %.1f s (stopping %.1f s, down %.1f s, starting %.1f s)%n".formatted(
                    seconds(restart.stopping(), restart.up()), seconds(restart.stopping(), restart.down()),
                    seconds(restart.down(), restart.starting()), seconds(restart.starting(), restart.up())));
            report.append(restart.recovered()
                    .map(at -> "Recovery: the first save acknowledged %.1f s after the database was stopped, %.1f s after it was back%n"
                            .formatted(seconds(restart.stopping(), at), seconds(restart.up(), at)))
                    .orElse("Recovery: none within %d s of the database's return%n".formatted(RECOVERY_LIMIT.toSeconds())));
            report.append("Saves sent: %d; acknowledged: %d (%d before the stop, %d after recovery)%n".formatted(saves.size(),
                    acknowledged, acknowledgedBefore(), acknowledgedAfter));
            report.append("Acknowledged saves lost: %d%n".formatted(lost.size()));
            if (!lost.isEmpty()) {
                report.append(DrillReport.firstLines(lost, 20)).append('\n');
            }
            report.append("Saves answered with the error page: %d (%d between the stop and recovery, %d after recovery), slowest in %.1f s%n"
                    .formatted(errorPages.size(), errorPagesDuring, errorPagesAfter, slowestErrorPage()));
            report.append("Saves answered otherwise, or not at all: %d%n".formatted(unexpected().size()));
            if (!unexpected().isEmpty()) {
                report.append(DrillReport.firstLines(unexpected(), 20)).append('\n');
            }
            report.append("Saves not acknowledged yet stored (the error page says nothing was saved): %d%n".formatted(
                    storedUnacknowledged.size()));
            if (!storedUnacknowledged.isEmpty()) {
                report.append(DrillReport.firstLines(storedUnacknowledged, 20)).append('\n');
            }
            return report.toString();
        }

        private static double seconds(long from, long to) {
            return (to - from) / 1e9;
        }
    }
}
