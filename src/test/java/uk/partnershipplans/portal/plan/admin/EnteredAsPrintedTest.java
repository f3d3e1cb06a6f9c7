package uk.partnershipplans.portal.plan.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.SecondPartnership;

/**
 * A second partnership's records entered through the admin pages show back as entered: the partnership's chair, vision
 * and parent; objectives numbered "(1)" to "(16)", listed in order; a seat marked vacant and one not named; a year's
 * status and approval; the priority that serves an objective.
 */
@IntegrationTest
class EnteredAsPrintedTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPartnershipKeepsItsChairVisionAndParentAndRefusesACircle() throws Exception {
        SecondPartnership city = SecondPartnership.in(jdbc);
        long id = city.id("partnerships");
        long demo = jdbc.queryForObject("select min(id) from partnership where id <> ?", Long.class, id);
        assertThat(send(post("/admin/partnerships/" + id + "/edit").param("name", SecondPartnership.NAME)
                .param("chair", "Councillor A. Example, Lead Member for Children").param("vision", "Every child:\n- safe\n  - at home\n- healthy")
                .param("parentId", String.valueOf(demo)).param("version", version("partnership", id))).getStatus())
                .isEqualTo(302);
        String page = get("/partnerships/" + id, user(SecondPartnership.BOARD).roles("BOARD"));
        assertThat(page).contains("Councillor A. Example, Lead Member for Children", "Nottinghamshire Children&#39;s Trust");
        assertThat(Page.of(page).text("main ul ul li")).isEqualTo("at home");
        assertThat(Page.of(get("/admin/partnerships/" + id + "/history", ADMIN)).text("main"))
                .as("the parent named, not its id").contains("Sits within", "Nottinghamshire Children's Trust", "Chair");

