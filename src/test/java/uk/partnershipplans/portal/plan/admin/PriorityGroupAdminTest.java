package uk.partnershipplans.portal.plan.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.partnershipplans.portal.support.DemoData.PLAN_2011;
import static uk.partnershipplans.portal.support.DemoData.PLAN_2014;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;

/** Admins put priorities of a year under one heading, as its tables print them; each request's changes are rolled back. */
@IntegrationTest
@Transactional
class PriorityGroupAdminTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theYearsPageListsTheHeadingsOfTheDemoYear() throws Exception {
        Page page = page("/admin/plan-years/" + year(PLAN_2011, "2013-14"));
        assertThat(page.text("#priority-groups-table tbody")).startsWith("3.1, 3.4, 3.5, 3.6 Implement Nottinghamshire's "
                + "Early Intervention and Prevention Strategy, including:");
        assertThat(page.linksTo("Put priorities under one heading")).hasSize(1);
    }

    @Test
    void anAdminPutsTwoPrioritiesUnderOneHeadingAndTheTablesShowIt() throws Exception {
        long year = year(PLAN_2014, "2014-16");
        long first = priority(year, "3.1");
        long second = priority(year, "3.2");
        int servingEither = count("select count(distinct action_id) from action_priority where priority_id in (?, ?)", first,
                second);
        assertThat(page("/admin/plan-years/" + year).textOf("priority-groups-none"))
                .isEqualTo("No priorities of this year share a heading: each has a column of its own.");

        mvc.perform(form("/admin/plan-years/" + year + "/priority-groups/new", first, second)
                        .param("actionsHeading", "A good start and safe families").param("footnote", "* Both priorities"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/plan-years/" + year + "#priority-groups"));

        assertThat(jdbc.queryForMap("select actions_heading, indicators_heading, footnote from priority_group where plan_year_id = ?",
                year)).containsEntry("actions_heading", "A good start and safe families")
                .as("blank: the same as the actions' heading").containsEntry("indicators_heading", "A good start and safe families")
                .containsEntry("footnote", "* Both priorities");
        assertThat(List.of(count("select count(*) from action_priority where priority_id = ?", first),
                count("select count(*) from action_priority where priority_id = ?", second)))
                .as("every action serving either priority now serves both").containsExactly(servingEither, servingEither);
        Page matrix = page("/plan-years/" + year + "/actions");
        assertThat(matrix.texts("thead th .portal-column-number")).contains("3.1 and 3.2").doesNotContain("3.1");
        assertThat(matrix.text(".portal-footnote")).isEqualTo("* Both priorities");
    }

    @Test
    void aHeadingNeedsTwoPrioritiesOfTheYearNotUnderAnotherHeadingAndTheFormKeepsWhatWasTyped() throws Exception {
        long year2013 = year(PLAN_2011, "2013-14");
        Page tooFew = Page.of(mvc.perform(form("/admin/plan-years/" + year2013 + "/priority-groups/new", priority(year2013, "3.2"))
                        .param("actionsHeading", "Safeguarding alone"))
                .andExpect(status().isOk()).andReturn());
        assertThat(tooFew.texts(".govuk-error-summary__list a")).containsExactly("Select at least two priorities to put under one heading");
        assertThat(tooFew.text("#actionsHeading")).isEqualTo("Safeguarding alone");

        Page taken = Page.of(mvc.perform(form("/admin/plan-years/" + year2013 + "/priority-groups/new",
                        priority(year2013, "3.5"), priority(year2013, "3.7")).param("actionsHeading", "Achievement and wellbeing"))
                .andExpect(status().isOk()).andReturn());
        assertThat(taken.texts(".govuk-error-summary__list a").get(0)).startsWith("Priority 3.5 is already under the heading");

        long year2014 = year(PLAN_2014, "2014-16");
        Page blank = Page.of(mvc.perform(form("/admin/plan-years/" + year2013 + "/priority-groups/new",
                        priority(year2013, "3.2"), priority(year2014, "3.1")).param("actionsHeading", " "))
                .andExpect(status().isOk()).andReturn());
        assertThat(blank.texts(".govuk-error-summary__list a"))
                .contains("Enter the heading as the summary of actions words it");
        assertThat(count("select count(*) from priority_group where plan_year_id = ?", year2013)).isEqualTo(1);
    }

    @Test
    void removingAHeadingAsksFirstAndLeavesThePrioritiesTheirOwnColumns() throws Exception {
        long year = year(PLAN_2011, "2013-14");
        long group = jdbc.queryForObject("select id from priority_group where plan_year_id = ?", Long.class, year);
        Page confirm = page("/admin/plan-years/" + year + "/priority-groups/" + group + "/delete");
        assertThat(confirm.text("main")).contains("Each priority gets a column of its own again.");
        mvc.perform(post("/admin/plan-years/" + year + "/priority-groups/" + group + "/delete").with(csrf()).with(ADMIN)
                .param("version", "0")).andExpect(status().isFound());
        assertThat(count("select count(*) from priority_group where plan_year_id = ?", year)).isZero();
        assertThat(page("/plan-years/" + year + "/actions").texts("thead th .portal-column-number"))
                .contains("3.1", "3.4", "3.5", "3.6");
    }

    @Test
    void aHeadingAskedForUnderAnotherYearIsNotFound() throws Exception {
        long year = year(PLAN_2011, "2013-14");
        long otherYear = year(PLAN_2014, "2014-16");
        long group = jdbc.queryForObject("select id from priority_group where plan_year_id = ?", Long.class, year);
        for (String page : List.of("/edit", "/delete")) {
            mvc.perform(get("/admin/plan-years/" + otherYear + "/priority-groups/" + group + page).with(ADMIN))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/admin/plan-years/" + otherYear + "/priority-groups/" + group + "/delete").with(csrf())
                .with(ADMIN).param("version", "0")).andExpect(status().isNotFound());
        assertThat(count("select count(*) from priority_group where id = ?", group)).isOne();
    }

    private MockHttpServletRequestBuilder form(String path, long... priorities) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(ADMIN);
        for (long priority : priorities) {
            request.param("priorityIds", String.valueOf(priority));
        }
        return request;
    }

    private Page page(String path) throws Exception {
        return Page.of(mvc.perform(get(path).with(ADMIN)).andExpect(status().isOk()).andReturn());
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private long year(String plan, String label) {
        return jdbc.queryForObject("select y.id from plan_year y join plan p on p.id = y.plan_id where p.title = ? and y.label = ?",
                Long.class, plan, label);
    }

    private long priority(long year, String number) {
        return jdbc.queryForObject("select id from priority where plan_year_id = ? and number = ?", Long.class, year, number);
    }
}
