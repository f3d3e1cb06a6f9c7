package uk.partnershipplans.portal.refresh.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partnership of its own in the run's shared database, with a plan year to publish and, around it, a marker string
 * planted in each place that must never reach a public page: another year's draft priority, a pending update's
 * commentary, figure and evidence file, a pending figure import, a reported commentary and who approved it, a report's
 * file, a person's name, an action's named lead, a draft committee report, an issued one not shown publicly. Each
 * fixture's names carry a number of their own, so fixtures never meet.
 */
final class PublicFixture {

    private static final AtomicInteger MADE = new AtomicInteger();

    /** Things that must never appear on a public page (the pending figure as the pages would print it). */
    static final List<String> NEVER = List.of("LEAK-DRAFT-YEAR-PRIORITY", "LEAK-PENDING-COMMENTARY",
            "LEAK-PENDING-PERIOD", "777.7", "LEAK-PENDING-EVIDENCE", "LEAK-ATTACHMENT-FILE", "LEAK-IMPORT-PERIOD", "555.5",
            "LEAK-IMPORT-FILE", "LEAK-REPORTED-COMMENTARY",
            "leak.approver", "LEAK-REPORT-FILE", "LEAK-PERSON-NAME", "LEAK-ACTION-LEAD", "LEAK-DRAFT-REPORT",
            "LEAK-UNMARKED-REPORT", "LEAK-DRAFT-MARKED-PUBLIC", "leak.publisher", "leak.officer", "/attachments");

    /** Published content that must appear. */
    static final String PRIORITY = "PUBLIC-PRIORITY";
    static final String NARRATIVE = "PUBLIC-PRIORITY-NARRATIVE";
    static final String ACTION = "PUBLIC-ACTION";
    static final String INDICATOR = "PUBLIC-INDICATOR";
    static final String AMBITION = "PUBLIC-AMBITION";
    static final String EQUALITY = "PUBLIC-EQUALITY-FINDINGS";
    static final String PAPER = "PUBLIC-PAPER-TEXT";
    static final String SIGNATORY = "Jane Public-Signatory";

    final String name;
    final long partnership;
    final long plan;
    final long year;
    final long draftYear;
    final long priority;
    final long draftPriority;
    final long action;
    final long draftReport;
    final long unmarkedReport;
    final long draftMarkedReport;
    final long publicReport;

    private final JdbcTemplate jdbc;

