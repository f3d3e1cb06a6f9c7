package uk.partnershipplans.portal.refresh.next;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * A year's change log costs a fixed number of SQL statements however many changes it has: a small refresh (about
 * twenty changes) and a large one (over two hundred) cost the same, and a year started from no other costs no more.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it adds plans
class ChangeLogQueryCountTest {

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
    void theChangeLogCostsTheSameForASmallAndALargeRefresh() throws Exception {
        SmallYear small = SmallYear.create(jdbc);
        SmallYear large = SmallYear.create(jdbc);
        for (int a = 10; a < 110; a++) {
            long action = jdbc.queryForObject("insert into plan_action (plan_year_id, number, text, position) values (?, ?, ?, ?)"
                    + " returning id", Long.class, large.yearId(), String.valueOf(a), "Extra action " + a, a);
            jdbc.update("insert into action_priority (action_id, priority_id) values (?, ?)", action, large.p1());
            jdbc.update("insert into milestone (priority_id, action_id, position, text) values (?, ?, ?, ?)", large.p1(),
                    action, a, "Milestone of extra action " + a);
        }
        long smallNext = start(small);
        long largeNext = start(large);
        assertThat(jdbc.queryForObject("select count(*) from plan_refresh_change c join plan_refresh r on r.id = c.refresh_id"
                + " where r.to_year_id = ?", Integer.class, largeNext)).isGreaterThan(200);

        long statements = statementsFor("/plan-years/" + smallNext + "/changes");
        assertThat(statements).isPositive().isLessThanOrEqualTo(4);
        assertThat(statementsFor("/plan-years/" + largeNext + "/changes")).isEqualTo(statements);
        assertThat(statementsFor("/plan-years/" + small.yearId() + "/changes")).isLessThanOrEqualTo(statements);
    }

    private long start(SmallYear year) throws Exception {
        MockHttpServletRequestBuilder request = post("/plan-years/" + year.yearId() + "/next-year")
                .with(user("admin").roles("ADMIN")).with(csrf());
        Page form = Page.of(mvc.perform(get("/plan-years/" + year.yearId() + "/next-year")
                .with(user("admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString());
        form.form("form[action$='/next-year']").fields().forEach(field -> request.param(field.getKey(), field.getValue()));
        MockHttpServletResponse response = mvc.perform(request.param("step", "confirm")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return Long.parseLong(response.getRedirectedUrl().substring("/plan-years/".length()));
    }

    private long statementsFor(String path) throws Exception {
        statistics.clear();
        MvcResult result = mvc.perform(get(path).with(user("officer").roles("OFFICER"))).andReturn();
        assertThat(result.getResponse().getStatus()).as("GET %s: %s", path, result.getResolvedException()).isEqualTo(200);
        return statistics.getPrepareStatementCount();
    }
}
