package uk.partnershipplans.portal.refresh.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.SyntheticDataset;
import uk.partnershipplans.portal.support.TestDatabase;
import uk.partnershipplans.portal.support.ThreadStatements;

/**
 * Two years side by side cost a fixed number of SQL statements whatever the years hold and however many years the
 * partnership has: two small years (a partnership of two years, with one priority, action and indicator each) and two
 * years of the large synthetic dataset (a partnership of twenty, each year with 10 priorities, 100 actions and 25
 * indicators of 40 values) stay under one small bound. Equal counts are not asked: a year that another request of the
 * same content version has read already is not read again, which saves a varying few. The content's version is moved
 * on before each reading, and the statements counted are the request's own ({@link ThreadStatements}).
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it adds the synthetic dataset
class CompareQueryCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** The most a comparison may cost: two years read whole, with their statuses, and what every page reads. */
    private static final long BOUND = 45;

    private ThreadStatements statements;

    @BeforeEach
    void countStatements(@Autowired DataSource dataSource) {
        SyntheticDataset.loadInto(dataSource);
        statements = new ThreadStatements();
    }

    @AfterEach
    void stopCounting() {
        statements.close();
    }

    @Test
    void theComparisonCostsTheSameForSmallAndLargeYearsAndPartnerships() throws Exception {
        long[] small = twoSmallYears();
        // each year read whole and its statuses worked out as the dashboard's, the partnership's years and the lineage,
        // and what every page reads (a few more while other tests leave reporting rounds open)
        // Each year read whole (nine statements, fewer when another request of the same content version read it
        // already), its statuses worked out as the dashboard's, the partnership's years and the lineage: a statement per
        // priority, action or indicator would cost hundreds for the synthetic years.
        assertThat(statementsFor("/plan-years/" + small[1] + "/compare?with=" + small[0])).isPositive()
                .isLessThanOrEqualTo(BOUND);
        assertThat(statementsFor("/plan-years/" + SyntheticDataset.year(jdbc, 20) + "/compare?with="
                + SyntheticDataset.year(jdbc, 1))).isPositive().isLessThanOrEqualTo(BOUND);
        assertThat(statementsFor("/plan-years/" + SyntheticDataset.year(jdbc, 2) + "/compare?with="
                + SyntheticDataset.year(jdbc, 19))).isPositive().isLessThanOrEqualTo(BOUND);
    }

    /**
     * Two years of a partnership of its own, each with one priority, one action and one indicator: the demo years would
     * do, but other tests on this database open reporting rounds in them, whose updates a year's status reads too.
     */
    private long[] twoSmallYears() {
        String name = "Compare count " + System.nanoTime();
        long partnership = id("insert into partnership (name) values (?) returning id", name);
        long plan = id("insert into plan (partnership_id, title, start_year, end_year, status) values (?, ?, 2012, 2014,"
                + " 'DRAFT') returning id", partnership, name + " plan");
        long indicator = id("insert into indicator (partnership_id, name, unit, polarity, frequency, period_type) values"
                + " (?, ?, 'PERCENTAGE', 'HIGHER_IS_BETTER', 'ANNUAL', 'ACADEMIC_YEAR') returning id", partnership, name);
        long[] years = new long[2];
        for (int i = 0; i < 2; i++) {
            years[i] = id("insert into plan_year (plan_id, label, start_date, end_date) values (?, ?, ?, ?) returning id",
                    plan, (2012 + i) + "-" + (13 + i), java.time.LocalDate.of(2012 + i, 4, 1),
                    java.time.LocalDate.of(2013 + i, 3, 31));
            long priority = id("insert into priority (plan_year_id, number, title, position) values (?, '1', ?, 1)"
                    + " returning id", years[i], "Keep children safe");
            long action = id("insert into plan_action (plan_year_id, number, text, position) values (?, '1', ?, 1)"
                    + " returning id", years[i], "Publish the strategy");
            jdbc.update("insert into action_priority (action_id, priority_id) values (?, ?)", action, priority);
            jdbc.update("insert into plan_year_indicator (plan_year_id, indicator_id, position) values (?, ?, 1)",
                    years[i], indicator);
        }
        return years;
    }

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void theChoiceOfTheOtherYearCostsTheSameForAPartnershipOfThreeYearsAndOfTwenty() throws Exception {
        long cost = statementsFor("/plan-years/" + DemoData.year2013(jdbc) + "/compare");
        assertThat(cost).isPositive().isLessThanOrEqualTo(15);
        assertThat(statementsFor("/plan-years/" + SyntheticDataset.year(jdbc, 5) + "/compare")).isEqualTo(cost);
    }

    private long statementsFor(String path) throws Exception {
        // a change to the content, though nothing changes: what the pages kept is read afresh
        jdbc.update("update partnership set name = name where name = ?", SyntheticDataset.PARTNERSHIP);
        return statements.of(() -> {
            MvcResult result = mvc.perform(get(path).with(user("admin").roles("ADMIN"))).andReturn();
            assertThat(result.getResponse().getStatus()).as("GET %s: %s", path, result.getResolvedException())
                    .isEqualTo(200);
        });
    }
}
