package uk.partnershipplans.portal.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;

/**
 * A plan year of its own (in a plan of its own, of the demo partnership, removed afterwards) taken through its life on its sign-off page: approved by the board with the body, the day and
 * the decision; published by an admin only; read-only while published, for board members and admins alike; reopened
 * with a reason kept in its history; and every step refused with a message on the form, what was typed kept, when its
 * fields are wrong or the year no longer stands where the step starts.
 */
@IntegrationTest
class LifecycleTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final RequestPostProcessor BOARD = user("board").roles("BOARD");
    private static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long plan;
    private long year;
    private long priority;

    @BeforeEach
    void aDraftYearOfItsOwn() {
        long partnership = DemoData.partnership(jdbc).iterator().next();
        String label = "Lifecycle " + System.nanoTime() % 1_000_000_000;
        plan = jdbc.queryForObject("insert into plan (partnership_id, title, start_year, end_year, status)"
                + " values (?, ?, 2016, 2019, 'DRAFT') returning id", Long.class, partnership, label + " plan");
        year = jdbc.queryForObject("insert into plan_year (plan_id, label, start_date, end_date) values (?, ?,"
                + " date '2016-04-01', date '2017-03-31') returning id", Long.class, plan, label);
        priority = jdbc.queryForObject("insert into priority (plan_year_id, number, title, position) values (?, '1',"
                + " 'Keep children safe', 1) returning id", Long.class, year);
    }

    /** Takes the plan away again: other tests count the demo partnership's plans. */
    @AfterEach
    void removeThePlan() {
        jdbc.update("delete from priority where plan_year_id = ?", year);
        jdbc.update("delete from plan_year where id = ?", year); // its sign-offs go with it
        jdbc.update("delete from plan where id = ?", plan);
    }

    @Test
    void theBoardApprovesAnAdminPublishesAndThePublishedYearCannotBeChangedUntilReopenedWithAReason() throws Exception {
        Page draft = Page.of(read("/plan-years/" + year + "/sign-off", BOARD));
        assertThat(draft.textOf("year-stage")).startsWith("Draft");
        assertThat(draft.links()).extracting(Page.Link::text).contains("Send the year out for consultation",
                "Approve the year").doesNotContain("Publish the year");
        assertThat(draft.textOf("no-history")).isEqualTo("No steps have been recorded for this year yet.");

        assertThat(send(step("approve", "17", "5", "2014"), BOARD).getRedirectedUrl())
                .isEqualTo("/plan-years/" + year + "/sign-off");
        assertThat(status()).isEqualTo("APPROVED");
        assertThat(jdbc.queryForMap("select approved_on::text as day, approved_by from plan_year where id = ?", year))
                .isEqualTo(Map.of("day", "2014-05-17", "approved_by", "Nottinghamshire Children's Trust Board"));

        assertThat(send(step("publish", "20", "5", "2014"), BOARD).getStatus()).isEqualTo(403);
        assertThat(send(step("publish", "20", "5", "2014"), ADMIN).getRedirectedUrl())
                .isEqualTo("/plan-years/" + year + "/sign-off");
        assertThat(status()).isEqualTo("PUBLISHED");

        Page published = Page.of(read("/plan-years/" + year + "/sign-off", OFFICER));
        assertThat(published.tableRows("#sign-offs")).containsExactly(
                List.of("Approved: from Draft to Approved", "Nottinghamshire Children's Trust Board (board)", "17 May 2014",
                        "Approved the plan for the year.", published.tableRows("#sign-offs").get(0).get(4)),
                List.of("Published: from Approved to Published", "Nottinghamshire Children's Trust Board (board)",
                        "20 May 2014", "Approved the plan for the year.", published.tableRows("#sign-offs").get(1).get(4)));
        assertThat(published.tableRows("#sign-offs").get(0).get(4)).startsWith("By board on ");
        assertThat(published.tableRows("#sign-offs").get(1).get(4)).startsWith("By admin on ");
        assertThat(Page.of(read("/plan-years/" + year, BOARD)).textOf("read-only")).contains("is published");
        assertThat(Page.of(read("/priorities/" + priority, BOARD)).links()).extracting(Page.Link::text)
                .noneSatisfy(link -> assertThat(link).startsWith("Change this priority"));

        String readOnly = "is published, so what its plan says cannot be changed";
        MockHttpServletResponse edit = send(post("/priorities/" + priority + "/edit").param("number", "1")
                .param("title", "Keep every child safe").param("version", "0"), BOARD);
        assertThat(Page.of(edit.getContentAsString()).errorSummary()).extracting(Page.Link::text)
                .anySatisfy(message -> assertThat(message).contains(readOnly));
        assertThat(edit.getContentAsString()).contains("Keep every child safe");
        MockHttpServletResponse added = send(post("/admin/plan-years/" + year + "/priorities/new").param("number", "2")
                .param("title", "Added after publication"), ADMIN);
        assertThat(added.getContentAsString()).contains(readOnly);
        assertThat(jdbc.queryForObject("select title from priority where id = ?", String.class, priority))
                .isEqualTo("Keep children safe");
        assertThat(jdbc.queryForObject("select count(*) from priority where plan_year_id = ?", Long.class, year)).isOne();

        assertThat(send(step("reopen", "1", "6", "2014", ""), ADMIN).getContentAsString())
                .contains("Enter the decision");
        assertThat(send(step("reopen", "1", "6", "2014"), BOARD).getStatus()).isEqualTo(403);
        assertThat(send(post("/plan-years/" + year + "/sign-off/reopen").param("bodyKind", "DELEGATED_OFFICER")
                .param("bodyName", "Service Director, Planning and Performance").param("decidedOn.day", "1")
                .param("decidedOn.month", "6").param("decidedOn.year", "2014")
                .param("decision", "The lead of priority 1 is wrong in the published plan."), ADMIN).getStatus())
                .isEqualTo(302);
        assertThat(status()).isEqualTo("APPROVED");
        assertThat(Page.of(read("/plan-years/" + year + "/sign-off", BOARD)).tableRows("#sign-offs").get(2))
                .startsWith("Reopened: from Published to Approved", "Service Director, Planning and Performance"
                        + " (officer under delegated powers)", "1 June 2014",
                        "The lead of priority 1 is wrong in the published plan.");
        assertThat(Page.of(read("/priorities/" + priority, BOARD)).links()).extracting(Page.Link::text)
                .anySatisfy(link -> assertThat(link).startsWith("Change this priority"));
        assertThat(send(post("/priorities/" + priority + "/edit").param("number", "1")
                .param("title", "Keep every child safe").param("version", "0"), BOARD).getStatus()).isEqualTo(302);
    }

    @Test
    void aStepWithWrongFieldsOrFromWhereTheYearNoLongerStandsIsRefusedOnTheFormKeepingWhatWasTyped() throws Exception {
        MockHttpServletResponse blank = send(post("/plan-years/" + year + "/sign-off/consult")
                .param("bodyName", "Children's Trust Board"), BOARD);
        Page page = Page.of(blank.getContentAsString());
        assertThat(page.errorSummary()).extracting(Page.Link::text).containsExactly("Choose which kind of body decided",
                "Enter the day of the decision", "Enter the decision");
        assertThat(page.value("bodyName")).isEqualTo("Children's Trust Board");

        MockHttpServletResponse future = send(step("consult", "1", "1", "2099"), BOARD);
        assertThat(Page.of(future.getContentAsString()).errorSummary()).extracting(Page.Link::text)
                .containsExactly("The day of the decision must be today or in the past");
        assertThat(status()).isEqualTo("DRAFT");

        assertThat(send(step("consult", "10", "3", "2014"), BOARD).getStatus()).isEqualTo(302);
        MockHttpServletResponse earlier = send(step("approve", "9", "3", "2014"), BOARD);
        assertThat(Page.of(earlier.getContentAsString()).errorSummary()).extracting(Page.Link::text)
                .containsExactly("The day of the decision must be on or after the day of the year’s last step, 10 March 2014");
        assertThat(send(step("approve", "17", "5", "2014"), BOARD).getStatus()).isEqualTo(302);

        MockHttpServletResponse again = send(step("consult", "18", "5", "2014"), BOARD);
        assertThat(Page.of(again.getContentAsString()).errorSummary()).extracting(Page.Link::text).singleElement()
                .satisfies(message -> assertThat(message).startsWith("Plan year Lifecycle").contains("is now Approved"));
        assertThat(status()).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select count(*) from plan_year_sign_off where plan_year_id = ?", Long.class, year))
                .isEqualTo(2);
        assertThat(mvc.perform(get("/plan-years/" + year + "/sign-off/approve").with(OFFICER)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    private MockHttpServletRequestBuilder step(String step, String day, String month, String yearOfDecision) {
        return step(step, day, month, yearOfDecision, "Approved the plan for the year.");
    }

    private MockHttpServletRequestBuilder step(String step, String day, String month, String yearOfDecision,
            String decision) {
        return post("/plan-years/" + year + "/sign-off/" + step).param("bodyKind", "BOARD")
                .param("bodyName", "Nottinghamshire Children's Trust Board").param("decidedOn.day", day)
                .param("decidedOn.month", month).param("decidedOn.year", yearOfDecision)
                .param("decision", decision);
    }

    private String status() {
        return jdbc.queryForObject("select status from plan_year where id = ?", String.class, year);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor caller) throws Exception {
        return mvc.perform(request.with(caller).with(csrf())).andReturn().getResponse();
    }

    private String read(String path, RequestPostProcessor caller) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(caller)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
