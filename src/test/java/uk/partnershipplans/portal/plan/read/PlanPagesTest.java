package uk.partnershipplans.portal.plan.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static uk.partnershipplans.portal.support.DemoData.PLAN_2011;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;

/** Who may read the plan pages, who is offered the links to change them, unknown ids, and narrative shown as text. */
@IntegrationTest
@Transactional
class PlanPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRoleMayReadThePlanPages() throws Exception {
        long priority = priority31();
        for (String role : new String[] {"BOARD", "OFFICER", "ADMIN"}) {
            mvc.perform(get("/plans").with(user("x").roles(role))).andExpect(status().isOk()).andExpect(view().name("plan/plans"))
                    .andExpect(content().string(containsString(PLAN_2011)));
            mvc.perform(get("/priorities/" + priority).with(user("x").roles(role))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Why this matters")));
        }
    }

    @Test
    void boardMembersAndAdminsAreOfferedTheChangeLinksAndOfficersAreNot() throws Exception {
        long priority = priority31();
        long action = jdbc.queryForObject("select a.id from plan_action a where a.text = ?", Long.class,
                "Support the embedding of the MASH");
        for (String role : new String[] {"BOARD", "ADMIN"}) {
            mvc.perform(get("/priorities/" + priority).with(user("x").roles(role)))
                    .andExpect(Page.linkTo("/priorities/" + priority + "/edit"));
            mvc.perform(get("/actions/" + action).with(user("x").roles(role)))
                    .andExpect(Page.linkTo("/actions/" + action + "/edit"));
        }
        mvc.perform(get("/priorities/" + priority).with(user("o").roles("OFFICER")))
                .andExpect(content().string(not(containsString("/edit\""))))
                .andExpect(content().string(not(containsString("Change this priority"))));
        mvc.perform(get("/actions/" + action).with(user("o").roles("OFFICER")))
                .andExpect(content().string(not(containsString("/edit\""))));
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        for (String path : new String[] {"/plans/987654321", "/plan-years/987654321", "/plan-years/987654321/actions",
                "/plan-years/987654321/indicators", "/priorities/987654321", "/actions/987654321", "/indicators/987654321",
                "/plans/not-a-number", "/priorities/12345678901234567890"}) {
            mvc.perform(get(path).with(user("b").roles("BOARD"))).andExpect(status().isNotFound());
        }
    }

    @Test
    void markupInANarrativeIsShownAsTextNeverRunAsHtml() throws Exception {
        long priority = priority31();
        jdbc.update("insert into priority_section (priority_id, position, heading, body) values (?, 99, ?, ?)", priority,
                "Notes <b>in bold</b>", "<script>alert('narrative')</script>\n\n- <img src=x onerror=alert(1)>\n- plain item");
        jdbc.update("update priority set lead_responsibility = ? where id = ?", "<script>alert('lead')</script>", priority);
        jdbc.update("insert into priority_link (priority_id, position, title, url) values (?, 99, ?, ?)", priority,
                "A <i>tricky</i> link", "https://example.org/?q=\"><script>alert('link')</script>");

        mvc.perform(get("/priorities/" + priority).with(user("b").roles("BOARD")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Notes &lt;b&gt;in bold&lt;/b&gt;"),
                        containsString("&lt;script&gt;alert(&#39;narrative&#39;)&lt;/script&gt;"),
                        containsString("<li>&lt;img src=x onerror=alert(1)&gt;</li>"),
                        containsString("<li>plain item</li>"),
                        containsString("&lt;script&gt;alert(&#39;lead&#39;)&lt;/script&gt;"),
                        containsString("A &lt;i&gt;tricky&lt;/i&gt; link"))))
                .andExpect(content().string(allOf(
                        not(containsString("<script>alert")),
                        not(containsString("<img src=x")),
                        not(containsString("<b>in bold")))));
        jdbc.update("delete from priority_section where priority_id = ? and position = 99", priority);
        jdbc.update("delete from priority_link where priority_id = ? and position = 99", priority);
    }

    @Test
    void theDatabaseRefusesALinkThatIsNotAWebAddress() {
        assertThatThrownBy(() -> jdbc.update("insert into priority_link (priority_id, position, title, url) values (?, 98, ?, ?)",
                priority31(), "A script link", "javascript:alert('link')"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void thePlanYearListsItsPrioritiesWithTheirActionAndIndicatorCounts() throws Exception {
        mvc.perform(get("/plan-years/" + year2013()).with(user("b").roles("BOARD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Improve the effectiveness of services for disabled children")))
                .andExpect(Page.linkTo("/plan-years/" + year2013() + "/actions"))
                .andExpect(Page.linkTo("/plan-years/" + year2013() + "/indicators"));
    }

    private long plan2011() {
        return jdbc.queryForObject("select id from plan where title = ?", Long.class, PLAN_2011);
    }

    private long year2013() {
        return DemoData.year2013(jdbc);
    }

    private long priority31() {
        return jdbc.queryForObject("select id from priority where plan_year_id = ? and number = '3.1'", Long.class, year2013());
    }
}
