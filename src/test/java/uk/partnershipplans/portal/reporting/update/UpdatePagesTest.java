package uk.partnershipplans.portal.reporting.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.TestDatabase;

/** The update form, its checks, stale saves, the approval and who may do what. */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // approving changes the demo plan
class UpdatePagesTest {

    private static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    private static final RequestPostProcessor OTHER_OFFICER = user("someone-else").roles("OFFICER");
    private static final RequestPostProcessor BOARD = user("board").roles("BOARD");
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    UpdateFixture fixture;

    @Autowired
    void fixture(ApplicationContext context) {
        fixture = new UpdateFixture(context);
    }

    UpdateFixture.Round round;

    /** Rounds, and the updates they asked for, go with each test: the database is shared with other tests. */
    @AfterEach
    void removeRounds() {
        jdbc.update("delete from reporting_round");
    }

    @BeforeEach
    void freshRound() {
        round = fixture.freshRound();
    }

    @Test
    void theAssigneeSeesTheActionFormWithWhereThePlanStands() throws Exception {
        mvc.perform(get(path(round.actionUpdateId())).with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Six-monthly review, March 2014"),
                        containsString("How is the action going?"),
                        containsString("publish the Nottinghamshire Early Help Strategy in autumn 2013: done"),
                        containsString("Target date: 30 November 2013"), containsString("Submit for approval"),
                        not(containsString("??")))))
                .andExpect(Page.expect(page -> assertThat(page.select("input[name=reportedStatus][value=SLIPPING]")).hasSize(1)));
        mvc.perform(get(path(round.indicatorUpdateId())).with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2013/14 annual (to 31 March 2014)"),
                        containsString("Figure for the period"), containsString("Unit: Percentage (0 to 100)"),
                        not(containsString("??")))));
    }

    @Test
    void anOfficerWhoIsNotTheAssigneeIsToldTheUpdateDoesNotExist() throws Exception {
        mvc.perform(get(path(round.actionUpdateId())).with(OTHER_OFFICER)).andExpect(status().isNotFound());
        mvc.perform(actionPost(round.actionUpdateId(), "submit").with(OTHER_OFFICER)).andExpect(status().isNotFound());
        mvc.perform(get(path(round.actionUpdateId()) + "/history").with(OTHER_OFFICER)).andExpect(status().isNotFound());
        assertThat(state(round.actionUpdateId())).isEqualTo("NOT_STARTED");
    }

    @Test
    void boardMembersReadAnUpdateButCannotChangeIt() throws Exception {
        mvc.perform(get(path(round.actionUpdateId())).with(BOARD))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The update"), not(containsString("Submit for approval")),
                        not(containsString("Approve")))));
        mvc.perform(actionPost(round.actionUpdateId(), "submit").with(BOARD)).andExpect(status().isForbidden());
        assertThat(state(round.actionUpdateId())).isEqualTo("NOT_STARTED");
    }

    @Test
    void aBadDateIsRefusedKeepingEverythingTyped() throws Exception {
        mvc.perform(actionPost(round.actionUpdateId(), "submit").with(OFFICER)
                        .param("reportedStatus", "COMPLETED")
                        .param("completedOn.day", "31").param("completedOn.month", "2").param("completedOn.year", "2014")
                        .param("evidence", "Strategy approved by the board")
                        .param("commentary", "Published on time"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Date completed must be a real date"), containsString("Strategy approved by the board"),
                        containsString("Published on time"))))
                .andExpect(Page.fieldHolding("31"));
        assertThat(state(round.actionUpdateId())).isEqualTo("NOT_STARTED");
    }

    @Test
    void aSlippingActionNeedsARevisedDateAndItsReason() throws Exception {
        mvc.perform(actionPost(round.actionUpdateId(), "submit").with(OFFICER).param("reportedStatus", "SLIPPING")
                        .param("revisedTargetDate.day", "30").param("revisedTargetDate.month", "6")
                        .param("revisedTargetDate.year", "2014").param("commentary", "Delayed"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why the target date has moved")));
        mvc.perform(actionPost(round.actionUpdateId(), "submit").with(OFFICER).param("reportedStatus", "SLIPPING")
                        .param("commentary", "Delayed"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the revised target date of an action that is slipping")));
        assertThat(state(round.actionUpdateId())).isEqualTo("NOT_STARTED");
    }

    @Test
    void aLinkMustBeAWebAddress() throws Exception {
        mvc.perform(actionPost(round.actionUpdateId(), "draft").with(OFFICER)
                        .param("links[0].title", "Strategy").param("links[0].url", "javascript:alert(1)"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a web address starting with http:// or https://")));
        assertThat(state(round.actionUpdateId())).isEqualTo("NOT_STARTED");
    }

    @Test
    void aDraftIsKeptAndSubmittingSendsItForApproval() throws Exception {
        mvc.perform(actionPost(round.actionUpdateId(), "draft").with(OFFICER).param("reportedStatus", "ON_TRACK")
                        .param("links[0].title", "Strategy").param("links[0].url", "https://www.example.org/strategy"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(path(round.actionUpdateId())));
        assertThat(state(round.actionUpdateId())).isEqualTo("DRAFT");
        mvc.perform(get(path(round.actionUpdateId())).with(OFFICER))
                .andExpect(content().string(allOf(containsString("https://www.example.org/strategy"),
                        containsString("Draft"))));
        mvc.perform(actionPost(round.actionUpdateId(), "submit", 1).with(OFFICER)
                        .param("reportedStatus", "ON_TRACK").param("commentary", "Going well"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"));
        assertThat(state(round.actionUpdateId())).isEqualTo("SUBMITTED");
        // submitted: no longer editable
        mvc.perform(get(path(round.actionUpdateId())).with(OFFICER))
                .andExpect(content().string(not(containsString("Save as draft"))));
        mvc.perform(actionPost(round.actionUpdateId(), "submit", 2).with(OFFICER)
                        .param("reportedStatus", "SLIPPING").param("commentary", "Changed my mind"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("can no longer be changed")));
    }

    @Test
    void aFigureIsCheckedAgainstTheUnit() throws Exception {
        for (String[] bad : new String[][] {
                {"120", "Figure for the period must be between 0 and 100, as it is a percentage"},
                {"-1", "Figure for the period must be between 0 and 100, as it is a percentage"},
                {"72.55555", "Figure for the period must have no more than 4 decimal places"},
                {"lots", "Figure for the period must be a number, like 85% or 1,200"}}) {
            mvc.perform(indicatorPost(bad[0], "submit").with(OFFICER).param("commentary", "From the NHS return").param("nationalAverage", "47.2"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("There is a problem"), containsString(bad[1]))))
                    .andExpect(Page.fieldHolding(bad[0])).andExpect(Page.fieldHolding("47.2"));
        }
        mvc.perform(indicatorPost("45", "submit").with(OFFICER).param("commentary", "From the NHS return").param("nationalAverage", "200"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "National average for the same period must be between 0 and 100, as it is a percentage")));
        assertThat(state(round.indicatorUpdateId())).isEqualTo("NOT_STARTED");
        mvc.perform(indicatorPost("45.5", "submit").with(OFFICER).param("commentary", "From the NHS return").param("provisional", "true")
                        .param("nationalAverage", "47.2"))
                .andExpect(status().isFound());
        assertThat(state(round.indicatorUpdateId())).isEqualTo("SUBMITTED");
    }

    @Test
    void aFigureIsReadAsTypedWithCommasAndKeepsItsDecimalPlaces() throws Exception {
        jdbc.update("update indicator set unit = 'COUNT' where id = ?", round.indicatorId());
        try {
            mvc.perform(indicatorPost("1,200", "draft").with(OFFICER).param("commentary", "From the NHS return")
                            .param("nationalAverage", "1,150"))
                    .andExpect(status().isFound());
        } finally {
            jdbc.update("update indicator set unit = 'PERCENTAGE' where id = ?", round.indicatorId());
        }
        assertThat(jdbc.queryForObject("select figure from progress_update where id = ?", BigDecimal.class,
                round.indicatorUpdateId())).isEqualByComparingTo("1200");
        Page form = Page.of(mvc.perform(get(path(round.indicatorUpdateId())).with(OFFICER)).andReturn());
        assertThat(form.input("figure").val()).isEqualTo("1200");
        assertThat(form.input("nationalAverage").val()).isEqualTo("1150");

        mvc.perform(indicatorPost("45.50%", "draft", 1).with(OFFICER).param("commentary", "As a percentage")
                        .param("nationalAverage", "47.0"))
                .andExpect(status().isFound());
        form = Page.of(mvc.perform(get(path(round.indicatorUpdateId())).with(OFFICER)).andReturn());
        assertThat(form.input("figure").val()).isEqualTo("45.50");
        assertThat(form.input("nationalAverage").val()).isEqualTo("47.0");
        Page history = Page.of(mvc.perform(get(path(round.indicatorUpdateId()) + "/history").with(OFFICER)).andReturn());
        assertThat(history.texts(".govuk-summary-list__value")).contains("1,200", "1,150", "45.50", "47.0");
    }

    @Test
    void thePreviousFigureIsShownWithItsDecimalPlaces() throws Exception {
        jdbc.update("insert into indicator_value (indicator_id, period_label, period_end, figure, figure_decimals) "
                + "values (?, 'Illustrative 2012/13 Q4', date '2013-03-31', 34.30, 2)", round.indicatorId());
        try {
            Page form = Page.of(mvc.perform(get(path(round.indicatorUpdateId())).with(OFFICER)).andReturn());
            assertThat(form.text("#previous")).contains("Latest approved figure before this period: 34.30");
        } finally {
            jdbc.update("delete from indicator_value where period_label = 'Illustrative 2012/13 Q4'");
        }
    }

    @Test
    void theFigureAlreadyHeldForTheSamePeriodIsShownSoThatNobodyReplacesItUnknowingly() throws Exception {
        Page before = Page.of(mvc.perform(get(path(round.indicatorUpdateId())).with(OFFICER)).andReturn());
        assertThat(before.hasId("held")).isFalse();
        jdbc.update("insert into indicator_value (indicator_id, period_label, period_end, figure, figure_decimals) "
                + "values (?, '2013/14 annual', date '2014-03-31', 41.0, 1)", round.indicatorId());
        try {
            Page form = Page.of(mvc.perform(get(path(round.indicatorUpdateId())).with(OFFICER)).andReturn());
            assertThat(form.textOf("held")).isEqualTo("The plan already holds a figure for 2013/14 annual: 41.0. "
                    + "Approving this update replaces it.");
        } finally {
            jdbc.update("delete from indicator_value where indicator_id = ? and period_label = '2013/14 annual'",
                    round.indicatorId());
        }
    }

    @Test
    void aPeriodThatHasNotEndedCannotBeReported() throws Exception {
        jdbc.update("update reporting_round set period_end = ? where id = ?", LocalDate.now().plusYears(1), round.roundId());
        jdbc.update("update indicator set period_type = 'QUARTER' where id = ?", round.indicatorId());
        try {
            mvc.perform(indicatorPost("45", "submit").with(OFFICER).param("commentary", "From the NHS return"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("has not ended yet")));
        } finally {
            jdbc.update("update indicator set period_type = 'FINANCIAL_YEAR' where id = ?", round.indicatorId());
        }
        assertThat(state(round.indicatorUpdateId())).isEqualTo("NOT_STARTED");
    }

    @Test
    void aStaleSaveIsRefusedKeepingWhatWasTypedBesideTheSavedVersion() throws Exception {
        mvc.perform(indicatorPost("40", "draft").with(OFFICER).param("commentary", "First figure"))
                .andExpect(status().isFound());
        mvc.perform(indicatorPost("41", "draft").with(OFFICER).param("commentary", "My second thoughts"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Someone else saved this while you were editing it"),
                        containsString("id=\"saved-by\">officer saved it on "), containsString("value=\"41\""),
                        containsString(">My second thoughts</textarea>"),
                        matchesPattern("(?s).*id=\"figure-saved\">\\s*<strong>Saved by someone else:</strong>\\s*40\\s*</div>.*"),
                        matchesPattern("(?s).*id=\"commentary-saved\">\\s*<strong>Saved by someone else:</strong>\\s*First figure\\s*</div>.*"))));
        assertThat(jdbc.queryForObject("select figure from progress_update where id = ?", BigDecimal.class,
                round.indicatorUpdateId())).isEqualByComparingTo("40");
    }

    @Test
    void onlyTheLeadOfThePriorityOrAnAdminDecides() throws Exception {
        submitAction();
        mvc.perform(get("/reviews").with(ADMIN)).andExpect(content().string(containsString(path(round.actionUpdateId()))));
        mvc.perform(get("/reviews").with(BOARD)).andExpect(content().string(allOf(
                containsString("No update is waiting for your decision"), not(containsString(path(round.actionUpdateId()))))));
        mvc.perform(get("/reviews").with(OFFICER)).andExpect(content().string(not(containsString(path(round.actionUpdateId())))));
        mvc.perform(post(path(round.actionUpdateId()) + "/approve").with(csrf()).with(OFFICER).param("version", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path(round.actionUpdateId()) + "/approve").with(csrf()).with(BOARD).param("version", "1"))
                .andExpect(status().isForbidden());
        assertThat(state(round.actionUpdateId())).isEqualTo("SUBMITTED");

        fixture.nameLeadOfActionPriorities(round, "board");
        mvc.perform(get("/reviews").with(BOARD)).andExpect(content().string(containsString(path(round.actionUpdateId()))));
        mvc.perform(post(path(round.actionUpdateId()) + "/approve").with(csrf()).with(BOARD).param("version", "1"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/reviews"));
        assertThat(state(round.actionUpdateId())).isEqualTo("APPROVED");
    }

    @Test
    void nobodyDecidesAnUpdateTheyWroteOrWereAskedToWriteNotEvenAnAdmin() throws Exception {
        submitAction();
        fixture.nameLeadOfActionPriorities(round, "officer");
        assertThat(Page.of(mvc.perform(get(path(round.actionUpdateId())).with(OFFICER)).andReturn()).has("#approve"))
                .as("no approve button for its own writer").isFalse();
        mvc.perform(get("/reviews").with(OFFICER)).andExpect(content().string(not(containsString(path(round.actionUpdateId())))));
        Page refused = Page.of(mvc.perform(post(path(round.actionUpdateId()) + "/approve").with(csrf()).with(OFFICER)
                .param("version", "1")).andExpect(status().isOk()).andReturn());
        assertThat(refused.errorSummary()).extracting(Page.Link::text).containsExactly(
                "You cannot approve or return an update you wrote or were asked to write: another reviewer decides it");
        assertThat(state(round.actionUpdateId())).isEqualTo("SUBMITTED");

        jdbc.update("update progress_update set assignee_id = (select id from account where username = 'admin') where id = ?",
                round.actionUpdateId());
        assertThat(Page.of(mvc.perform(get(path(round.actionUpdateId())).with(ADMIN)).andReturn()).has("#approve")).isFalse();
        mvc.perform(post(path(round.actionUpdateId()) + "/return").with(csrf()).with(ADMIN).param("version", "1")
                        .param("returnComment", "Returned by the one asked to write it"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("another reviewer decides it")));
        assertThat(state(round.actionUpdateId())).isEqualTo("SUBMITTED");
    }

    @Test
    void nobodyDecidesAnUpdateOfAClosedRound() throws Exception {
        submitAction();
        assertThat(Page.of(mvc.perform(get(path(round.actionUpdateId())).with(ADMIN)).andReturn()).has("#approve")).isTrue();
        jdbc.update("update reporting_round set closed_at = now(), open_for_plan_year_id = null where id = ?", round.roundId());
        assertThat(Page.of(mvc.perform(get(path(round.actionUpdateId())).with(ADMIN)).andReturn()).has("#approve")).isFalse();
        mvc.perform(get("/reviews").with(ADMIN)).andExpect(content().string(not(containsString(path(round.actionUpdateId())))));
        mvc.perform(post(path(round.actionUpdateId()) + "/approve").with(csrf()).with(ADMIN).param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The round is closed, so its updates can no longer be approved")));
        assertThat(state(round.actionUpdateId())).isEqualTo("SUBMITTED");
    }

    @Test
    void aReturnNeedsACommentWhichTheOfficerSees() throws Exception {
        submitAction();
        mvc.perform(post(path(round.actionUpdateId()) + "/return").with(csrf()).with(ADMIN).param("version", "1")
                        .param("returnComment", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter why you are returning the update")));
        assertThat(state(round.actionUpdateId())).isEqualTo("SUBMITTED");
        mvc.perform(post(path(round.actionUpdateId()) + "/return").with(csrf()).with(ADMIN).param("version", "1")
                        .param("returnComment", "Please add the milestone dates"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/reviews"));
        assertThat(state(round.actionUpdateId())).isEqualTo("RETURNED");
        mvc.perform(get(path(round.actionUpdateId())).with(OFFICER))
                .andExpect(content().string(allOf(containsString("Returned to you"),
                        containsString("Please add the milestone dates"), containsString("Submit for approval"))));
    }

    @Test
    void approvalPutsTheUpdateIntoThePlan() throws Exception {
        long milestone = jdbc.queryForObject("select min(id) from milestone where action_id = ?", Long.class,
                round.actionId());
        mvc.perform(actionPost(round.actionUpdateId(), "submit").with(OFFICER).param("reportedStatus", "SLIPPING")
                        .param("revisedTargetDate.day", "30").param("revisedTargetDate.month", "6")
                        .param("revisedTargetDate.year", "2014").param("revisionReason", "Consultation extended")
                        .param("milestones[0].milestoneId", String.valueOf(milestone)).param("milestones[0].done", "true")
                        .param("milestones[0].doneOn.day", "1").param("milestones[0].doneOn.month", "11")
                        .param("milestones[0].doneOn.year", "2013").param("commentary", "Delayed by the consultation")
                        .param("links[0].title", "Consultation timetable")
                        .param("links[0].url", "https://www.example.org/timetable"))
                .andExpect(status().isFound());
        mvc.perform(indicatorPost("45.5", "submit").with(OFFICER).param("commentary", "From the NHS return").param("provisional", "true")
                        .param("nationalAverage", "47.2").param("statisticalNeighbour", "44"))
                .andExpect(status().isFound());
        // nothing reaches the plan before approval
        assertThat(jdbc.queryForObject("select count(*) from progress_report where action_id = ?", Integer.class,
                round.actionId())).isZero();
        mvc.perform(post(path(round.actionUpdateId()) + "/approve").with(csrf()).with(ADMIN).param("version", "1"))
                .andExpect(status().isFound());
        mvc.perform(post(path(round.indicatorUpdateId()) + "/approve").with(csrf()).with(ADMIN).param("version", "1"))
                .andExpect(status().isFound());

        assertThat(jdbc.queryForMap("select reported_status, revised_target_date, revision_reason, as_at, round_name, "
                + "commentary, approved_by from progress_report where action_id = ?", round.actionId()))
                .containsEntry("reported_status", "SLIPPING")
                .containsEntry("revised_target_date", java.sql.Date.valueOf("2014-06-30"))
                .containsEntry("revision_reason", "Consultation extended")
                .containsEntry("as_at", java.sql.Date.valueOf("2014-03-31"))
                .containsEntry("round_name", "Six-monthly review, March 2014")
                .containsEntry("commentary", "Delayed by the consultation").containsEntry("approved_by", "admin");
        assertThat(jdbc.queryForObject("select target_date from plan_action where id = ?", java.sql.Date.class,
                round.actionId())).as("the plan's own target stays").isEqualTo(java.sql.Date.valueOf("2013-11-30"));
        Page actionPage = Page.of(mvc.perform(get("/actions/" + round.actionId()).with(BOARD)).andReturn());
        assertThat(actionPage.text("#latest-report")).isEqualTo("Slipping, as at 31 March 2014");
        assertThat(actionPage.text("main")).contains("Six-monthly review, March 2014: as at 31 March 2014",
                "30 June 2014, because: Consultation extended", "Delayed by the consultation", "by admin on");
        assertThat(actionPage.select("a[href=/updates/" + round.actionUpdateId() + "]")).hasSize(1);
        assertThat(actionPage.linksTo("Consultation timetable")).containsExactly("https://www.example.org/timetable");
        long priority = jdbc.queryForObject("select min(priority_id) from action_priority where action_id = ?", Long.class,
                round.actionId());
        Page priorityPage = Page.of(mvc.perform(get("/priorities/" + priority).with(BOARD)).andReturn());
        assertThat(priorityPage.text("main")).contains("Slipping, as at 31 March 2014", "Delayed by the consultation");
        Page indicatorPage = Page.of(mvc.perform(get("/indicators/" + round.indicatorId()).with(BOARD)).andReturn());
        assertThat(indicatorPage.text("#reports ~ h3")).isEqualTo("Six-monthly review, March 2014: as at 31 March 2014");
        assertThat(indicatorPage.text("main")).contains("From the NHS return", "2013/14 annual");
        Page updatePage = Page.of(mvc.perform(get(path(round.actionUpdateId())).with(OFFICER)).andReturn());
        assertThat(updatePage.text("#update-decided")).startsWith("by admin on ");
        Page dashboard = Page.of(mvc.perform(get("/plan-years/" + fixture.year2013() + "/dashboard").with(BOARD)).andReturn());
        assertThat(dashboard.text("#attention")).contains("Target date moved to 30 June 2014, because: Consultation extended",
                "Its lead reports: Delayed by the consultation", "Consultation timetable");
        assertThat(jdbc.queryForObject("select completed_on from milestone where id = ?", LocalDate.class, milestone))
                .isEqualTo(LocalDate.of(2013, 11, 1));
        assertThat(jdbc.queryForMap("select figure, provisional, national_average, statistical_neighbour from indicator_value "
                + "where indicator_id = ? and period_label = '2013/14 annual'", round.indicatorId()))
                .containsEntry("provisional", true)
                .satisfies(row -> assertThat((BigDecimal) row.get("figure")).isEqualByComparingTo("45.5"))
                .satisfies(row -> assertThat((BigDecimal) row.get("national_average")).isEqualByComparingTo("47.2"));
        Page history = Page.of(mvc.perform(get(path(round.actionUpdateId()) + "/history").with(BOARD))
                .andExpect(status().isOk()).andReturn());
        assertThat(history.text("main")).contains("1 November 2013", "Consultation extended");
        mvc.perform(get("/indicators/" + round.indicatorId()).with(BOARD))
                .andExpect(content().string(allOf(containsString("2013/14 annual"), containsString("45.5"))));
        mvc.perform(get("/plan-years/" + fixture.year2013()).with(BOARD))
                .andExpect(content().string(containsString("appear on these pages only once their update is approved")));
    }

    @Test
    void theHistoryKeepsEverySavedVersionWithWhoAndWhen() throws Exception {
        mvc.perform(indicatorPost("40", "draft").with(OFFICER).param("commentary", "First figure"))
                .andExpect(status().isFound());
        mvc.perform(indicatorPost("42", "submit", 1).with(OFFICER).param("commentary", "Checked figure"))
                .andExpect(status().isFound());
        mvc.perform(get(path(round.indicatorUpdateId()) + "/history").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("First figure"), containsString("Checked figure"),
                        containsString("officer"), containsString("Submitted"), not(containsString("??")))));
    }

    @Test
    void evidenceFilesAreCheckedByTheirContentAndServedOnlyToThoseWhoMaySeeTheUpdate() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart(path(round.actionUpdateId())).file(new MockMultipartFile("file", "not-really.pdf",
                        "application/pdf", "just some text, not a PDF".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(OFFICER).param("action", "draft").param("version", "0")
                        .param("evidence", "Minutes of the board"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The file must be a PDF, Word or Excel document"),
                        containsString("Minutes of the board"))));
        assertThat(state(round.actionUpdateId())).isEqualTo("NOT_STARTED");
        mvc.perform(multipart(path(round.actionUpdateId())).file(new MockMultipartFile("file", "big.pdf",
                        "application/pdf", new byte[(int) EvidenceFiles.MAX_BYTES + 1]))
                        .with(csrf()).with(OFFICER).param("action", "draft").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file must be smaller than 5 MB")));

        mvc.perform(multipart(path(round.actionUpdateId())).file(new MockMultipartFile("file", "C:\\papers\\strategy.pdf",
                        "text/plain", pdf))
                        .with(csrf()).with(OFFICER).param("action", "draft").param("version", "0"))
                .andExpect(status().isFound());
        Long fileId = jdbc.queryForObject("select id from progress_update_attachment where update_id = ?", Long.class,
                round.actionUpdateId());
        assertThat(jdbc.queryForObject("select content_type from progress_update_attachment where id = ?", String.class,
                fileId)).isEqualTo("application/pdf");
        mvc.perform(get(path(round.actionUpdateId())).with(BOARD))
                .andExpect(Page.expect(page -> assertThat(page.linksTo("strategy.pdf")).containsExactly("/attachments/" + fileId)));
        for (RequestPostProcessor reader : new RequestPostProcessor[] {OFFICER, BOARD, ADMIN}) {
            mvc.perform(get("/attachments/" + fileId).with(reader))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"strategy.pdf\"")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(content().bytes(pdf));
        }
        mvc.perform(get("/attachments/" + fileId).with(OTHER_OFFICER)).andExpect(status().isNotFound());
        mvc.perform(get("/attachments/" + fileId)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));

        mvc.perform(multipart(path(round.actionUpdateId())).with(csrf()).with(OFFICER).param("action", "draft")
                        .param("version", "1").param("removeAttachments", String.valueOf(fileId)))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select count(*) from progress_update_attachment where update_id = ?", Long.class,
                round.actionUpdateId())).isZero();
    }

    @Test
    void anOfficeDocumentIsKnownByWhatItHoldsNotByItsName() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream entries = new ZipOutputStream(zip)) {
            entries.putNextEntry(new ZipEntry("notes.txt"));
            entries.write("not a Word document".getBytes(StandardCharsets.UTF_8));
        }
        mvc.perform(multipart(path(round.actionUpdateId())).file(new MockMultipartFile("file", "strategy.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip.toByteArray()))
                        .with(csrf()).with(OFFICER).param("action", "draft").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file must be a PDF, Word or Excel document")));

        ByteArrayOutputStream word = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Minutes of the board");
            document.write(word);
        }
        ByteArrayOutputStream excel = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Figures").createRow(0).createCell(0).setCellValue(64.0);
            workbook.write(excel);
        }
        mvc.perform(multipart(path(round.actionUpdateId()))
                        .file(new MockMultipartFile("file", "minutes.docx", "application/octet-stream", word.toByteArray()))
                        .with(csrf()).with(OFFICER).param("action", "draft").param("version", "0"))
                .andExpect(status().isFound());
        mvc.perform(multipart(path(round.actionUpdateId()))
                        .file(new MockMultipartFile("file", "figures.xlsx", "application/octet-stream", excel.toByteArray()))
                        .with(csrf()).with(OFFICER).param("action", "draft").param("version", "1"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForList("select content_type from progress_update_attachment where update_id = ? order by id",
                String.class, round.actionUpdateId())).containsExactly(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void controlCharactersInAFileNameAreDropped() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart(path(round.actionUpdateId()))
                        .file(new MockMultipartFile("file", "minutes\u0000\u0007 of the board.pdf", "application/pdf", pdf))
                        .with(csrf()).with(OFFICER).param("action", "draft").param("version", "0"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select filename from progress_update_attachment where update_id = ?", String.class,
                round.actionUpdateId())).isEqualTo("minutes of the board.pdf");
    }

    private void submitAction() throws Exception {
        mvc.perform(actionPost(round.actionUpdateId(), "submit").with(OFFICER).param("reportedStatus", "ON_TRACK")
                .param("commentary", "Going well")).andExpect(status().isFound());
    }

    private MockHttpServletRequestBuilder actionPost(long id, String action) {
        return actionPost(id, action, 0);
    }

    private MockHttpServletRequestBuilder actionPost(long id, String action, long version) {
        return post(path(id)).with(csrf()).param("action", action).param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder indicatorPost(String figure, String action) {
        return indicatorPost(figure, action, 0);
    }

    /** An indicator update with the figure typed; the test adds the other fields. */
    private MockHttpServletRequestBuilder indicatorPost(String figure, String action, long version) {
        return post(path(round.indicatorUpdateId())).with(csrf()).param("action", action)
                .param("version", String.valueOf(version)).param("figure", figure);
    }

    private String state(long id) {
        return jdbc.queryForObject("select state from progress_update where id = ?", String.class, id);
    }

    private static String path(long id) {
        return "/updates/" + id;
    }
}