        // The demo partnership cannot then sit within the second: that would be a circle
        MockHttpServletResponse circle = send(post("/admin/partnerships/" + demo + "/edit")
                .param("name", "Nottinghamshire Children's Trust").param("parentId", String.valueOf(id))
                .param("version", version("partnership", demo)));
        assertThat(circle.getStatus()).isEqualTo(200);
        assertThat(circle.getContentAsString()).contains("Choose a partnership from the list: not this one");
        assertThat(jdbc.queryForObject("select parent_id from partnership where id = ?", Long.class, demo)).isNull();
        assertThat(send(post("/admin/partnerships/" + demo + "/delete").param("version", version("partnership", demo)))
                .getContentAsString()).contains("1 partnership within it");
        jdbc.update("update partnership set parent_id = null where id = ?", id); // the other tests' partnerships stand apart
    }

    @Test
    void objectivesNumberedAsPrintedAreListedInNaturalOrder() throws Exception {
        SecondPartnership city = SecondPartnership.in(jdbc);
        long strategic = city.id("strategic-objectives");
        for (int n : List.of(10, 2, 16, 9)) {
            MockHttpServletResponse added = send(post("/admin/strategic-objectives/" + strategic
                    + "/operational-objectives/new").param("number", "(" + n + ")").param("title", "Objective " + n));
            assertThat(added.getStatus()).as("(%d) accepted", n).isEqualTo(302);
        }
        String plan = get("/plans/" + city.id("plans"), ADMIN);
        assertThat(plan.indexOf("(1) Test City operational objective")).isLessThan(plan.indexOf("(2) Objective 2"));
        assertThat(plan.indexOf("(2) Objective 2")).isLessThan(plan.indexOf("(9) Objective 9"));
        assertThat(plan.indexOf("(9) Objective 9")).isLessThan(plan.indexOf("(10) Objective 10"));
        assertThat(plan.indexOf("(10) Objective 10")).isLessThan(plan.indexOf("(16) Objective 16"));
        assertThat(plan).as("the objective lists the priority that serves it").contains(SecondPartnership.PRIORITY);
        long tenth = jdbc.queryForObject("select id from operational_objective where number = '(10)' and"
                + " strategic_objective_id = ?", Long.class, strategic);
        assertThat(get("/admin/operational-objectives/" + tenth + "/history", ADMIN)).contains("Objective 10", "admin");
        assertThat(get("/admin/strategic-objectives/" + strategic + "/history", ADMIN))
                .as("a strategic objective's history takes in the operational objectives under it").contains("Objective 16");
        assertThat(get("/priorities/" + city.id("priorities"), ADMIN))
                .contains("Serves operational objective (1) Test City operational objective, under strategic objective"
                        + " SO1 Test City strategic objective.");
        assertThat(send(post("/admin/strategic-objectives/" + strategic + "/operational-objectives/new")
                .param("number", "1 2").param("title", "Spaced")).getContentAsString())
                .contains("Number must be letters and digits as the plan prints them");
    }

    @Test
    void whatThePlanSaysIsEnteredSectionBySectionAndKeptInItsHistory() throws Exception {
        SecondPartnership city = SecondPartnership.in(jdbc);
        long plan = city.id("plans");
        assertThat(send(post("/admin/plans/" + plan + "/plan-sections/new").param("number", "2")
                .param("title", "How the plan is reviewed")
                .param("description", "Every year the board:\n- reviews progress\n  - at its March meeting\n- refreshes the plan"))
                .getStatus()).isEqualTo(302);
        String page = get("/plans/" + plan, user(SecondPartnership.BOARD).roles("BOARD"));
        assertThat(page.indexOf("About the Test City partnership")).isLessThan(page.indexOf("How the plan is reviewed"));
        assertThat(page).contains("<li>reviews progress<ul", "<li>at its March meeting</li>");
        assertThat(get("/plans/" + plan + "/history", user(SecondPartnership.BOARD).roles("BOARD")))
                .contains("How the plan is reviewed", "admin");
        assertThat(send(post("/admin/plans/" + plan + "/plan-sections/new").param("number", "2").param("title", "Twice"))
                .getContentAsString()).contains("Section 2 is already How the plan is reviewed");
    }

    @Test
    void theWorkAPlanSupportsAndTheDocumentsItRefersToShowAsEntered() throws Exception {
        SecondPartnership city = SecondPartnership.in(jdbc);
        long plan = city.id("plans");
        assertThat(send(post("/admin/plans/" + plan + "/initiatives/new").param("title", "Test City Youth Justice Plan")
                .param("lead", "Test City Youth Offending Team").param("accountablePartnership", "Test City Safer Partnership")
                .param("support", "The partnership:\n- shares data\n- joins its reviews")).getStatus()).isEqualTo(302);
        assertThat(send(post("/admin/plans/" + plan + "/references/new").param("title", "Test City Joint Strategic Needs Assessment")
                .param("dated", "2013-14").param("url", "https://www.example.org.uk/jsna")).getStatus()).isEqualTo(302);
        MockHttpServletResponse badAddress = send(post("/admin/plans/" + plan + "/references/new").param("title", "Typed")
                .param("url", "www.example.org.uk"));
        assertThat(badAddress.getContentAsString()).contains("Enter a web address starting with http:// or https://",
                "value=\"Typed\"");

        long partner = city.id("plan-partners");
        assertThat(send(post("/admin/plans/" + plan + "/plan-partners/" + partner + "/edit").param("category", "RELEVANT_PARTNER")
                .param("qualifier", "including children and families services and public health")
                .param("version", version("plan_partner", partner))).getStatus()).isEqualTo(302);
        assertThat(send(post("/admin/plans/" + plan + "/plan-partners/new").param("category", "OTHER_PARTNER")
                .param("organisationId", String.valueOf(city.id("partners")))).getContentAsString())
                .contains("The plan names this organisation already");

        String page = get("/plans/" + plan, user(SecondPartnership.BOARD).roles("BOARD"));
        assertThat(page).contains("Test City Authority, including children and families services and public health");
        assertThat(page).contains("Test City Youth Justice Plan", "Lead: Test City Youth Offending Team",
                "Accountable to: Test City Safer Partnership", "<li>shares data</li>",
                "href=\"https://www.example.org.uk/jsna\">Test City Joint Strategic Needs Assessment</a> (2013-14)");
        assertThat(Page.of(get("/plans/" + plan + "/history", ADMIN)).text("main")).contains("Test City Youth Justice Plan",
                "Test City Joint Strategic Needs Assessment", "Partner Test City Authority",
                "including children and families services and public health");
    }

    @Test
    void anActionOffersOnlyTheAmbitionsOfTheFrameworksItsPlanWorksTowards() throws Exception {
        SecondPartnership city = SecondPartnership.in(jdbc);
        long plan = city.id("plans");
        String action = "/actions/" + city.id("actions") + "/edit";
        long demoFramework = jdbc.queryForObject("select min(id) from external_framework where partnership_id <> ?",
                Long.class, city.id("partnerships"));
        MockHttpServletRequestBuilder edit = post("/admin/plans/" + plan + "/edit").param("title", SecondPartnership.PLAN)
                .param("startYear", "2013").param("endYear", "2016").param("status", "PUBLISHED");
        assertThat(send(edit.param("frameworkIds", String.valueOf(demoFramework)).param("version", version("plan", plan)))
                .getContentAsString()).contains("Choose only frameworks of the plan&#39;s partnership");
        assertThat(get(action, ADMIN)).doesNotContain("Test City ambition");

        assertThat(send(post("/admin/plans/" + plan + "/edit").param("title", SecondPartnership.PLAN).param("startYear", "2013")
                .param("endYear", "2016").param("status", "PUBLISHED").param("frameworkIds", String.valueOf(city.id("frameworks")))
                .param("version", version("plan", plan))).getStatus()).isEqualTo(302);
        assertThat(get(action, ADMIN)).contains("Test City ambition (" + SecondPartnership.FRAMEWORK + ")");
        assertThat(get("/plans/" + plan, ADMIN)).contains(SecondPartnership.FRAMEWORK);
    }

    @Test
    void onlyASeatMarkedVacantSaysVacantAndNobodyIsNamedInOne() throws Exception {
        SecondPartnership city = SecondPartnership.in(jdbc);
        String group = "/admin/partnerships/" + city.id("partnerships") + "/groups/" + city.id("groups");
        MockHttpServletResponse named = send(post(group + "/members/new").param("role", "Member for health")
                .param("personName", "Dr B. Example").param("vacant", "true"));
        assertThat(named.getContentAsString()).contains("A vacant seat has nobody in it");
        assertThat(jdbc.queryForObject("select count(*) from group_member where role = 'Member for health'",
                Integer.class)).isZero();
        assertThat(send(post(group + "/members/new").param("role", "Member for health").param("vacant", "true"))
                .getStatus()).isEqualTo(302);
        String page = get(group, ADMIN).replaceAll("\\s+", " ");
        assertThat(page).contains("Member for health</th> <td class=\"govuk-table__cell\">Vacant</td>")
                .contains("Member for schools</th> <td class=\"govuk-table__cell\">Not named in the documents</td>");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(ADMIN).with(csrf())).andReturn().getResponse();
    }

    private String get(String path, RequestPostProcessor caller) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(caller)).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private String version(String table, long id) {
        return String.valueOf(jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id));
    }
}
