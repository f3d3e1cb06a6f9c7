package uk.partnershipplans.portal.refresh.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;
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
import uk.partnershipplans.portal.support.StatementCount;
import uk.partnershipplans.portal.support.SyntheticDataset;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * Two years side by side cost a fixed number of SQL statements whatever the years hold and however many years the
 * partnership has: the demo's 2012-13 and 2013-14 (a partnership of three years) cost the same as two years of the
 * large synthetic dataset (a partnership of twenty, each year with 10 priorities, 100 actions and 25 indicators of 40
 * values). The content's version is moved on before each reading, so that nothing kept (by this test or another) spares
 * a statement.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it adds the synthetic dataset
class CompareQueryCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private StatementCount statements;

    @BeforeEach
    void countStatements(@Autowired DataSource dataSource) {
        SyntheticDataset.loadInto(dataSource);
        statements = StatementCount.on(entityManagerFactory);
    }

    @AfterEach
    void stopCounting() {
        statements.off();
    }

    @Test
    void theComparisonCostsTheSameForSmallAndLargeYearsAndPartnerships() throws Exception {
        long year2012 = jdbc.queryForObject("select y.id from plan_year y join plan p on p.id = y.plan_id"
                + " where p.title = ? and y.label = '2012-13'", Long.class, DemoData.PLAN_2011);
        long cost = statementsFor("/plan-years/" + DemoData.year2013(jdbc) + "/compare?with=" + year2012);
        // each year read whole and its statuses worked out as the dashboard's, the partnership's years and the lineage
        assertThat(cost).isPositive().isLessThanOrEqualTo(30);
        assertThat(statementsFor("/plan-years/" + SyntheticDataset.year(jdbc, 20) + "/compare?with="
                + SyntheticDataset.year(jdbc, 1))).isEqualTo(cost);
        assertThat(statementsFor("/plan-years/" + SyntheticDataset.year(jdbc, 2) + "/compare?with="
                + SyntheticDataset.year(jdbc, 19))).isEqualTo(cost);
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
