package uk.partnershipplans.portal.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.PortalHttp;

/**
 * Fifty people using the portal at once for a minute ({@code -Ddrills.users}, {@code -Ddrills.seconds}): the packaged
 * portal against a PostgreSQL server of the drill's own, holding the demo data. A tenth of the users are admins, three
 * tenths board members and the rest officers, each a client of their own (session cookie, form tokens read from the
 * pages) that signs in and then, with no pause ({@code -Ddrills.think-ms} sets one), reads pages as their role does (plan years, dashboards, summaries,
 * priorities, actions, indicators, the tables of the documents, their home page, and for admins the lists of
 * administration) and now and then changes a record of their own as a browser does: opens its form, sends it as filled
 * in with one field changed, and follows the redirect. An officer saves a draft of their update in an open round, a
 * board member changes the lead of an action, an admin the notes of a partner organisation; each user keeps to their
 * own record, so no save is refused as changed meanwhile.
 *
 * <p>Any answer but the expected one is an error: a server error, no answer within 60 s, a refused or misdirected save,
 * any other status. The drill reports the requests, errors, requests per second and the median and 95th percentile of
 * the response times, checks that every record holds the last save the portal acknowledged for it, and fails on any
 * error or lost save. Run with {@code ./mvnw verify -Pdrills} (see the README).
 */
@Tag("drills")
class LoadDrill {

