package uk.partnershipplans.portal.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A second partnership beside the demo one, with one record of every kind an address can name, and accounts of each
 * role: for the tests that prove partnerships are kept apart. Made once in a run's database, then found by name. Its
 * records are keyed by the word before their id in an address ("priorities" in {@code /priorities/12}).
 */
public final class SecondPartnership {

    public static final String NAME = "Test City Children and Young People Partnership";
    public static final String PLAN = "Test City Children and Young People Plan 2013-16";
    /** Not "2013-14": tests find the demo year by that label. */
    public static final String YEAR = "Test City 2013-14";
    public static final String PRIORITY = "Test City priority on school readiness";
    public static final String INDICATOR = "Test City indicator of school readiness";
    public static final String FRAMEWORK = "Test City framework";
    public static final String ROUND = "Test City round";
    public static final String GROUP = "Test City board";

    /** Accounts of the second partnership. */
    public static final String BOARD = "city.board";
    public static final String OFFICER = "city.officer";
    public static final String ADMIN = "city.admin";

    /** An admin of the demo partnership only. */
    public static final String DEMO_PARTNERSHIP_ADMIN = "county.admin";

    private static SecondPartnership made;

    private final Map<String, Long> ids;

    private SecondPartnership(Map<String, Long> ids) {
        this.ids = ids;
    }

    /** The id of the second partnership's record of {@code kind}. */
    public long id(String kind) {
        Long id = ids.get(kind);
        if (id == null) {
            throw new IllegalArgumentException("The second partnership has no record of kind '" + kind + "'");
        }
        return id;
    }

    /**
     * The second partnership in the run's shared database, made by the first test that asks for it. Tests of rounds
     * delete every round before they start: its round, update and evidence file are made again when they are gone.
     */
    public static synchronized SecondPartnership in(JdbcTemplate jdbc) {
        if (made == null) {
            made = make(jdbc);
        } else if (jdbc.queryForList("select id from reporting_round where id = ?", Long.class, made.id("rounds"))
                .isEmpty()) {
            makeRound(jdbc, made.ids);
        }
        return made;
    }

