package uk.partnershipplans.portal.plan.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * The edit pages through Spring MVC and Spring Security: who may use each one, and how a form with errors comes back
 * (status 200, the error summary linked to the fields, what was typed kept).
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it changes demo data other tests read
class PlanEditPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PriorityEditService priorities;

    Long yearId;
    Long priorityId;
    Long actionId;
    Long milestoneId;
    Long indicatorId;
    Long valueId;

    @BeforeEach
    void findRecords() {
        yearId = DemoData.year2013(jdbc);
        priorityId = jdbc.queryForObject("select id from priority where plan_year_id = ? and number = '3.1'", Long.class, yearId);
        actionId = jdbc.queryForObject("select id from plan_action where text = 'Publish the Nottinghamshire Early Help "
                + "Strategy in autumn 2013'", Long.class);
        milestoneId = jdbc.queryForObject("select id from milestone where text = 'publish a revised Pathway to Provision by "
                + "September 2013' and priority_id = ?", Long.class, priorityId);
        indicatorId = jdbc.queryForObject("select id from indicator where name = 'Under 18 conception rate'", Long.class);
        valueId = jdbc.queryForObject("select id from indicator_value where indicator_id = ? and period_label = '2011 annual'",
                Long.class, indicatorId);
    }

    private List<String> pages() {
        return List.of("/priorities/" + priorityId + "/edit", "/actions/" + actionId + "/edit",
                "/plan-years/" + yearId + "/actions/new", "/actions/" + actionId + "/delete",
                "/priorities/" + priorityId + "/milestones/new", "/milestones/" + milestoneId + "/edit",
                "/milestones/" + milestoneId + "/delete", "/plan-years/" + yearId + "/indicators/" + indicatorId + "/edit",
                "/indicators/" + indicatorId + "/values/" + valueId + "/target", "/indicators/" + indicatorId + "/targets/new");
    }

    @Test
    void boardMembersAndAdminsOpenEveryEditPage() throws Exception {
        for (String role : new String[] {"BOARD", "ADMIN"}) {
            for (String page : pages()) {
                mvc.perform(get(page).with(user("x").roles(role))).andExpect(status().isOk());
            }
        }
    }

    /** An empty form is refused by the rules, so the page comes back: the request got past security and changed nothing. */
    @Test
    void boardMembersAndAdminsMaySendEveryEditForm() throws Exception {
        for (String role : new String[] {"BOARD", "ADMIN"}) {
            for (String page : pages()) {
                mvc.perform(post(page).with(user("x").roles(role)).with(csrf()).param("version", "-1"))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("govuk-error-summary")));
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from plan_action where id = ?", Integer.class, actionId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from milestone where id = ?", Integer.class, milestoneId)).isEqualTo(1);
    }

    @Test
    void aFormSentWithoutItsSecurityTokenIsNotSaved() throws Exception {
        mvc.perform(priorityPost(priorities.form(priorityId), "title", "Sent without a token").with(request -> {
            request.removeParameter("_csrf");
            return request;
        })).andExpect(status().isForbidden());
        assertThat(priorities.form(priorityId).getTitle()).startsWith("Continue to improve our early help services");
    }

    @Test
    void theHistoryOfAPriorityShowsABoardMembersEditOfItsText() throws Exception {
        PriorityForm form = priorities.form(priorityId);
        String before = form.getTitle();
        mvc.perform(priorityPostBy("chair", form, priorityId, "title", "Early help for every family that needs it"))
                .andExpect(status().isFound());
        try {
            Page page = html(mvc.perform(get("/priorities/" + priorityId + "/history").with(user("b").roles("BOARD")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.title()).startsWith("History of 3.1 Early help for every family");
            assertThat(page.text("main")).contains("chair", "Title", before, "Early help for every family that needs it");
            assertThat(Page.of(mvc.perform(get("/priorities/" + priorityId).with(user("b").roles("BOARD"))).andReturn())
                    .hasId("history-link")).isTrue();
            mvc.perform(get("/priorities/" + priorityId + "/history").with(user("o").roles("OFFICER")))
                    .andExpect(status().isForbidden());
        } finally {
            mvc.perform(priorityPostBy("chair", priorities.form(priorityId), priorityId, "title", before))
                    .andExpect(status().isFound());
        }
    }

    @Test
    void unknownRecordsAreNotFound() throws Exception {
        RequestPostProcessor board = user("b").roles("BOARD");
        mvc.perform(get("/priorities/999999/edit").with(board)).andExpect(status().isNotFound());
        mvc.perform(get("/actions/999999/edit").with(board)).andExpect(status().isNotFound());
        mvc.perform(get("/milestones/999999/edit").with(board)).andExpect(status().isNotFound());
        mvc.perform(get("/plan-years/" + yearId + "/indicators/999999/edit").with(board)).andExpect(status().isNotFound());
        mvc.perform(get("/indicators/" + indicatorId + "/values/999999/target").with(board)).andExpect(status().isNotFound());
    }

    @Test
    void aPriorityWithErrorsComesBackWithTheSummaryLinkedToEachFieldAndTheTypedTextKept() throws Exception {
        PriorityForm form = priorities.form(priorityId);
        MockHttpServletRequestBuilder request = priorityPost(form, "title", "",
                "sections[0].body", "Typed text <kept> & escaped", "sections[1].heading", " ");

        Page page = html(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.title()).isEqualTo("Error: Edit priority 3.1 - Partnership Plans");
        assertThat(page.errorSummaryLinks()).containsExactly(
                "#title Enter the priority’s title", "#sections1.heading Enter a heading for section 2");
        assertThat(page.attr("title", "aria-describedby")).isEqualTo("title-error");
        assertThat(page.fieldError("title")).isEqualTo("Error: Enter the priority’s title");
        assertThat(page.attr("sections1.heading", "aria-describedby")).isEqualTo("sections1.heading-error");
        assertThat(page.textOf("sections0.body")).isEqualTo("Typed text <kept> & escaped");
        assertThat(page.value("number")).isEqualTo("3.1");
        assertThat(priorities.form(priorityId).getTitle()).startsWith("Continue to improve our early help services");
    }

    @Test
    void aPrioritySavedOnAStaleFormKeepsWhatWasTypedAndShowsTheSavedVersionBesideItWithWhoSavedItAndWhen() throws Exception {
        PriorityForm opened = priorities.form(priorityId);
        String savedTitle = opened.getTitle();
        mvc.perform(priorityPostBy("chair", opened, priorityId, "leadResponsibility", "Their lead"))
                .andExpect(status().isFound());

        Page page = html(mvc.perform(priorityPost(opened, "title", "My retyped title")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.errorSummaryLinks()).containsExactly("#saved-version Someone else saved this while you were editing "
                + "it, so nothing has been saved. What you typed is still in the form. See the version they saved.");
        assertThat(page.textOf("title")).as("what was typed is kept").isEqualTo("My retyped title");
        assertThat(page.textOf("saved-by")).matches("chair saved it on \\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{1,2}:\\d{2}(am|pm)\\.");
        assertThat(page.textOf("title-saved")).as("the saved value beside the field").isEqualTo("Saved by someone else: " + savedTitle);
        assertThat(page.textOf("leadResponsibility-saved")).isEqualTo("Saved by someone else: Their lead");
        assertThat(page.attr("title", "aria-describedby")).isEqualTo("title-saved");
        assertThat(page.has("number-saved")).as("only what differs").isFalse();
        assertThat(page.textOf("saved-parts")).contains(opened.getSections().get(0).getHeading());
        assertThat(page.value("version")).as("saving again goes through")
                .isEqualTo(String.valueOf(priorities.form(priorityId).getVersion()));
        assertThat(priorities.form(priorityId).getTitle()).isEqualTo(savedTitle);
    }

    @Test
    void sectionsAreAddedMovedAndRemovedOnThePageWithoutSavingAndRemovingAsksFirst() throws Exception {
        PriorityForm form = priorities.form(priorityId);
        String third = form.getSections().get(2).getHeading();
        String second = form.getSections().get(1).getHeading();

        Page added = html(mvc.perform(priorityPost(form).param("addSection", "add")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(added.hasId("sections5.heading")).isTrue();
        assertThat(added.value("sections5.heading")).isEmpty();
        assertThat(added.hasErrorSummary()).isFalse();

        Page moved = html(mvc.perform(priorityPost(form).param("moveUp", "2")).andReturn().getResponse().getContentAsString());
        assertThat(moved.value("sections1.heading")).isEqualTo(third);
        assertThat(moved.value("sections2.heading")).isEqualTo(second);

        Page asked = html(mvc.perform(priorityPost(form).param("removeSection", "1")).andReturn().getResponse().getContentAsString());
        assertThat(asked.textOf("confirm-remove")).contains("Remove section 2, ‘" + second + "’?");
        assertThat(asked.value("sections1.heading")).isEqualTo(second);

        Page removed = html(mvc.perform(priorityPost(form).param("confirmRemoveSection", "1")).andReturn().getResponse()
                .getContentAsString());
        assertThat(removed.count("[id~=^section-\\d+$]")).isEqualTo(4);
        assertThat(removed.value("sections1.heading")).isEqualTo(third);
        assertThat(removed.textOf("narrative-end")).contains("‘" + second + "’", "when you select Save changes");

        assertThat(priorities.form(priorityId).getSections()).hasSize(5);
    }

    @Test
    void aValidPriorityIsSavedAndTheBoardMemberIsSentToThePriority() throws Exception {
        Long other = jdbc.queryForObject("select p.id from priority p join plan_year y on y.id = p.plan_year_id "
                + "where y.label = '2014-16' and p.number = '3.4'", Long.class);
        PriorityForm form = priorities.form(other);

        mvc.perform(priorityPost(form, other, "links[" + form.getLinks().size() + "].title", "Early help offer",
                        "links[" + form.getLinks().size() + "].url", "https://www.nottinghamshire.gov.uk/earlyhelp"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/priorities/" + other));

        assertThat(priorities.form(other).getLinks()).extracting(PriorityForm.Link::getTitle).contains("Early help offer");
    }

    @Test
    void anActionWithAnImpossibleDateComesBackWithTheBoxesAsTyped() throws Exception {
        Page page = html(mvc.perform(post("/actions/" + actionId + "/edit").with(user("b").roles("BOARD")).with(csrf())
                        .param("version", "0").param("number", "1").param("text", "Publish the strategy")
                        .param("targetWording", "by February 2014")
                        .param("targetDate.day", "31").param("targetDate.month", "2").param("targetDate.year", "2014")
                        .param("priorityIds", String.valueOf(priorityId)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.errorSummaryLinks())
                .containsExactly("#targetDate Target date must be a real date, for example 30 11 2013");
        assertThat(page.value("targetDate")).isEqualTo("31");
        assertThat(page.value("targetDate-month")).isEqualTo("2");
        assertThat(page.value("targetDate-year")).isEqualTo("2014");
        assertThat(page.hasClass("targetDate", "govuk-input--error")).isTrue();
        assertThat(page.value("targetWording")).isEqualTo("by February 2014");
        assertThat(page.isChecked("priorityIds")).isTrue();
        assertThat(page.count("fieldset[aria-describedby='targetDate-hint targetDate-error']")).isEqualTo(1);
    }

    @Test
    void anActionMustServeAPriorityAndOnlyTheMissingDatePartIsMarked() throws Exception {
        Page page = html(mvc.perform(post("/actions/" + actionId + "/edit").with(user("b").roles("ADMIN")).with(csrf())
                        .param("version", "0").param("number", "1").param("text", "Publish the strategy")
                        .param("targetDate.day", "30").param("targetDate.month", "").param("targetDate.year", "2013"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.errorSummaryLinks()).containsExactlyInAnyOrder(
                "#targetDate Target date must include a month", "#priorityIds Select at least one priority this action serves");
        assertThat(page.hasClass("targetDate-month", "govuk-input--error")).isTrue();
        assertThat(page.hasClass("targetDate", "govuk-input--error")).isFalse();
    }

    @Test
    void aMilestoneDoneInTheFutureComesBackWithItsMessage() throws Exception {
        Page page = html(mvc.perform(post("/milestones/" + milestoneId + "/edit").with(user("b").roles("BOARD")).with(csrf())
                        .param("version", "0").param("text", "publish a revised Pathway to Provision by September 2013")
                        .param("completedOn.day", "1").param("completedOn.month", "1").param("completedOn.year", "2099"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.errorSummaryLinks())
                .containsExactly("#completedOn Date done must be today or in the past");
        assertThat(page.value("completedOn-year")).isEqualTo("2099");
    }

    @Test
    void aTargetThatIsNotANumberComesBackAsTyped() throws Exception {
        Page page = html(mvc.perform(post("/indicators/" + indicatorId + "/values/" + valueId + "/target")
                        .with(user("b").roles("BOARD")).with(csrf()).param("version", "0").param("target", "thirty")
                        .param("targetNote", "Baseline"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.errorSummaryLinks()).containsExactly(
                "#target Target must be a number, like 85% or 1,200");
        assertThat(page.value("target")).isEqualTo("thirty");
        assertThat(page.textOf("targetNote")).isEqualTo("Baseline");
    }

    @Test
    void aTargetAbove100PerCentIsRefusedAndComesBackAsTyped() throws Exception {
        Long percentage = jdbc.queryForObject("select id from indicator where name = 'Early years foundation stage attainment'",
                Long.class);
        Long value = jdbc.queryForObject("select id from indicator_value where indicator_id = ? and period_label = "
                + "'2011/12 academic'", Long.class, percentage);
        String targetBefore = jdbc.queryForObject("select cast(target as varchar) from indicator_value where id = ?",
                String.class, value);
        Page page = html(mvc.perform(post("/indicators/" + percentage + "/values/" + value + "/target")
                        .with(user("b").roles("BOARD")).with(csrf()).param("version", "0").param("target", "150%"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.errorSummaryLinks()).containsExactly("#target Target must be between 0 and 100, as it is a percentage");
        assertThat(page.fieldError("target")).contains("Target must be between 0 and 100, as it is a percentage");
        assertThat(page.value("target")).isEqualTo("150%");
        assertThat(jdbc.queryForObject("select cast(target as varchar) from indicator_value where id = ?", String.class, value))
                .as("the target is not changed").isEqualTo(targetBefore);
    }

    @Test
    void theIndicatorPageOffersNoneOrPrimaryOrAdditionalForEachPriority() throws Exception {
        Page page = html(mvc.perform(get("/plan-years/" + yearId + "/indicators/" + indicatorId + "/edit")
                .with(user("b").roles("BOARD"))).andReturn().getResponse().getContentAsString());

        assertThat(page.count("[name='links[0].choice']")).isEqualTo(3);
        assertThat(List.of(page.value("links0.choice"), page.value("links0.choice-2"), page.value("links0.choice-3")))
                .containsExactly("NONE", "PRIMARY", "ADDITIONAL");
        assertThat(page.isChecked("links0.choice-2")).isTrue();
        assertThat(page.isChecked("links0.choice")).isFalse();
        assertThat(page.texts("legend")).filteredOn(legend -> legend.equals("3.1 Continue to improve our early help services to "
                + "ensure that children, young people and families in the greatest need receive appropriate support")).hasSize(1);
        assertThat(page.count("a[href='/indicators/" + indicatorId + "/values/" + valueId + "/target']")).isEqualTo(1);
    }

    @Test
    void theDeletePageOfAnActionThatMilestonesBelongToExplainsAndLinksToThemInsteadOfOfferingTheButton() throws Exception {
        Long blocker = jdbc.queryForObject("select min(id) from milestone where action_id = ?", Long.class, actionId);
        mvc.perform(get("/actions/" + actionId + "/delete").with(user("b").roles("BOARD")))
                .andExpect(content().string(containsString("You cannot delete action 1: Publish the Nottinghamshire Early Help Strategy")))
                .andExpect(content().string(containsString(jdbc.queryForObject("select count(*) from milestone where action_id = ?",
                        Integer.class, actionId) + " milestones belong to this action")))
                .andExpect(content().string(containsString("href=\"/milestones/" + blocker + "/edit\"")))
                .andExpect(content().string(not(containsString("name=\"version\""))));
    }

    @Test
    void aMilestoneDeletedFromAStalePageIsNotDeletedAndThePageSaysWhy() throws Exception {
        Long milestone = jdbc.queryForObject("select min(id) from milestone where priority_id = ? and id <> ?", Long.class,
                priorityId, milestoneId);
        long version = jdbc.queryForObject("select version from milestone where id = ?", Long.class, milestone);

        Page page = html(mvc.perform(post("/milestones/" + milestone + "/delete").with(user("b").roles("BOARD")).with(csrf())
                        .param("version", String.valueOf(version - 1)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.errorSummaryLinks()).containsExactly("#delete-question Someone else changed this while you were "
                + "looking at it. Check it is still what you want to delete, then try again.");
        assertThat(jdbc.queryForObject("select count(*) from milestone where id = ?", Integer.class, milestone)).isEqualTo(1);
    }

    private MockHttpServletRequestBuilder priorityPost(PriorityForm form, String... overrides) {
        return priorityPost(form, priorityId, overrides);
    }

    private MockHttpServletRequestBuilder priorityPost(PriorityForm form, Long id, String... overrides) {
        return priorityPostBy("b", form, id, overrides);
    }

    /** The priority form as the page would send it, with some fields changed: overrides are name, value, name, value ... */
    /** As {@link #priorityPost}, sent by board member {@code username}. */
    private MockHttpServletRequestBuilder priorityPostBy(String username, PriorityForm form, Long id, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", String.valueOf(form.getVersion()));
        fields.put("number", form.getNumber());
        fields.put("title", form.getTitle());
        fields.put("leadResponsibility", form.getLeadResponsibility() == null ? "" : form.getLeadResponsibility());
        for (int i = 0; i < form.getSections().size(); i++) {
            PriorityForm.Section section = form.getSections().get(i);
            fields.put("sections[" + i + "].id", String.valueOf(section.getId()));
            fields.put("sections[" + i + "].heading", section.getHeading());
            fields.put("sections[" + i + "].body", section.getBody());
        }
        for (int i = 0; i < form.getLinks().size(); i++) {
            fields.put("links[" + i + "].title", form.getLinks().get(i).getTitle());
            fields.put("links[" + i + "].url", form.getLinks().get(i).getUrl());
        }
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/priorities/" + id + "/edit").with(user(username).roles("BOARD")).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private static Page html(String body) {
        return Page.of(body);
    }
}
