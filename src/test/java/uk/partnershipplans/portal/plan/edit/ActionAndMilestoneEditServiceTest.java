package uk.partnershipplans.portal.plan.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.plan.ReportedProgress;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.TestDatabase;

/** The rules for a plan year's actions and milestones, on PostgreSQL. Each test works on records no other test changes. */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it changes demo data other tests read
class ActionAndMilestoneEditServiceTest {

    @Autowired
    ActionEditService actions;

    @Autowired
    MilestoneEditService milestones;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void correctsAnActionsTargetDateWordingPrioritiesAndAmbitions() {
        Long id = actionId("Implement the recommendations of the SEBD review by September 2013");
        ActionForm form = actions.form(id);
        assertThat(form.getTargetDate().getDay()).isEqualTo("30");
        form.setTargetWording("by October 2013");
        form.setTargetDate(DateField.of("31", "October", "2013"));
        form.setPriorityIds(new ArrayList<>(List.of(priorityId("2013-14", "3.1"), priorityId("2013-14", "3.5"))));

        actions.save(id, form);

        assertThat(jdbc.queryForMap("select target_wording, target_date from plan_action where id = ?", id))
                .containsEntry("target_wording", "by October 2013")
                .containsEntry("target_date", Date.valueOf(LocalDate.of(2013, 10, 31)));
        assertThat(prioritiesOf(id)).containsExactly("3.1", "3.5");
    }

    @Test
    void anImpossibleTargetDateIsRefusedSayingWhatIsWrong() {
        Long id = actionId("Publish a revised Pathway to Provision by September 2013");
        ActionForm form = actions.form(id);
        form.setTargetDate(DateField.of("31", "2", "2014"));
        Refusal refusal = refused(() -> actions.save(id, form));
        assertThat(message(refusal, "targetDate")).isEqualTo("Target date must be a real date, for example 30 11 2013");

        form.setTargetDate(DateField.of("", "2", "2014"));
        refusal = refused(() -> actions.save(id, form));
        assertThat(message(refusal, "targetDate")).isEqualTo("Target date must include a day");
        assertThat(jdbc.queryForObject("select target_date from plan_action where id = ?", Date.class, id))
                .isEqualTo(Date.valueOf(LocalDate.of(2013, 9, 30)));
    }

    @Test
    void aTargetDateMayBeLeftEmpty() {
        Long id = actionId("Develop an Integrated Children and Young People's Community Healthcare Programme");
        ActionForm form = actions.form(id);
        form.setTargetWording("");
        form.setTargetDate(new DateField());

        actions.save(id, form);
        assertThat(jdbc.queryForMap("select target_wording, target_date from plan_action where id = ?", id))
                .containsEntry("target_wording", null).containsEntry("target_date", null);
    }

    @Test
    void anActionServesOnlyPrioritiesOfItsOwnYearAndAmbitionsOfItsPartnership() {
        Long id = actionId("Deliver activities to promote the wellbeing of Looked After Children");
        ActionForm form = actions.form(id);
        form.setPriorityIds(new ArrayList<>(List.of(priorityId("2014-16", "3.1"))));
        form.setAmbitionIds(new ArrayList<>(List.of(-5L)));
        Refusal refusal = refused(() -> actions.save(id, form));
        assertThat(message(refusal, "priorityIds")).isEqualTo("Select only priorities of this plan year");
        assertThat(message(refusal, "ambitionIds")).isEqualTo("Select only ambitions of this partnership’s frameworks");
        assertThat(prioritiesOf(id)).as("unchanged: the first column of section 3.8 heads 3.1, 3.4, 3.5 and 3.6")
                .containsExactly("3.1", "3.2", "3.4", "3.5", "3.6");
    }

    @Test
    void aNumberAlreadyUsedInTheYearIsRefusedWithAMessage() {
        Long id = actionId("Continue work to implement the Autistic Spectrum Disorder Pathway");
        ActionForm form = actions.form(id);
        form.setNumber("5");
        form.setText("Must not be saved");
        Refusal refusal = refused(() -> actions.save(id, form));
        assertThat(message(refusal, "number")).isEqualTo("Action 5 already exists in 2013-14: choose a different number");
        assertThat(jdbc.queryForObject("select number from plan_action where id = ?", String.class, id)).isEqualTo("16");
    }

    @Test
    void aStaleActionFormIsRefused() {
        Long id = actionId("Further develop partnership safeguarding arrangements in line with national guidance and evidence of best practice");
        ActionForm mine = actions.form(id);
        ActionForm theirs = actions.form(id);
        theirs.getAmbitionIds().clear();
        theirs.setPriorityIds(new ArrayList<>(List.of(priorityId("2013-14", "3.2"), priorityId("2013-14", "3.1"))));
        actions.save(id, theirs);

        mine.setTargetWording("by March 2014");
        assertThatThrownBy(() -> actions.save(id, mine)).isInstanceOf(StaleEdit.class);
        assertThat(jdbc.queryForObject("select target_wording from plan_action where id = ?", String.class, id)).isNull();
    }

