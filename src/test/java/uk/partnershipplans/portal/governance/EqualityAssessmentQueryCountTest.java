package uk.partnershipplans.portal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
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
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * An equality impact assessment's page and documents cost a fixed number of SQL statements however many parts, rows
 * and actions it has: the demo plan's (one part, seven rows, no action) and a large one (four parts, every
 * characteristic in each, eight actions in each) cost the same.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it adds a large assessment to the demo plan
class EqualityAssessmentQueryCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private Statistics statistics;

    @BeforeEach
    void readStatistics() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        // Switched on here only, rather than by a property, so that the test shares its Spring context
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopStatistics() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void theAssessmentsPageCostsTheSameForASmallAndALargeAssessment() throws Exception {
        long demo = jdbc.queryForObject("select id from equality_assessment where plan_year_id = ?", Long.class,
                DemoData.year2013(jdbc));
        long large = largeAssessment();

        long statements = statementsFor("/equality-assessments/" + demo);
        assertThat(statements).isPositive().isLessThanOrEqualTo(6);
        assertThat(statementsFor("/equality-assessments/" + large)).isEqualTo(statements);
        assertThat(statementsFor("/equality-assessments/" + large + ".docx")).isEqualTo(statements);
    }

    private long largeAssessment() {
        long plan = jdbc.queryForObject("select id from plan where title = ?", Long.class, DemoData.PLAN_2011);
        long assessment = jdbc.queryForObject("insert into equality_assessment (plan_id, subject) values (?, ?) returning id",
                Long.class, plan, "A large assessment");
        List<Long> characteristics = jdbc.queryForList("select id from protected_characteristic where partnership_id is null",
                Long.class);
        for (int p = 1; p <= 4; p++) {
            long part = jdbc.queryForObject("insert into equality_assessment_part (assessment_id, position, title, summary,"
                    + " outcome) values (?, ?, ?, 'A summary', 'ADJUST') returning id", Long.class, assessment, p, "Part " + p);
            for (Long characteristic : characteristics) {
                jdbc.update("insert into equality_assessment_row (part_id, characteristic_id, positive_impact, evidence)"
                        + " values (?, ?, 'Yes', 'Evidence')", part, characteristic);
            }
            for (int a = 1; a <= 8; a++) {
                jdbc.update("insert into equality_assessment_action (part_id, position, text, lead, due_on)"
                        + " values (?, ?, ?, 'A lead', date '2014-03-31')", part, a, "Action " + a);
            }
        }
        return assessment;
    }

    private long statementsFor(String path) throws Exception {
        statistics.clear();
        MvcResult result = mvc.perform(get(path).with(user("board").roles("BOARD"))).andReturn();
        assertThat(result.getResponse().getStatus()).as("GET %s: %s", path, result.getResolvedException()).isEqualTo(200);
        return statistics.getPrepareStatementCount();
    }
}
