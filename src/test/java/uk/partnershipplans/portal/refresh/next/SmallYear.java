package uk.partnershipplans.portal.refresh.next;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.support.DemoData;

/**
 * A small plan year of the tests' own, 2013-14 of a plan 2011-14, with one of each case starting the next year meets:
 * priority 1 to keep, 2 to reword, 3 to drop; action 1 (priority 1) completed in January 2014, action 2 (priorities 1
 * and 3) open with two rounds' commentary and three milestones (one done, one under priority 3), action 3 (priority 3
 * only) open, action 4 (priority 2) completed only after the year ended, action 5 (priority 2) completed in February
 * 2014; indicator 1 measuring priorities 1 (primary) and 3, indicator 2 measuring priority 3.
 */
record SmallYear(long planId, long yearId, long p1, long p2, long p3, long a1, long a2, long a3, long a4, long a5,
        long m1, long m2, long m3, long i1, long i2) {

    private static final AtomicInteger MADE = new AtomicInteger();

    static SmallYear create(JdbcTemplate jdbc) {
        long partnership = DemoData.partnership(jdbc).iterator().next();
        String name = "Refresh test plan " + MADE.incrementAndGet() + " " + System.nanoTime();
        long plan = id(jdbc, "insert into plan (partnership_id, title, start_year, end_year, status) values (?, ?, 2011, 2014,"
                + " 'PUBLISHED') returning id", partnership, name);
        long year = id(jdbc, "insert into plan_year (plan_id, label, start_date, end_date, previous_year_label) values (?,"
                + " '2013-14', date '2013-04-01', date '2014-03-31', '2012-13') returning id", plan);
        long p1 = priority(jdbc, year, "1", "Keep me", 1);
        long p2 = priority(jdbc, year, "2", "Reword me", 2);
        long p3 = priority(jdbc, year, "3", "Drop me", 3);
        jdbc.update("update priority set lead_responsibility = 'The lead of priority 1' where id = ?", p1);
        section(jdbc, p1, 1, "Why this matters", "Because it does.");
        section(jdbc, p1, 2, "What we did in 2012-13", "Old news of 2012-13.");
        section(jdbc, p1, 3, "What we will do in 2013-14", "- Carry on");
        section(jdbc, p2, 1, "Why this matters", "Reasons of priority 2.");
        jdbc.update("insert into priority_link (priority_id, position, title, url) values (?, 1, 'A strategy',"
                + " 'https://example.org/strategy')", p1);
        long a1 = action(jdbc, year, "1", "Finish the first thing", 1, p1);
        long a2 = action(jdbc, year, "2", "Keep on with the second thing", 2, p1, p3);
        long a3 = action(jdbc, year, "3", "Do the third thing", 3, p3);
        long a4 = action(jdbc, year, "4", "Finish the fourth thing late", 4, p2);
        long a5 = action(jdbc, year, "5", "Finish the fifth thing", 5, p2);
        report(jdbc, a1, "2014-01-15", null, "COMPLETED", "2014-01-15", null);
        report(jdbc, a2, "2013-09-30", "April to September 2013", "ON_TRACK", null, "Early word on action 2.");
        report(jdbc, a2, "2014-03-31", "October 2013 to March 2014", "ON_TRACK", null, "Latest word on action 2.");
        report(jdbc, a4, "2014-03-31", "October 2013 to March 2014", "ON_TRACK", null, "Action 4 is under way.");
        report(jdbc, a4, "2014-05-01", null, "COMPLETED", "2014-05-01", null);
        report(jdbc, a5, "2014-02-01", null, "COMPLETED", "2014-02-01", null);
        long m1 = milestone(jdbc, p1, a2, 1, "Milestone one of action 2", null);
        long m2 = milestone(jdbc, p3, a2, 1, "Milestone two of action 2", null);
        long m3 = milestone(jdbc, p1, a2, 2, "Milestone done of action 2", "2013-12-01");
        long i1 = indicator(jdbc, partnership, name + ": indicator 1", year, 1);
        long i2 = indicator(jdbc, partnership, name + ": indicator 2", year, 2);
        jdbc.update("insert into indicator_priority (indicator_id, priority_id, is_primary) values (?, ?, true), (?, ?, false),"
                + " (?, ?, true)", i1, p1, i1, p3, i2, p3);
        return new SmallYear(plan, year, p1, p2, p3, a1, a2, a3, a4, a5, m1, m2, m3, i1, i2);
    }

    private static long id(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static long priority(JdbcTemplate jdbc, long year, String number, String title, int position) {
        return id(jdbc, "insert into priority (plan_year_id, number, title, position) values (?, ?, ?, ?) returning id",
                year, number, title, position);
    }

    private static void section(JdbcTemplate jdbc, long priority, int position, String heading, String body) {
        jdbc.update("insert into priority_section (priority_id, position, heading, body) values (?, ?, ?, ?)", priority,
                position, heading, body);
    }

    private static long action(JdbcTemplate jdbc, long year, String number, String text, int position, long... priorities) {
        long action = id(jdbc, "insert into plan_action (plan_year_id, number, text, target_wording, target_date, lead,"
                + " position) values (?, ?, ?, 'March 2015', date '2015-03-31', 'A lead', ?) returning id", year, number,
                text, position);
        for (long priority : priorities) {
            jdbc.update("insert into action_priority (action_id, priority_id) values (?, ?)", action, priority);
        }
        return action;
    }

    private static void report(JdbcTemplate jdbc, long action, String asAt, String round, String status, String completedOn,
            String commentary) {
        jdbc.update("insert into progress_report (action_id, as_at, round_name, reported_status, completed_on, commentary,"
                + " approved_by, approved_at) values (?, cast(? as date), ?, ?, cast(? as date), ?, 'admin', now())", action,
                asAt, round, status, completedOn, commentary);
    }

    private static long milestone(JdbcTemplate jdbc, long priority, long action, int position, String text, String done) {
        return id(jdbc, "insert into milestone (priority_id, action_id, position, text, due_wording, completed_on) values (?, ?,"
                + " ?, ?, 'June 2014', cast(? as date)) returning id", priority, action, position, text, done);
    }

    private static long indicator(JdbcTemplate jdbc, long partnership, String name, long year, int position) {
        long indicator = id(jdbc, "insert into indicator (partnership_id, name, unit, polarity) values (?, ?, 'PERCENTAGE',"
                + " 'HIGHER_IS_BETTER') returning id", partnership, name);
        jdbc.update("insert into plan_year_indicator (plan_year_id, indicator_id, category, position) values (?, ?,"
                + " 'KEY_OUTCOME', ?)", year, indicator, position);
        return indicator;
    }
}