    @Test
    void addsAnActionAfterTheYearsOthers() {
        Long yearId = DemoData.year2013(jdbc);
        ActionForm form = new ActionForm();
        form.setNumber("18");
        form.setText("Review the Early Help Strategy");
        form.setTargetWording("by March 2014");
        form.setTargetDate(DateField.of("31", "3", "2014"));
        form.setPriorityIds(new ArrayList<>(List.of(priorityId("2013-14", "3.1"))));

        Long created = actions.create(yearId, form);

        assertThat(jdbc.queryForMap("select number, position, version from plan_action where id = ?", created))
                .containsEntry("number", "18").containsEntry("position", 18);
        assertThat(prioritiesOf(created)).containsExactly("3.1");

        ActionForm again = new ActionForm();
        again.setNumber("18");
        again.setText("A second action 18");
        again.setPriorityIds(new ArrayList<>(List.of(priorityId("2013-14", "3.1"))));
        Refusal refusal = refused(() -> actions.create(yearId, again));
        assertThat(message(refusal, "number")).isEqualTo("Action 18 already exists in 2013-14: choose a different number");
    }

    @Test
    void anActionThatMilestonesBelongToIsNotDeletedUntilTheyAreMoved() {
        Long id = actionId("Establish an early help unit that will act as the first point of contact for early help services by September 2013");
        ActionEditService.DeletePage page = actions.deletePage(id);
        assertThat(actions.deletionRefusal(id)).isPresent();
        assertThat(page.milestones()).extracting(ActionEditService.Blocker::priorityNumber).containsExactly("3.1");
        long version = page.version();

        Refusal refusal = refused(() -> actions.delete(id, version));
        assertThat(message(refusal, null)).startsWith("A milestone belongs to this action. Change it to belong to another action");
        assertThat(count("select count(*) from plan_action where id = ?", id)).isEqualTo(1);

        Long milestoneId = page.milestones().get(0).milestoneId();
        MilestoneForm milestone = milestones.form(milestoneId);
        milestone.setActionId(null);
        milestones.save(milestoneId, milestone);

        assertThat(actions.deletionRefusal(id)).isEmpty();
        actions.delete(id, actions.deletePage(id).version());

        assertThat(count("select count(*) from plan_action where id = ?", id)).isZero();
        assertThat(count("select count(*) from action_priority where action_id = ?", id)).isZero();
        assertThat(count("select count(*) from milestone where id = ?", milestoneId)).as("the milestone stays on its priority").isEqualTo(1);
    }

    @Test
    void aDeletionConfirmedOnAStalePageIsRefused() {
        Long id = actionId("Support the development and implementation of Children and Young People's IAPT (Improving Access to Psychological Therapies)");
        assertThatThrownBy(() -> actions.delete(id, 99L)).isInstanceOf(StaleEdit.class);
        assertThat(count("select count(*) from plan_action where id = ?", id)).isEqualTo(1);
    }

    private static final String LATEST_REPORT = "select reported_status, completed_on, as_at from progress_report "
            + "where action_id = ? order by id desc limit 1";

    @Test
    void recordsWhatTheLeadReportsAndTheDayACompletedActionWasCompleted() {
        Long id = actionId("Establish an early help dataset, with some data available from June 2013 and full reporting by March 2014");
        ActionForm form = actions.form(id);
        assertThat(form.getReportedStatus()).isNull();
        form.setReportedStatus(ReportedProgress.COMPLETED);
        form.setCompletedOn(DateField.of("14", "3", "2014"));

        actions.save(id, form);
        assertThat(jdbc.queryForMap(LATEST_REPORT, id))
                .containsEntry("reported_status", "COMPLETED")
                .containsEntry("completed_on", Date.valueOf(LocalDate.of(2014, 3, 14)))
                .as("a completed action's report is as at the day it was completed")
                .containsEntry("as_at", Date.valueOf(LocalDate.of(2014, 3, 14)));

        form = actions.form(id);
        form.setReportedStatus(ReportedProgress.SLIPPING);
        form.setCompletedOn(new DateField());
        actions.save(id, form);
        assertThat(jdbc.queryForMap(LATEST_REPORT, id))
                .containsEntry("reported_status", "SLIPPING").containsEntry("completed_on", null)
                .containsEntry("as_at", Date.valueOf(LocalDate.now()));
        actions.save(id, actions.form(id));
        assertThat(count("select count(*) from progress_report where action_id = ?", id))
                .as("a save that leaves the status as it was records no new report").isEqualTo(2);
    }