    private static final int USERS = Integer.getInteger("drills.users", 50);
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("drills.seconds", 60));
    private static final Duration THINK = Duration.ofMillis(Long.getLong("drills.think-ms", 0));
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(60);
    private static final int ARRIVING_AT_ONCE = 5;
    private static final int WARM_UP_STEPS = Integer.getInteger("drills.warm-up-steps", 5);
    private static final String PASSWORD = "load drill passphrase";

    @Test
    void manyPeopleAtOnceMeetNoErrorAndLoseNoSave() throws Exception {
        try (TemporaryPostgres postgres = TemporaryPostgres.start()) {
            String url = postgres.createDatabase("portal_load");
            try (RunningPortal portal = RunningPortal.start("load", url, postgres.username())) {
                DrillDatabase database = new DrillDatabase(url, postgres.username());
                database.awaitDemoPlans();
                Demo demo = Demo.read(database.jdbc()).withOpenRounds(database.jdbc());
                List<User> users = users(database, demo, portal.port());
                String machine = Machine.now();
                Tally before = new Tally();
                Tally timed = new Tally();

                double seconds = run(users, before, timed);

                List<User> saving = users.stream().filter(user -> user.lastAcknowledged != null).toList();
                List<String> lost = new ArrayList<>();
                for (User user : saving) {
                    String stored = user.stored(database.jdbc());
                    if (!user.lastAcknowledged.equals(stored)) {
                        lost.add(user.username + ": " + user.own.editPath() + " holds '" + stored
                                + "', not the save acknowledged last, '" + user.lastAcknowledged + "'");
                    }
                }
                long savedRecords = saving.size();
                DrillReport.write("load", report(users, before, timed, seconds, database.serverVersion(), machine,
                        savedRecords, lost));

                assertThat(timed.times).as("requests").isNotEmpty();
                assertThat(timed.acknowledged.get()).as("saves acknowledged").isPositive();
                assertThat(before.errors).as("errors signing in and warming up").isEmpty();
                assertThat(timed.errors).as("errors under load").isEmpty();
                assertThat(lost).as("acknowledged saves lost").isEmpty();
            }
        }
    }

    /**
     * Signs the users in, a few at a time as people arrive, each going on to warm up (the portal's first answers of each
     * page are slow while Java compiles it); then lets them all loose together for the drill's duration, counted in
     * {@code timed}, and returns how long that took.
     */
    private static double run(List<User> users, Tally before, Tally timed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        Semaphore arriving = new Semaphore(ARRIVING_AT_ONCE);
        CountDownLatch ready = new CountDownLatch(users.size());
        CountDownLatch go = new CountDownLatch(1);
        long[] end = new long[1];
        try {
            List<Future<?>> running = new ArrayList<>();
            for (User user : users) {
                running.add(pool.submit(() -> {
                    boolean in = false;
                    try {
                        arriving.acquire();
                        try {
                            in = user.signIn(before);
                        } finally {
                            arriving.release();
                        }
                        for (int step = 0; in && step < WARM_UP_STEPS; step++) {
                            user.step(before);
                        }
                    } finally {
                        ready.countDown();
                    }
                    go.await();
                    while (in && System.nanoTime() < end[0]) {
                        user.step(timed);
                        user.think();
                    }
                    return null;
                }));
            }
            assertThat(ready.await(15, TimeUnit.MINUTES)).as("everyone signed in and warmed up").isTrue();
            long start = System.nanoTime();
            end[0] = start + DURATION.toNanos();
            go.countDown();
            for (Future<?> user : running) {
                user.get(DURATION.toSeconds() + 5 * ANSWER_LIMIT.toSeconds(), TimeUnit.SECONDS);
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The users by role, each with the record they change, their accounts made in the database. */
    private static List<User> users(DrillDatabase database, Demo demo, int port) {
        int admins = Math.max(1, Math.round(USERS * 0.1f));
        int board = Math.max(1, Math.round(USERS * 0.3f));
        int officers = USERS - admins - board;
        assertThat(officers).as("officers, with %d admins and %d board members", admins, board).isPositive();
        assertThat(admins).as("admins, one partner organisation each").isLessThanOrEqualTo(demo.organisations().size());
        assertThat(board).as("board members, one action each").isLessThanOrEqualTo(demo.actions().size());
        assertThat(officers).as("officers, one action's update each").isLessThanOrEqualTo(demo.actions().size());

        List<Function<Random, String>> plans = demo.planPages();
        List<User> users = new ArrayList<>();
        List<String> adminNames = database.createAccounts(Role.ADMIN, admins, PASSWORD);
        for (int i = 0; i < admins; i++) {
            long organisation = demo.organisations().get(i);
            List<Function<Random, String>> reads = new ArrayList<>(plans);
            reads.addAll(List.of(random -> "/admin", random -> "/admin/accounts", random -> "/admin/partners",
                    random -> "/admin/partners/" + any(random, demo.organisations()), random -> "/admin/rounds",
                    random -> "/admin/rounds/" + any(random, demo.rounds()), random -> "/reviews"));
            users.add(new User(adminNames.get(i), "/admin", port, reads, 0.2, new OwnRecord(
                    "/admin/partners/" + organisation + "/edit", "main form", "notes", Map.of(),
                    "/admin/partners/" + organisation, "select notes from partner_organisation where id = ?", organisation)));
        }
        List<String> boardNames = database.createAccounts(Role.BOARD, board, PASSWORD);
        for (int i = 0; i < board; i++) {
            long action = demo.actions().get(i);
            List<Function<Random, String>> reads = new ArrayList<>(plans);
            reads.addAll(List.of(random -> "/", random -> "/reviews"));
            users.add(new User(boardNames.get(i), "/", port, reads, 0.1, new OwnRecord(
                    "/actions/" + action + "/edit", "main form", "lead", Map.of(), "/actions/" + action,
                    "select lead from plan_action where id = ?", action)));
        }
        List<String> officerNames = database.createAccounts(Role.OFFICER, officers, PASSWORD);
        List<Long> updates = demo.assignActionUpdates(database.jdbc(), officerNames);
        for (int i = 0; i < officers; i++) {
            long update = updates.get(i);
            List<Function<Random, String>> reads = new ArrayList<>(plans);
            reads.addAll(List.of(random -> "/", random -> "/updates/" + update));
            users.add(new User(officerNames.get(i), "/", port, reads, 0.25, new OwnRecord(
                    "/updates/" + update, "form[enctype=multipart/form-data]", "commentary", Map.of("action", "draft"),
                    "/updates/" + update, "select commentary from progress_update where id = ?", update)));
        }
        return users;
    }

    private static String report(List<User> users, Tally before, Tally timed, double seconds, String postgresVersion,
            String machine, long savedRecords, List<String> lost) {
        List<Double> all = timed.millis(null);
        List<Double> reads = timed.millis("GET");
        List<Double> saves = timed.millis("POST");
        long admins = users.stream().filter(user -> user.username.startsWith("drill-admin")).count();
        long board = users.stream().filter(user -> user.username.startsWith("drill-board")).count();
        List<String> errors = new ArrayList<>(before.errors.stream().map(error -> "before the timed run: " + error).toList());
        errors.addAll(timed.errors);
        StringBuilder report = new StringBuilder();
        report.append("LOAD DRILL: %d users at once (%d admins, %d board members, %d officers) for %.0f s,%n".formatted(
                users.size(), admins, board, users.size() - admins - board, seconds));
        report.append("each with a session of their own, against the packaged portal on a PostgreSQL %s server of its own%n"
                .formatted(postgresVersion));
        report.append("holding the demo data (portal settings beyond its own: %s); %s%n".formatted(RunningPortal.settingsInWords(),
                machine));
        report.append(THINK.isZero() ? "Each user sends their next request as soon as the last is answered%n".formatted()
                : "Each user pauses %d ms on average between steps%n".formatted(THINK.toMillis()));
        report.append("Before the timed run: %d sign-ins (%d at a time) and %d warm-up requests, errors: %d%n".formatted(
                users.size(), ARRIVING_AT_ONCE, before.times.size(), before.errors.size()));
        report.append("%nRequests: %d (%d page reads, %d saves), %.1f a second%n".formatted(all.size(), reads.size(),
                saves.size(), all.size() / seconds));
        report.append("Errors under load: %d%n".formatted(timed.errors.size()));
        if (!errors.isEmpty()) {
            report.append(DrillReport.firstLines(errors, 20)).append('\n');
        }
        report.append("Response time (ms): median %.0f, 95th percentile %.0f, slowest %.0f%n".formatted(
                DrillReport.percentile(all, 50), DrillReport.percentile(all, 95), DrillReport.percentile(all, 100)));
        report.append("Saves acknowledged: %d, to %d records; acknowledged saves lost (a record not holding its last acknowledged save): %d%n"
                .formatted(timed.acknowledged.get() + before.acknowledged.get(), savedRecords, lost.size()));
        if (!lost.isEmpty()) {
            report.append(DrillReport.firstLines(lost, 20)).append('\n');
        }
        report.append("%n%-40s %8s %12s %12s%n".formatted("Request", "Count", "Median (ms)", "95th (ms)"));
        timed.byKind().forEach((kind, times) -> report.append("%-40s %8d %12.0f %12.0f%n".formatted(kind, times.size(),
                DrillReport.percentile(times, 50), DrillReport.percentile(times, 95))));
        return report.toString();
    }

    private static long any(Random random, List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    /** What every user's requests add up to; errors in words. */
    private static final class Tally {
        final Queue<Timing> times = new ConcurrentLinkedQueue<>();
        final Queue<String> errors = new ConcurrentLinkedQueue<>();
        final AtomicInteger acknowledged = new AtomicInteger();

        List<Double> millis(String method) {
            return times.stream().filter(time -> method == null || time.request().startsWith(method + " "))
                    .map(Timing::millis).toList();
        }

        /** Each kind of request (its method and path, every id written N) with its times, in order of their names. */
        Map<String, List<Double>> byKind() {
            Map<String, List<Double>> kinds = new TreeMap<>();
            for (Timing time : times) {
                kinds.computeIfAbsent(time.request().replaceAll("/\\d+", "/N"), kind -> new ArrayList<>()).add(time.millis());
            }
            return kinds;
        }
    }

    /** How long one request took to be answered (or to fail). */
    private record Timing(String request, double millis) {
    }

    /**
     * The record a user keeps changing, through the form at {@code editPath}.
     *
     * @param form the form's selector on the page
     * @param field the field changed each time
     * @param pressed the button pressed, as name and value, if it sends one
     * @param savedPath where the portal sends the browser once it has saved
     * @param storedSql reads the field as stored, given {@code id}
     */
    private record OwnRecord(String editPath, String form, String field, Map<String, String> pressed, String savedPath,
            String storedSql, long id) {
    }

    /** One person at a browser: their own cookies and form tokens, their pages and their own record. */
    private static final class User {

        final String username;
        final String home;
        final PortalHttp http;
        final List<Function<Random, String>> reads;
        final double saveShare;
        final OwnRecord own;
        final Random random;
        int saves;
        volatile String lastAcknowledged;

        User(String username, String home, int port, List<Function<Random, String>> reads, double saveShare, OwnRecord own) {
            this.username = username;
            this.home = home;
            this.http = new PortalHttp(port, ANSWER_LIMIT);
            this.reads = reads;
            this.saveShare = saveShare;
            this.own = own;
            this.random = new Random(username.hashCode());
        }

        /** Signs in and opens the home page; false, with the error counted, if that fails. */
        boolean signIn(Tally tally) {
            try {
                HttpResponse<String> signedIn = http.signIn(username, PASSWORD);
                if (signedIn.statusCode() != 302) {
                    tally.errors.add(username + " could not sign in: " + signedIn.statusCode());
                    return false;
                }
            } catch (UncheckedIOException e) {
                tally.errors.add(username + " could not sign in: no answer (" + e.getCause() + ")");
                return false;
            }
            return read(home, tally) != null;
        }

        /** Pauses about {@code -Ddrills.think-ms} (none unless given), as a person reads a page before the next. */
        void think() {
            if (!THINK.isZero()) {
                RunningPortal.pause(THINK.multipliedBy(50 + random.nextInt(101)).dividedBy(100));
            }
        }

        void step(Tally tally) {
            if (random.nextDouble() < saveShare) {
                save(tally);
            } else {
                read(reads.get(random.nextInt(reads.size())).apply(random), tally);
            }
        }

        /** Opens the form, changes the field, sends it and follows the redirect, as a browser does. */
        void save(Tally tally) {
            HttpResponse<String> page = read(own.editPath(), tally);
            if (page == null) {
                return;
            }
            String value = "Saved by " + username + ", save " + (++saves);
            Page.Form form = Page.of(page.body()).form(own.form()).with(own.field(), value);
            for (Map.Entry<String, String> button : own.pressed().entrySet()) {
                form = form.with(button.getKey(), button.getValue());
            }
            Page.Form filled = form;
            HttpResponse<String> answer = timed("POST " + own.editPath(), tally, () -> http.submit(own.editPath(), filled));
            if (answer == null) {
                return;
            }
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != 302 || !location.endsWith(own.savedPath())) {
                String why = answer.statusCode() == 200
                        ? "refused: " + Page.of(answer.body()).errorSummaryLinks()
                        : "answered " + answer.statusCode() + " " + location;
                tally.errors.add(username + ": POST " + own.editPath() + " " + why);
                return;
            }
            lastAcknowledged = value;
            tally.acknowledged.incrementAndGet();
            read(own.savedPath(), tally);
        }

        /** Reads a page: its answer, or null with the error counted if it is not the page. */
        HttpResponse<String> read(String path, Tally tally) {
            HttpResponse<String> answer = timed("GET " + path, tally, () -> http.get(path));
            if (answer != null && answer.statusCode() != 200) {
                tally.errors.add(username + ": GET " + path + " answered " + answer.statusCode());
                return null;
            }
            return answer;
        }

        /** Sends a request and counts its time; null, with the error counted, if no answer came. */
        HttpResponse<String> timed(String request, Tally tally, Supplier<HttpResponse<String>> send) {
            long start = System.nanoTime();
            try {
                return send.get();
            } catch (UncheckedIOException e) {
                tally.errors.add(username + ": " + request + " had no answer (" + e.getCause() + ")");
                return null;
            } finally {
                tally.times.add(new Timing(request, (System.nanoTime() - start) / 1e6));
            }
        }

        String stored(JdbcTemplate jdbc) {
            return jdbc.queryForObject(own.storedSql(), String.class, own.id());
        }
    }

    /** The demo data's ids that the users' pages take, read once the portal has loaded it. */
    private record Demo(List<Long> plans, List<Long> years, List<Long> priorities, List<Long> actions, List<Long> indicators,
            List<Long> organisations, List<Long> rounds) {

        static Demo read(JdbcTemplate jdbc) {
            return new Demo(ids(jdbc, "select id from plan order by id"), ids(jdbc, "select id from plan_year order by id"),
                    ids(jdbc, "select id from priority order by id"), ids(jdbc, "select id from plan_action order by id"),
                    ids(jdbc, "select id from indicator order by id"),
                    ids(jdbc, "select id from partner_organisation order by id"), List.of());
        }

        /** Opens a reporting round for each demo year, as an admin's "Open a round" does (straight into the database). */
        Demo withOpenRounds(JdbcTemplate jdbc) {
            List<Long> opened = years.stream().map(year -> jdbc.queryForObject("insert into reporting_round (plan_year_id, "
                    + "name, period_end, deadline, open_for_plan_year_id, opened_at) select id, 'Load drill round', end_date, "
                    + "end_date + 30, id, now() from plan_year where id = ? returning id", Long.class, year)).toList();
            return new Demo(plans, years, priorities, actions, indicators, organisations, opened);
        }

        /** The reading pages of the plans, which every role reads. */
        List<Function<Random, String>> planPages() {
            return List.of(
                    random -> "/plans",
                    random -> "/plans/" + any(random, plans),
                    random -> "/plan-years/" + any(random, years),
                    random -> "/plan-years/" + any(random, years) + "/dashboard",
                    random -> "/plan-years/" + any(random, years) + "/summary",
                    random -> "/plan-years/" + any(random, years) + "/actions",
                    random -> "/plan-years/" + any(random, years) + "/indicators",
                    random -> "/priorities/" + any(random, priorities),
                    random -> "/actions/" + any(random, actions),
                    random -> "/indicators/" + any(random, indicators),
                    random -> "/help/status");
        }

        /** Gives each officer the update of one action in its year's open round; the updates' ids, in the officers' order. */
        List<Long> assignActionUpdates(JdbcTemplate jdbc, List<String> officers) {
            List<Long> updates = new ArrayList<>();
            for (int i = 0; i < officers.size(); i++) {
                updates.add(jdbc.queryForObject("insert into progress_update (round_id, action_id, assignee_id) "
                        + "select r.id, a.id, (select id from account where username = ?) from plan_action a "
                        + "join reporting_round r on r.open_for_plan_year_id = a.plan_year_id where a.id = ? returning id",
                        Long.class, officers.get(i), actions.get(i)));
            }
            return updates;
        }

        private static List<Long> ids(JdbcTemplate jdbc, String sql) {
            return jdbc.queryForList(sql, Long.class);
        }
    }
}
