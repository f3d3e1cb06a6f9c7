package uk.partnershipplans.portal.status;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;

/** Who may open the status pages, what they show on the demo data, and where they are linked from. */
@IntegrationTest
class StatusPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everySignedInRoleReadsTheHelpPageAndTheSummary() throws Exception {
        for (String role : new String[] {"BOARD", "OFFICER", "ADMIN"}) {
            mvc.perform(get("/help/status").with(user("x").roles(role)))
                    .andExpect(status().isOk()).andExpect(view().name("help/status"))
                    .andExpect(content().string(allOf(containsString("How statuses are worked out"),
                            containsString("its target date has passed (it is before today) and it is not completed"),
                            containsString("which is now 5% and which admins set"),
                            containsString("at least one in 3 of those rated is red"),
                            not(containsString("??")))));
            mvc.perform(get("/plan-years/" + year2013() + "/summary").with(user("x").roles(role)))
                    .andExpect(status().isOk()).andExpect(view().name("status/summary"))
                    .andExpect(content().string(allOf(containsString("Progress summary: 2013-14"),
                            containsString("0 of the 17 actions are completed or on schedule."),
                            containsString("Of the 10 indicators where comparison information is available, 7 exceed the "
                                    + "national average and 3 fall short of it."),
                            containsString("Exceed the national average (7)"),
                            containsString("Fall short of the national average (3)"),
                            containsString("Better than the national average"),
                            not(containsString("??")))));
        }
    }

    @Test
    void theSummaryOfAYearThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(get("/plan-years/987654321/summary").with(user("b").roles("BOARD"))).andExpect(status().isNotFound());
        mvc.perform(get("/plan-years/not-a-year/summary").with(user("b").roles("BOARD"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdminsOpenOrSendTheStatusSettings() throws Exception {
        mvc.perform(get("/admin/status-settings").with(user("a").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(view().name("status/admin/settings"))
                .andExpect(Page.fieldHolding("5"));
        for (String role : new String[] {"BOARD", "OFFICER"}) {
            mvc.perform(get("/admin/status-settings").with(user("x").roles(role))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/status-settings").with(user("x").roles(role)).with(csrf())
                    .param("defaultTolerancePercent", "50").param("version", "0")).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin").with(user("a").roles("ADMIN")))
                .andExpect(Page.linkTo("/admin/status-settings"));
    }

    @Test
    void thePlanYearPageLinksToTheSummaryAndTheRules() throws Exception {
        long year = year2013();
        mvc.perform(get("/plan-years/" + year).with(user("o").roles("OFFICER")))
                .andExpect(Page.linkTo("/plan-years/" + year + "/summary")).andExpect(Page.linkTo("/help/status"));
        mvc.perform(get("/plan-years/" + year + "/summary").with(user("o").roles("OFFICER")))
                .andExpect(Page.linkTo("/help/status"));
    }

    private long year2013() {
        return DemoData.year2013(jdbc);
    }
}
