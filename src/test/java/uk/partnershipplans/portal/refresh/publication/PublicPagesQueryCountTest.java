package uk.partnershipplans.portal.refresh.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.partnershipplans.portal.support.IntegrationTest;

/**
 * A published year's public pages are served from what was kept at publication: a year with one priority and a year
 * with thirty, each with their actions and indicators, cost the same fixed number of SQL statements.
 */
@IntegrationTest
class PublicPagesQueryCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Publications publications;

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
    void theYearsPagesCostTheSameForASmallAndALargeYear() throws Exception {
        PublicFixture small = published(0);
        PublicFixture large = published(29);

        long statements = statementsFor("/public/plan-years/" + small.year);
        assertThat(statements).isPositive().isLessThanOrEqualTo(4);
        assertThat(statementsFor("/public/plan-years/" + large.year)).isEqualTo(statements);
        for (String page : new String[] {"/actions", "/indicators", "/equality", "/priorities/"}) {
            String smallPage = page.equals("/priorities/") ? page + small.priority : page;
            String largePage = page.equals("/priorities/") ? page + large.priority : page;
            assertThat(statementsFor("/public/plan-years/" + large.year + largePage)).as(page)
                    .isEqualTo(statementsFor("/public/plan-years/" + small.year + smallPage)).isEqualTo(statements);
        }
    }

    private PublicFixture published(int morePriorities) {
        PublicFixture fixture = PublicFixture.make(jdbc);
        fixture.grow(morePriorities);
        fixture.standAt(fixture.year, "PUBLISHED");
        publications.publish(fixture.year, "admin");
        return fixture;
    }

    private long statementsFor(String path) throws Exception {
        statistics.clear();
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as("GET %s: %s", path, result.getResolvedException()).isEqualTo(200);
        return statistics.getPrepareStatementCount();
    }
}