    private static SecondPartnership make(JdbcTemplate jdbc) {
        Map<String, Long> ids = new LinkedHashMap<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long partnership = insert(jdbc, "insert into partnership (name) values (?) returning id", NAME);
        ids.put("partnerships", partnership);
        long kind = jdbc.queryForObject("select min(id) from partner_kind", Long.class);
        long organisation = insert(jdbc, "insert into partner_organisation (name, kind_id, category) values (?, ?, ?)"
                + " returning id", "Test City Authority", kind, "RELEVANT_PARTNER");
        ids.put("partners", organisation);
        ids.put("partner-kinds", kind);
        ids.put("memberships", insert(jdbc, "insert into partnership_membership (partnership_id, organisation_id)"
                + " values (?, ?) returning id", partnership, organisation));
        long group = insert(jdbc, "insert into partner_group (partnership_id, name, type) values (?, ?, 'BOARD')"
                + " returning id", partnership, GROUP);
        ids.put("groups", group);
        ids.put("members", insert(jdbc, "insert into group_member (group_id, position, role, person_name)"
                + " values (?, 1, 'Chair', 'Test City chair') returning id", group));
        jdbc.update("insert into group_member (group_id, position, role, vacant) values (?, 2, 'Vice-chair', true),"
                + " (?, 3, 'Member for schools', false)", group, group);

        long plan = insert(jdbc, "insert into plan (partnership_id, title, start_year, end_year, status)"
                + " values (?, ?, 2013, 2016, 'PUBLISHED') returning id", partnership, PLAN);
        ids.put("plans", plan);
        ids.put("plan-sections", insert(jdbc, "insert into plan_section (plan_id, position, heading, body)"
                + " values (?, 1, 'About the Test City partnership', 'Test City narrative') returning id", plan));
        ids.put("plan-partners", insert(jdbc, "insert into plan_partner (plan_id, organisation_id, category)"
                + " values (?, ?, 'RELEVANT_PARTNER') returning id", plan, organisation));
        ids.put("initiatives", insert(jdbc, "insert into supported_initiative (plan_id, position, title)"
                + " values (?, 1, 'Test City supported work') returning id", plan));
        ids.put("references", insert(jdbc, "insert into plan_reference (plan_id, position, title, dated)"
                + " values (?, 1, 'Test City strategy', 'March 2013') returning id", plan));
        ids.put("themes", insert(jdbc, "insert into key_theme (plan_id, number, title) values (?, 1, 'Test City theme')"
                + " returning id", plan));
        ids.put("principles", insert(jdbc, "insert into principle (plan_id, number, title)"
                + " values (?, 1, 'Test City principle') returning id", plan));
        long strategic = insert(jdbc, "insert into strategic_objective (plan_id, number, title)"
                + " values (?, 'SO1', 'Test City strategic objective') returning id", plan);
        ids.put("strategic-objectives", strategic);
        long operational = insert(jdbc, "insert into operational_objective (strategic_objective_id, number, title)"
                + " values (?, '(1)', 'Test City operational objective') returning id", strategic);
        ids.put("operational-objectives", operational);
        long year = insert(jdbc, "insert into plan_year (plan_id, label, start_date, end_date) values (?, ?, ?, ?)"
                + " returning id", plan, YEAR, LocalDate.of(2013, 4, 1), LocalDate.of(2014, 3, 31));
        ids.put("plan-years", year);
        long report = insert(jdbc, "insert into committee_report (plan_year_id, as_at, meeting, meeting_date, report_of,"
                + " title) values (?, date '2013-09-30', 'Test City Committee', date '2014-01-14', 'Test City Director',"
                + " 'Test City progress report') returning id", year);
        ids.put("committee-reports", report);
        long consultation = insert(jdbc, "insert into consultation (plan_year_id, title, opened_on, closed_on, who_was_asked)"
                + " values (?, 'Test City consultation', date '2013-02-01', date '2013-03-14', 'Test City residents')"
                + " returning id", year);
        ids.put("consultations", consultation);
        long review = insert(jdbc, "insert into final_review (plan_year_id, title) values (?, 'Test City final review')"
                + " returning id", year);
        ids.put("final-reviews", review);
        long activity = insert(jdbc, "insert into final_review_activity (review_id, priority_id, position, activity)"
                + " values (?, (select min(id) from priority), 1, 'Test City activity') returning id", review);
        ids.put("activities", activity);
        ids.put("sources", insert(jdbc, "insert into final_review_source (activity_id, position, kind, role)"
                + " values (?, 1, 'CONVERSATION', 'Test City manager') returning id", activity));
        ids.put("submissions", insert(jdbc, "insert into consultation_submission (consultation_id, number, submitted_by,"
                + " summary) values (?, '1', 'Test City Youth Forum', 'Test City views') returning id", consultation));
        ids.put("implications", insert(jdbc, "insert into committee_report_implication (report_id, position, heading, text)"
                + " values (?, 1, 'Test City implications', 'None') returning id", report));
        ids.put("recommendations", insert(jdbc, "insert into committee_report_recommendation (report_id, position, text)"
                + " values (?, 1, 'That the Test City Committee notes the report') returning id", report));
        long assessment = insert(jdbc, "insert into equality_assessment (plan_id, plan_year_id, subject)"
                + " values (?, ?, 'Test City plan') returning id", plan, year);
        ids.put("equality-assessments", assessment);
        long assessmentPart = insert(jdbc, "insert into equality_assessment_part (assessment_id, position, title)"
                + " values (?, 1, 'Test City findings') returning id", assessment);
        ids.put("assessment-parts", assessmentPart);
        long characteristic = insert(jdbc, "insert into protected_characteristic (partnership_id, position, name)"
                + " values (?, 1, 'Test City care leavers') returning id", partnership);
        ids.put("protected-characteristics", characteristic);
        ids.put("assessment-rows", insert(jdbc, "insert into equality_assessment_row (part_id, characteristic_id,"
                + " positive_impact) values (?, ?, 'Yes') returning id", assessmentPart, characteristic));
        ids.put("assessment-actions", insert(jdbc, "insert into equality_assessment_action (part_id, position, text)"
                + " values (?, 1, 'Test City action on equality') returning id", assessmentPart));
        long priority = insert(jdbc, "insert into priority (plan_year_id, number, title, position, operational_objective_id)"
                + " values (?, '1', ?, 1, ?) returning id", year, PRIORITY, operational);
        ids.put("priorities", priority);
        long second = insert(jdbc, "insert into priority (plan_year_id, number, title, position)"
                + " values (?, '2', 'Test City second priority', 2) returning id", year);
        long priorityGroup = insert(jdbc, "insert into priority_group (plan_year_id, position, actions_heading,"
                + " indicators_heading) values (?, 1, 'Test City heading', 'Test City heading') returning id", year);
        jdbc.update("insert into priority_group_member (group_id, priority_id) values (?, ?), (?, ?)",
                priorityGroup, priority, priorityGroup, second);
        ids.put("priority-groups", priorityGroup);
        long action = insert(jdbc, "insert into plan_action (plan_year_id, number, text, position, target_date)"
                + " values (?, 'A1', 'Test City action', 1, ?) returning id", year, LocalDate.of(2014, 3, 31));
        jdbc.update("insert into action_priority (action_id, priority_id) values (?, ?)", action, priority);
        ids.put("actions", action);
        ids.put("milestones", insert(jdbc, "insert into milestone (priority_id, action_id, position, text)"
                + " values (?, ?, 1, 'Test City milestone') returning id", priority, action));
        long framework = insert(jdbc, "insert into external_framework (partnership_id, name) values (?, ?) returning id",
                partnership, FRAMEWORK);
        ids.put("frameworks", framework);
        ids.put("ambitions", insert(jdbc, "insert into framework_ambition (framework_id, position, short_name)"
                + " values (?, 1, 'Test City ambition') returning id", framework));
        long indicator = insert(jdbc, "insert into indicator (partnership_id, name, unit, polarity, frequency, period_type)"
                + " values (?, ?, 'PERCENTAGE', 'HIGHER_IS_BETTER', 'ANNUAL', 'ACADEMIC_YEAR') returning id",
                partnership, INDICATOR);
        ids.put("indicators", indicator);
        jdbc.update("insert into indicator_priority (indicator_id, priority_id, is_primary) values (?, ?, true)",
                indicator, priority);
        long risk = insert(jdbc, "insert into plan_risk (plan_id, plan_year_id, title, area, likelihood, impact, owner,"
                + " review_date) values (?, ?, 'Test City risk', 'Finance', 4, 3, 'Test City treasurer', ?) returning id",
                plan, year, LocalDate.of(2014, 3, 31));
        jdbc.update("insert into plan_risk_priority (risk_id, priority_id) values (?, ?)", risk, priority);
        ids.put("risks", risk);
        long vulnerableGroup = insert(jdbc, "insert into vulnerable_group (plan_id, name, definition)"
                + " values (?, 'Test City young carers', 'Children who care for a relative') returning id", plan);
        jdbc.update("insert into vulnerable_group_priority (group_id, priority_id) values (?, ?)", vulnerableGroup,
                priority);
        ids.put("vulnerable-groups", vulnerableGroup);
        ids.put("plan-year-indicators", insert(jdbc, "insert into plan_year_indicator (plan_year_id, indicator_id,"
                + " position) values (?, ?, 1) returning id", year, indicator));
        long value = insert(jdbc, "insert into indicator_value (indicator_id, period_label, period_end, figure, target)"
                + " values (?, '2012/13', ?, 61.5, 65) returning id", indicator, LocalDate.of(2013, 7, 31));
        ids.put("indicator-values", value);
        ids.put("values", value);

        long officer = account(jdbc, OFFICER, "Test City Officer", "OFFICER", partnership, now);
        account(jdbc, BOARD, "Test City Board Member", "BOARD", partnership, now);
        account(jdbc, ADMIN, "Test City Admin", "ADMIN", partnership, now);
        long demoPartnership = jdbc.queryForObject("select min(id) from partnership where id <> ?", Long.class,
                partnership);
        account(jdbc, DEMO_PARTNERSHIP_ADMIN, "County Admin", "ADMIN", demoPartnership, now);
        ids.put("accounts", officer);

        makeRound(jdbc, ids);
        return new SecondPartnership(ids);
    }