    private PublicFixture(JdbcTemplate jdbc, int number) {
        this.jdbc = jdbc;
        name = "Public Test " + number;
        partnership = insert("insert into partnership (name) values (?) returning id", name + " Partnership");
        plan = insert("insert into plan (partnership_id, title, start_year, end_year, status, vision)"
                + " values (?, ?, 2013, 2016, 'PUBLISHED', ?) returning id", partnership, name + " Plan", AMBITION);
        insert("insert into key_theme (plan_id, number, title) values (?, 1, 'PUBLIC-THEME') returning id", plan);
        year = insert("insert into plan_year (plan_id, label, start_date, end_date, status) values (?, 'Public 2013-14', ?, ?,"
                + " 'APPROVED') returning id", plan, LocalDate.of(2013, 4, 1), LocalDate.of(2014, 3, 31));
        draftYear = insert("insert into plan_year (plan_id, label, start_date, end_date) values (?, 'Public 2014-15', ?, ?)"
                + " returning id", plan, LocalDate.of(2014, 4, 1), LocalDate.of(2015, 3, 31));
        priority = insert("insert into priority (plan_year_id, number, title, position) values (?, '1', ?, 1)"
                + " returning id", year, PRIORITY);
        insert("insert into priority_section (priority_id, position, heading, body) values (?, 1, 'Why this matters', ?)"
                + " returning id", priority, NARRATIVE);
        draftPriority = insert("insert into priority (plan_year_id, number, title, position) values (?, '1', ?, 1)"
                + " returning id", draftYear, "LEAK-DRAFT-YEAR-PRIORITY");
        action = insert("insert into plan_action (plan_year_id, number, text, position, target_date, lead)"
                + " values (?, 'A1', ?, 1, ?, 'LEAK-ACTION-LEAD') returning id", year, ACTION, LocalDate.of(2014, 3, 31));
        jdbc.update("insert into action_priority (action_id, priority_id) values (?, ?)", action, priority);
        long indicator = insert("insert into indicator (partnership_id, name, unit, polarity, frequency, period_type)"
                + " values (?, ?, 'PERCENTAGE', 'HIGHER_IS_BETTER', 'ANNUAL', 'ACADEMIC_YEAR') returning id",
                partnership, INDICATOR);
        jdbc.update("insert into indicator_priority (indicator_id, priority_id, is_primary) values (?, ?, true)",
                indicator, priority);
        insert("insert into plan_year_indicator (plan_year_id, indicator_id, position) values (?, ?, 1) returning id",
                year, indicator);
        insert("insert into indicator_value (indicator_id, period_label, period_end, figure) values (?, '2012/13', ?,"
                + " 61.5) returning id", indicator, LocalDate.of(2013, 7, 31));

        long assessment = insert("insert into equality_assessment (plan_id, plan_year_id, subject) values (?, ?, ?)"
                + " returning id", plan, year, name + " plan");
        insert("insert into equality_assessment_part (assessment_id, position, title, summary) values (?, 1, ?, ?)"
                + " returning id", assessment, "Findings", EQUALITY);

        // An officer's update waiting for approval, with its evidence file, and a figure import waiting too.
        long organisation = insert("insert into partner_organisation (name, kind_id, category) values (?,"
                + " (select min(id) from partner_kind), 'RELEVANT_PARTNER') returning id", name + " Council");
        insert("insert into person (name, job_title, organisation_id) values ('LEAK-PERSON-NAME', 'Officer', ?)"
                + " returning id", organisation);
        long round = insert("insert into reporting_round (plan_year_id, name, period_end, deadline, open_for_plan_year_id,"
                + " opened_at) values (?, 'Round', date '2013-09-30', date '2013-10-31', ?, now()) returning id",
                year, year);
        long update = insert("insert into progress_update (round_id, indicator_id, state, period_label, period_end,"
                + " figure, commentary, submitted_at, submitted_by) values (?, ?, 'SUBMITTED', 'LEAK-PENDING-PERIOD', ?, 777.77,"
                + " 'LEAK-PENDING-COMMENTARY', now(), 'leak.officer') returning id", round, indicator,
                LocalDate.of(2014, 7, 31));
        long actionUpdate = insert("insert into progress_update (round_id, action_id, state, reported_status, evidence,"
                + " commentary, submitted_at, submitted_by) values (?, ?, 'SUBMITTED', 'SLIPPING', 'LEAK-PENDING-EVIDENCE',"
                + " 'LEAK-PENDING-COMMENTARY', now(), 'leak.officer') returning id", round, action);
        long attachment = insert("insert into progress_update_attachment (update_id, filename, content_type, size_bytes,"
                + " content, uploaded_by, uploaded_at) values (?, 'LEAK-ATTACHMENT-FILE.pdf', 'application/pdf', 3,"
                + " '\\x010203', 'leak.officer', now()) returning id", actionUpdate);
        long figureImport = insert("insert into figure_import (plan_year_id, filename, content, imported_by, uploaded_at,"
                + " state, row_count, submitted_at) values (?, 'LEAK-IMPORT-FILE.csv', '\\x01', 'leak.officer', now(),"
                + " 'SUBMITTED', 1, now()) returning id", year);
        jdbc.update("insert into figure_import_row (import_id, row_number, indicator_id, period_label, period_end, figure,"
                + " figure_decimals, provisional) values (?, 1, ?, 'LEAK-IMPORT-PERIOD', ?, 555.55, 2, false)", figureImport,
                indicator, LocalDate.of(2015, 7, 31));
        // A report already approved: its commentary, who approved it and its file are internal too.
        long reported = insert("insert into progress_report (action_id, as_at, update_id, round_name, reported_status,"
                + " commentary, approved_by, approved_at) values (?, date '2013-09-30', ?, 'Round', 'ON_TRACK',"
                + " 'LEAK-REPORTED-COMMENTARY', 'leak.approver', now()) returning id", action, update);
        jdbc.update("insert into progress_report_file (report_id, position, attachment_id, filename)"
                + " values (?, 0, ?, 'LEAK-REPORT-FILE.pdf')", reported, attachment);

        draftReport = report("LEAK-DRAFT-REPORT", null, false);
        unmarkedReport = report("LEAK-UNMARKED-REPORT", "<p class=\"govuk-body\">LEAK-UNMARKED-REPORT</p>", false);
        draftMarkedReport = report("LEAK-DRAFT-MARKED-PUBLIC", null, true);
        publicReport = report("Public progress report", "<p class=\"govuk-body\">" + PAPER + "</p><p class=\"govuk-body\">"
                + SIGNATORY + "</p>", true);
    }

