package uk.partnershipplans.portal.plan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.partnershipplans.portal.support.DemoData.PLAN_2011;
import static uk.partnershipplans.portal.support.DemoData.PLAN_2014;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.SyntheticDataset;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * The reading pages cost a fixed number of SQL statements, whatever the size of the year: the 2014-16 year has twice
 * the actions and half as many again indicators as 2013-14, and a year of the large synthetic dataset (100 actions,
 * 10 priorities, 25 indicators with 40 quarters each) has several times more; their pages must cost exactly the same.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it adds the synthetic dataset
class PlanPagesQueryCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private Statistics statistics;

    @BeforeEach
    void readStatistics(@Autowired DataSource dataSource) {
        SyntheticDataset.loadInto(dataSource);
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        // Switched on here only, rather than by a property, so that the test shares its Spring context
        statistics.setStatisticsEnabled(true);
        assertThat(statistics.isStatisticsEnabled()).isTrue();
    }

    @AfterEach
    void stopStatistics() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void thePriorityPageCostsTheSameForASmallAndALargePriority() throws Exception {
        long large = priority(PLAN_2011, "2013-14", "3.1"); // 11 actions, 5 milestones, 19 indicators
        long small = priority(PLAN_2011, "2013-14", "3.7"); // 3 actions, 3 milestones, 1 indicator
        long other = priority(PLAN_2014, "2014-16", "3.2"); // 8 actions, 4 milestones, 7 indicators

        long statements = statementsFor("/priorities/" + large);
        // its own rows, the latest report of each of its actions, and its status from the whole year's (as the dashboard's)
        assertThat(statements).isPositive().isLessThanOrEqualTo(22);
        assertThat(keptStatementsFor("/priorities/" + large)).as("read again, nothing changed: all of it was kept").isZero();
        assertThat(statementsFor("/priorities/" + small)).isEqualTo(statements);
        assertThat(statementsFor("/priorities/" + other)).isEqualTo(statements);
        assertThat(statementsFor("/priorities/" + syntheticPriority())).isEqualTo(statements);
    }

    @Test
    void theActionMatrixCostsTheSameForBothYears() throws Exception {
        long statements = statementsFor("/plan-years/" + year(PLAN_2011, "2013-14") + "/actions");
        assertThat(statements).isPositive().isLessThanOrEqualTo(6);
        assertThat(statementsFor("/plan-years/" + year(PLAN_2014, "2014-16") + "/actions")).isEqualTo(statements);
        assertThat(statementsFor("/plan-years/" + SyntheticDataset.year(jdbc, 20) + "/actions")).isEqualTo(statements);
    }

    @Test
    void theIndicatorSummaryCostsTheSameForBothYears() throws Exception {
        long statements = statementsFor("/plan-years/" + year(PLAN_2011, "2013-14") + "/indicators");
        assertThat(statements).isPositive().isLessThanOrEqualTo(6);
        assertThat(statementsFor("/plan-years/" + year(PLAN_2014, "2014-16") + "/indicators")).isEqualTo(statements);
        assertThat(statementsFor("/plan-years/" + SyntheticDataset.year(jdbc, 20) + "/indicators")).isEqualTo(statements);
    }

    /**
     * The progress summary reads the whole year at once (PlanFacts, with every report of progress and its links and
     * files) and the year's reporting rounds, and works out every status in memory.
     */
    @Test
    void theProgressSummaryCostsTheSameForEveryYear() throws Exception {
        long statements = statementsFor("/plan-years/" + year(PLAN_2011, "2013-14") + "/summary");
        assertThat(statements).isPositive().isLessThanOrEqualTo(11);
        assertThat(statementsFor("/plan-years/" + year(PLAN_2014, "2014-16") + "/summary")).isEqualTo(statements);
        assertThat(statementsFor("/plan-years/" + SyntheticDataset.year(jdbc, 20) + "/summary")).isEqualTo(statements);
        // read again, nothing changed: the statuses were kept
        assertThat(keptStatementsFor("/plan-years/" + SyntheticDataset.year(jdbc, 20) + "/summary")).isLessThan(statements);
    }

    /** The performance report, as a page, a PDF and a Word document, reads the year as the summary does. */
    @Test
    void thePerformanceReportCostsTheSameForEveryYear() throws Exception {
        for (String report : new String[] {"/report", "/report.pdf", "/report.docx"}) {
            long statements = statementsFor("/plan-years/" + year(PLAN_2011, "2013-14") + report);
            assertThat(statements).as(report).isPositive().isLessThanOrEqualTo(11);
            assertThat(statementsFor("/plan-years/" + year(PLAN_2014, "2014-16") + report)).as(report).isEqualTo(statements);
            assertThat(statementsFor("/plan-years/" + SyntheticDataset.year(jdbc, 20) + report)).as(report)
                    .isEqualTo(statements);
        }
    }

    /**
     * The performance report's workbook and the year's exports read the year as the report does, whatever its size; the
     * partners add the plan's partners, the partnership's members and their organisations (the synthetic plan is given
     * a partner, as the demo plans have: a plan that names none spares the query for their names).
     */
    @Test
    void theWorkbookAndTheExportsCostTheSameForEveryYear() throws Exception {
        for (String file : new String[] {"/report.xlsx", "/exports", "/exports/indicators.xlsx", "/exports/actions.csv",
                "/exports/reports.xlsx"}) {
            long statements = statementsFor("/plan-years/" + year(PLAN_2011, "2013-14") + file);
            assertThat(statements).as(file).isPositive().isLessThanOrEqualTo(11);
            assertThat(statementsFor("/plan-years/" + year(PLAN_2014, "2014-16") + file)).as(file).isEqualTo(statements);
            assertThat(statementsFor("/plan-years/" + SyntheticDataset.year(jdbc, 20) + file)).as(file)
                    .isEqualTo(statements);
        }
        long partners = statementsFor("/plan-years/" + year(PLAN_2011, "2013-14") + "/exports/partners.csv");
        assertThat(partners).isLessThanOrEqualTo(15);
        assertThat(statementsFor("/plan-years/" + year(PLAN_2014, "2014-16") + "/exports/partners.xlsx")).isEqualTo(partners);
        assertThat(statementsFor("/plan-years/" + syntheticYearNamingAPartner() + "/exports/partners.csv"))
                .isEqualTo(partners);
    }

    /**
     * The published plan, as a page, a PDF and a Word document, reads the plan as its page does, the year's two tables as theirs do,
     * the narrative and links of all the year's priorities at once, and the equality impact assessments of the plan and
     * the year in four queries (their own, their parts, rows and actions), whether it has any or not. A plan that names no partner spares the query
     * for their names, so the synthetic plan is given one, as the demo plans have.
     */
    @Test
    void thePublishedPlanCostsTheSameForEveryYear() throws Exception {
        long synthetic = syntheticYearNamingAPartner();
        for (String published : new String[] {"/published", "/published.pdf", "/published.docx"}) {
            long statements = statementsFor("/plan-years/" + year(PLAN_2011, "2013-14") + published);
            assertThat(statements).as(published).isPositive().isLessThanOrEqualTo(28);
            assertThat(statementsFor("/plan-years/" + year(PLAN_2014, "2014-16") + published)).as(published)
                    .isEqualTo(statements);
            assertThat(statementsFor("/plan-years/" + synthetic + published)).as(published).isEqualTo(statements);
        }
        statementsFor("/plan-years/" + synthetic + "/published");
        assertThat(keptStatementsFor("/plan-years/" + synthetic + "/published")).as("read again, nothing changed: kept")
                .isZero();
    }

    /**
     * A committee report reads itself, its implications and its recommendations, its year as the statuses do, and its
     * summary and appendix from the year's worked-out status: the same for a paper of one recommendation on a demo year
     * and one of thirty recommendations and ten implications on the large synthetic year.
     */
    @Test
    void aCommitteeReportCostsTheSameWhateverItsLengthAndItsYear() throws Exception {
        long small = committeeReport(year(PLAN_2011, "2013-14"), 1, 0);
        long large = committeeReport(SyntheticDataset.year(jdbc, 20), 30, 10);
        for (String document : new String[] {"", ".pdf", ".docx"}) {
            long statements = statementsFor("/committee-reports/" + small + document);
            assertThat(statements).as(document).isPositive().isLessThanOrEqualTo(15);
            assertThat(statementsFor("/committee-reports/" + large + document)).as(document).isEqualTo(statements);
        }
        jdbc.update("delete from committee_report where id in (?, ?)", small, large);
    }

    private long committeeReport(long year, int recommendations, int implications) {
        long report = jdbc.queryForObject("""
                insert into committee_report (plan_year_id, as_at, meeting, meeting_date, report_of, title, purpose)
                values (?, date '2013-09-30', 'Committee', date '2014-01-14', 'Director', 'Progress', 'To report.')
                returning id""", Long.class, year);
        jdbc.update("""
                insert into committee_report_recommendation (report_id, position, text)
                select ?, n, 'Recommendation ' || n from generate_series(1, ?) n""", report, recommendations);
        jdbc.update("""
                insert into committee_report_implication (report_id, position, heading, text)
                select ?, n, 'Implication ' || n, 'What it says.' from generate_series(1, ?) n""", report, implications);
        return report;
    }

    /** The synthetic plan 20's year, its plan naming one partner (Nottinghamshire Police), as the demo plans name theirs. */
    private long syntheticYearNamingAPartner() {
        long synthetic = SyntheticDataset.year(jdbc, 20);
        jdbc.update("""
                insert into plan_partner (plan_id, organisation_id, category)
                select y.plan_id, o.id, 'RELEVANT_PARTNER' from plan_year y, partner_organisation o
                where y.id = ? and o.name = 'Nottinghamshire Police'
                and not exists (select 1 from plan_partner pp where pp.plan_id = y.plan_id)""", synthetic);
        return synthetic;
    }

    /** The dashboard works out the same statuses as the summary, and draws every indicator's trend from the same read. */
    @Test
    void theDashboardCostsTheSameForEveryYear() throws Exception {
        long statements = statementsFor("/plan-years/" + year(PLAN_2011, "2013-14") + "/dashboard");
        assertThat(statements).isPositive().isLessThanOrEqualTo(11);
        assertThat(statementsFor("/plan-years/" + year(PLAN_2014, "2014-16") + "/dashboard")).isEqualTo(statements);
        assertThat(statementsFor("/plan-years/" + SyntheticDataset.year(jdbc, 20) + "/dashboard")).isEqualTo(statements);
    }

    @Test
    void theOtherPagesCostAFewStatementsEach() throws Exception {
        long year2013 = year(PLAN_2011, "2013-14");
        long year2014 = year(PLAN_2014, "2014-16");
        assertThat(statementsFor("/plan-years/" + year2014)).isEqualTo(statementsFor("/plan-years/" + year2013)).isLessThanOrEqualTo(5);
        assertThat(statementsFor("/plan-years/" + SyntheticDataset.year(jdbc, 20))).isEqualTo(statementsFor("/plan-years/" + year2013));
        assertThat(statementsFor("/plans/" + plan(PLAN_2014))).isEqualTo(statementsFor("/plans/" + plan(PLAN_2011))).isLessThanOrEqualTo(14);
        assertThat(statementsFor("/plans")).isLessThanOrEqualTo(3);
        long action2013 = jdbc.queryForObject("select id from plan_action where plan_year_id = ? and number = '17'", Long.class, year2013);
        long action2014 = jdbc.queryForObject("select id from plan_action where plan_year_id = ? and number = '3.1.3'", Long.class, year2014);
        // an action page's own rows and reports, and its status from the whole year's, as the dashboard works it out
        assertThat(statementsFor("/actions/" + action2014)).isEqualTo(statementsFor("/actions/" + action2013)).isLessThanOrEqualTo(17);
        long indicator = jdbc.queryForObject("select id from indicator where name = ?", Long.class, "Early years foundation stage attainment");
        assertThat(statementsFor("/indicators/" + indicator)).isLessThanOrEqualTo(6);
    }

    /** The statements of a page read as the first after a change: nothing worked out is kept from before. */
    private long statementsFor(String path) throws Exception {
        jdbc.update("update content_version set version = version + 1");
        return keptStatementsFor(path);
    }

    /** The statements of a page read again, with nothing changed since. */
    private long keptStatementsFor(String path) throws Exception {
        statistics.clear();
        MvcResult result = mvc.perform(get(path).with(user("board").roles("BOARD"))).andReturn();
        assertThat(result.getResponse().getStatus()).as("GET %s: %s", path, result.getResolvedException()).isEqualTo(200);
        return statistics.getPrepareStatementCount();
    }

    /** Synthetic priority 3.1 of the last plan: 10 actions of its own, 10 more it shares, 5 indicators. */
    private long syntheticPriority() {
        return jdbc.queryForObject("select id from priority where plan_year_id = ? and number = '3.1'", Long.class,
                SyntheticDataset.year(jdbc, 20));
    }

    private long plan(String title) {
        return jdbc.queryForObject("select id from plan where title = ?", Long.class, title);
    }

    private long year(String planTitle, String label) {
        return jdbc.queryForObject("select y.id from plan_year y join plan p on p.id = y.plan_id where p.title = ? and y.label = ?",
                Long.class, planTitle, label);
    }

    private long priority(String planTitle, String label, String number) {
        return jdbc.queryForObject("select id from priority where plan_year_id = ? and number = ?", Long.class, year(planTitle, label), number);
    }
}