    @Test
    void aCompletedActionNeedsTheDayItWasCompletedAndNoOtherActionHasOne() {
        Long id = actionId("Implement Nottinghamshire's Child Sexual Exploitation Action Plan by March 2014");
        ActionForm form = actions.form(id);
        form.setReportedStatus(ReportedProgress.COMPLETED);
        Refusal refusal = refused(() -> actions.save(id, form));
        assertThat(message(refusal, "completedOn")).isEqualTo("Enter the date the action was completed");

        form.setReportedStatus(ReportedProgress.ON_TRACK);
        form.setCompletedOn(DateField.of("1", "3", "2014"));
        refusal = refused(() -> actions.save(id, form));
        assertThat(message(refusal, "completedOn")).isEqualTo("Leave the date completed empty, or choose Completed as the progress reported");

        form.setReportedStatus(ReportedProgress.COMPLETED);
        form.setCompletedOn(DateField.of(LocalDate.now().plusDays(1)));
        refusal = refused(() -> actions.save(id, form));
        assertThat(message(refusal, "completedOn")).isEqualTo("Date completed must be today or in the past");

        form.setCompletedOn(DateField.of("31", "2", "2014"));
        refusal = refused(() -> actions.save(id, form));
        assertThat(message(refusal, "completedOn")).isEqualTo("Date completed must be a real date, for example 15 9 2013");

        assertThat(count("select count(*) from progress_report where action_id = ?", id)).isZero();
    }

    @Test
    void theDatabaseKeepsACompletionDateForCompletedActionsOnly() {
        Long id = actionId("Implement Nottinghamshire's Child Sexual Exploitation Action Plan by March 2014");
        String insert = "insert into progress_report (action_id, as_at, reported_status, completed_on, approved_by, approved_at) "
                + "values (?, date '2014-03-01', ?, ?, 'board', current_timestamp)";
        Date day = Date.valueOf(LocalDate.of(2014, 3, 1));
        assertThatThrownBy(() -> jdbc.update(insert, id, "ON_TRACK", day)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, id, "COMPLETED", null)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, id, null, day)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, id, "LATE", null)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count("select count(*) from progress_report where action_id = ?", id)).isZero();
    }

    @Test
    void marksAMilestoneDoneAndTiesItToAnotherActionOfTheYear() {
        Long id = milestoneId("implement the recommendations of the SEBD review by September 2013");
        MilestoneForm form = milestones.form(id);
        form.setCompletedOn(DateField.of("20", "9", "2013"));
        form.setActionId(actionId("Complete year 1 of the 'Closing the Gaps' strategy by July 2013"));

        Long priority = milestones.save(id, form);

        assertThat(priority).as("the page to return to").isEqualTo(priorityId("2013-14", "3.5"));
        assertThat(jdbc.queryForObject("select completed_on from milestone where id = ?", Date.class, id))
                .isEqualTo(Date.valueOf(LocalDate.of(2013, 9, 20)));
    }

    @Test
    void aMilestoneCannotBeDoneInTheFutureNorBelongToAnActionOfAnotherYear() {
        Long id = milestoneId("complete Year 1 of the 'Closing the Gap' strategy by July 2013");
        MilestoneForm form = milestones.form(id);
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        form.setCompletedOn(DateField.of(tomorrow));
        form.setActionId(jdbc.queryForObject("select min(a.id) from plan_action a join plan_year y on y.id = a.plan_year_id "
                + "where y.label = '2014-16'", Long.class));
        form.setDueDate(DateField.of("31", "7", ""));
        Refusal refusal = refused(() -> milestones.save(id, form));

        assertThat(message(refusal, "completedOn")).isEqualTo("Date done must be today or in the past");
        assertThat(message(refusal, "actionId")).isEqualTo("Select an action of this plan year, or None");
        assertThat(message(refusal, "dueDate")).isEqualTo("Due date must include a year");
    }

    @Test
    void addsAMilestoneAtTheEndOfThePrioritysAndDeletesIt() {
        Long priorityId = priorityId("2013-14", "3.6");
        MilestoneForm form = new MilestoneForm();
        form.setText("Agree the Youth Employment Strategy action plan");
        form.setDueWording("by December 2013");
        form.setDueDate(DateField.of("31", "12", "2013"));

        milestones.create(priorityId, form);

        Long id = milestoneId("Agree the Youth Employment Strategy action plan");
        assertThat(jdbc.queryForObject("select position from milestone where id = ?", Integer.class, id)).isEqualTo(4);
        MilestoneEditService.DeletePage page = milestones.deletePage(id);
        assertThatThrownBy(() -> milestones.delete(id, page.version() + 1)).isInstanceOf(StaleEdit.class);
        assertThat(count("select count(*) from milestone where id = ?", id)).isEqualTo(1);
        milestones.delete(id, page.version());
        assertThat(count("select count(*) from milestone where id = ?", id)).isZero();
    }

    private Long actionId(String text) {
        return jdbc.queryForObject("select id from plan_action where text = ?", Long.class, text);
    }

    private Long milestoneId(String text) {
        return jdbc.queryForObject("select id from milestone where text = ?", Long.class, text);
    }

    private Long priorityId(String year, String number) {
        return jdbc.queryForObject("select p.id from priority p join plan_year y on y.id = p.plan_year_id "
                + "where y.label = ? and p.number = ?", Long.class, year, number);
    }

    private List<String> prioritiesOf(Long actionId) {
        return jdbc.queryForList("select p.number from action_priority ap join priority p on p.id = ap.priority_id "
                + "where ap.action_id = ? order by p.number", String.class, actionId);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static Refusal refused(Runnable save) {
        return PriorityEditServiceTest.refused(save);
    }

    private String message(Refusal refusal, String field) {
        return PriorityEditServiceTest.message(messages, refusal, field);
    }
}