    static PublicFixture make(JdbcTemplate jdbc) {
        return new PublicFixture(jdbc, MADE.incrementAndGet());
    }

    /** Adds {@code count} more priorities to the year, each with a section, an action and an indicator of its own. */
    void grow(int count) {
        for (int n = 2; n < count + 2; n++) {
            long more = insert("insert into priority (plan_year_id, number, title, position) values (?, ?, ?, ?)"
                    + " returning id", year, String.valueOf(n), "Priority " + n, n);
            insert("insert into priority_section (priority_id, position, heading, body) values (?, 1, 'Why', 'Because')"
                    + " returning id", more);
            long moreAction = insert("insert into plan_action (plan_year_id, number, text, position) values (?, ?, ?, ?)"
                    + " returning id", year, "A" + n, "Action " + n, n);
            jdbc.update("insert into action_priority (action_id, priority_id) values (?, ?)", moreAction, more);
            long indicator = insert("insert into indicator (partnership_id, name, unit, polarity, frequency, period_type)"
                    + " values (?, ?, 'PERCENTAGE', 'HIGHER_IS_BETTER', 'ANNUAL', 'ACADEMIC_YEAR') returning id",
                    partnership, "Indicator " + n);
            jdbc.update("insert into indicator_priority (indicator_id, priority_id, is_primary) values (?, ?, true)",
                    indicator, more);
            insert("insert into plan_year_indicator (plan_year_id, indicator_id, position) values (?, ?, ?) returning id",
                    year, indicator, n);
            insert("insert into indicator_value (indicator_id, period_label, period_end, figure) values (?, '2012/13', ?,"
                    + " 40) returning id", indicator, LocalDate.of(2013, 7, 31));
        }
    }

    /** Stands the year at {@code status}, as the lifecycle will (DRAFT, APPROVED, PUBLISHED, SUPERSEDED ...). */
    void standAt(long yearId, String status) {
        jdbc.update("update plan_year set status = ? where id = ?", status, yearId);
    }

    private long report(String title, String issuedPaper, boolean shownPublicly) {
        return insert("insert into committee_report (plan_year_id, as_at, meeting, meeting_date, report_of, title,"
                + " issued_at, issued_by, issued_paper, issued_appendix, shown_publicly, signatory_name) values (?,"
                + " date '2013-09-30', 'Committee', date '2014-01-14', 'Director', ?, ?, ?, ?, ?, ?, 'LEAK-PERSON-NAME')"
                + " returning id", year, title, issuedPaper == null ? null : java.sql.Timestamp.valueOf("2014-01-01 10:00:00"),
                issuedPaper == null ? null : "leak.officer", issuedPaper, issuedPaper == null ? null : "", shownPublicly);
    }

    private long insert(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }
}