    /** An open round of the year, with an officer's update submitted and a file given as its evidence. */
    private static void makeRound(JdbcTemplate jdbc, Map<String, Long> ids) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long year = ids.get("plan-years");
        long round = insert(jdbc, "insert into reporting_round (plan_year_id, name, period_end, deadline,"
                + " open_for_plan_year_id, opened_at) values (?, ?, ?, ?, ?, ?) returning id", year, ROUND,
                LocalDate.of(2013, 9, 30), LocalDate.of(2013, 10, 31), year, now);
        ids.put("rounds", round);
        long update = insert(jdbc, "insert into progress_update (round_id, action_id, assignee_id, state, reported_status,"
                + " commentary, submitted_at, submitted_by) values (?, ?, ?, 'SUBMITTED', 'ON_TRACK',"
                + " 'Test City commentary', ?, ?) returning id", round, ids.get("actions"), ids.get("accounts"), now, OFFICER);
        ids.put("updates", update);
        byte[] content = "Test City evidence".getBytes(StandardCharsets.UTF_8);
        ids.put("attachments", insert(jdbc, "insert into progress_update_attachment (update_id, filename, content_type,"
                + " size_bytes, content, uploaded_by, uploaded_at) values (?, 'city-evidence.txt', 'text/plain', ?, ?, ?, ?)"
                + " returning id", update, content.length, content, OFFICER, now));
        long figureImport = insert(jdbc, "insert into figure_import (plan_year_id, filename, content, imported_by,"
                + " uploaded_at, state, row_count, submitted_at) values (?, 'city-figures.csv', ?, ?, ?, 'SUBMITTED', 1, ?)"
                + " returning id", ids.get("plan-years"), content, OFFICER, now, now);
        jdbc.update("insert into figure_import_row (import_id, row_number, indicator_id, period_label, period_end, figure,"
                + " figure_decimals, provisional) values (?, 2, ?, '2012/13 annual', '2013-03-31', 12, 0, false)",
                figureImport, ids.get("indicators"));
        ids.put("figure-imports", figureImport);
    }

    private static long account(JdbcTemplate jdbc, String username, String name, String role, long partnership,
            OffsetDateTime now) {
        long id = insert(jdbc, "insert into account (username, display_name, password_hash, created_at)"
                + " values (?, ?, '{bcrypt}unusable: these tests act with MockMvc', ?) returning id", username, name, now);
        jdbc.update("insert into account_role (account_id, role) values (?, ?)", id, role);
        jdbc.update("insert into account_partnership (account_id, partnership_id) values (?, ?)", id, partnership);
        return id;
    }

    private static long insert(JdbcTemplate jdbc, String sql, Object... args) {
        List<Long> id = jdbc.queryForList(sql, Long.class, args);
        return id.get(0);
    }
}
