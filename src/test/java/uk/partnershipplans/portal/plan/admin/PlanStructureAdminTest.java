package uk.partnershipplans.portal.plan.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.partnershipplans.portal.support.DemoData.PLAN_2011;
import static uk.partnershipplans.portal.support.Refusals.refused;
import static uk.partnershipplans.portal.support.Refusals.text;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.plan.model.OperationalObjective;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.PlanRepository;
import uk.partnershipplans.portal.plan.PlanStatus;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;

/**
 * The rules for plans, plan years, themes, principles, objectives and priorities, on PostgreSQL with the example
 * plans loaded. Each test's changes are rolled back.
 */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN") // the services read the reach of the admin signed in
@Transactional
class PlanStructureAdminTest {

    @Autowired
    PlanAdmin plans;

    @Autowired
    NumberedParts parts;

    @Autowired
    KeyThemePart themes;

    @Autowired
    PrinciplePart principles;

    @Autowired
    StrategicObjectivePart strategicObjectives;

    @Autowired
    OperationalObjectivePart operationalObjectives;

    @Autowired
    PriorityAdmin priorities;

    @Autowired
    PartnerDirectory partners;

    @Autowired
    PlanRepository planRepository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    MessageSource messages;

    Long partnershipId;

    @BeforeEach
    void demoPartnership() {
        partnershipId = partners.partnershipNamed("Nottinghamshire Children's Trust").orElseThrow().id();
    }

    // Plans

    @Test
    void aPlanWhoseEndYearIsBeforeItsStartYearIsRefusedOnTheEndYear() {
        assertThatThrownBy(() -> plans.createPlan(planForm("Example plan (illustrative)", 2018, 2015)))
                .satisfies(refused(messages, "endYear", "End year must be the same as or after the start year (2018)"));
    }

    @Test
    void aSecondPlanWithTheSameTitleIsRefusedNamingTheFirst() {
        assertThatThrownBy(() -> plans.createPlan(planForm(PLAN_2011.toUpperCase(Locale.ROOT), 2011, 2014)))
                .satisfies(refused(messages, "title", "This partnership already has a plan called " + PLAN_2011 + " (2011-14). Use a different title"));
    }

    @Test
    void aStalePlanSaveIsRefusedAndOverwritesNothing() {
        Long id = plans.createPlan(planForm("Example plan (illustrative)", 2015, 2018));
        PlanForm first = plans.planForm(id);
        PlanForm second = plans.planForm(id);
        first.setStatus(PlanStatus.APPROVED);
        plans.updatePlan(id, first);

        second.setStatus(PlanStatus.SUPERSEDED);
        assertThatThrownBy(() -> plans.updatePlan(id, second)).isInstanceOf(StaleEdit.class);
        assertThat(plans.planForm(id).getStatus()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void aPlanWithYearsIsNotDeletedAndTheRefusalSaysWhy() {
        Plan plan = planRepository.findByPartnershipIdAndTitle(partnershipId, PLAN_2011).orElseThrow();

        assertThatThrownBy(() -> plans.deletePlan(plan.getId(), plan.getVersion())).satisfies(refused(messages, null,
                "You cannot delete " + PLAN_2011 + " because it has 2 plan years, 7 priorities, 17 actions and 5 vulnerable"
                        + " groups naming it. Remove them first, or mark the plan as superseded."));
    }

    @Test
    void aPlanWithoutYearsIsDeletedWithItsThemesPrinciplesAndObjectives() {
        Long id = plans.createPlan(planForm("Example plan (illustrative)", 2015, 2018));
        parts.create(themes, id, numbered(1, "Illustrative theme"));
        parts.create(principles, id, numbered(1, "Illustrative principle"));
        Long objective = parts.create(strategicObjectives, id, objective("1", "Illustrative objective"));
        parts.create(operationalObjectives, objective, objective("1.1", "Illustrative operational objective"));

        plans.deletePlan(id, plans.plan(id).getVersion());
        planRepository.flush();

        assertThat(planRepository.findById(id)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from operational_objective where title = 'Illustrative operational objective'",
                Integer.class)).isZero();
    }

    // Plan years

    @Test
    void aPlanYearMustEndAfterItStartsAndHaveALabelOfItsOwn() {
        Long planId = plans.createPlan(planForm("Example plan (illustrative)", 2015, 2018));
        assertThatThrownBy(() -> plans.createYear(planId, yearForm("2015-16", "1 4 2015", "1 4 2015")))
                .satisfies(refused(messages, "endDate", "End date must be after the start date"));

        plans.createYear(planId, yearForm("2015-16", "1 4 2015", "31 3 2016"));
        assertThatThrownBy(() -> plans.createYear(planId, yearForm("2015-16", "1 4 2016", "31 3 2017")))
                .satisfies(refused(messages, "label", "Example plan (illustrative) already has a year labelled 2015-16. Use a different label"));
    }

    @Test
    void aPlanYearWithPrioritiesAndActionsIsNotDeletedAndTheRefusalCountsThem() {
        PlanYear year = demoYear();

        assertThatThrownBy(() -> plans.deleteYear(year.getId(), year.getVersion())).satisfies(refused(messages, null,
                "You cannot delete plan year 2013-14 because it has 7 priorities, 17 actions and 22 indicators reported. "
                        + "Remove them first, or mark the plan as superseded."));
        assertThat(priorities.overview(year.getId()).priorities()).hasSize(7);
    }

    @Test
    void aStalePlanYearSaveIsRefused() {
        PlanYear year = demoYear();
        PlanYearForm first = plans.yearForm(year.getId());
        PlanYearForm second = plans.yearForm(year.getId());
        first.setPreviousYearLabel("2012-13 (changed)");
        plans.updateYear(year.getId(), first);

        second.setPreviousYearLabel("lost");
        assertThatThrownBy(() -> plans.updateYear(year.getId(), second)).isInstanceOf(StaleEdit.class);
        assertThat(plans.yearForm(year.getId()).getPreviousYearLabel()).isEqualTo("2012-13 (changed)");
    }

    @Test
    void aYearKeepsWhatItsDocumentsDoNotGiveAndItsPositionShowsIt() {
        PlanYear year = demoYear();
        PlanYearForm form = plans.yearForm(year.getId());
        form.setDataNote("  The report does not list the actions.  ");
        plans.updateYear(year.getId(), form);
        assertThat(plans.yearForm(year.getId()).getDataNote()).isEqualTo("The report does not list the actions.");

        PlanYearForm cleared = plans.yearForm(year.getId());
        cleared.setDataNote(" ");
        plans.updateYear(year.getId(), cleared);
        assertThat(plans.yearForm(year.getId()).getDataNote()).isNull();
    }

    // Themes, principles and objectives

    @Test
    void themeAndPrincipleNumbersAreUniqueInThePlan() {
        Long planId = planRepository.findByPartnershipIdAndTitle(partnershipId, PLAN_2011).orElseThrow().getId();
        String firstTheme = jdbc.queryForObject("select title from key_theme where plan_id = ? and number = 1", String.class, planId);

        assertThatThrownBy(() -> parts.create(themes, planId, numbered(1, "Another theme")))
                .satisfies(refused(messages, "number", "Key theme 1 is already " + firstTheme + ". Use a different number"));

        Long principle = parts.create(principles, planId, numbered(90, "Illustrative principle"));
        assertThatThrownBy(() -> parts.create(principles, planId, numbered(90, "Another principle")))
                .satisfies(refused(messages, "number", "Cross-cutting principle 90 is already Illustrative principle. Use a different number"));
        parts.delete(principles, principle, parts.part(principles, principle).getVersion());
    }

    @Test
    void aPartIsChangedThroughItsFormAndAStaleSaveOfItIsRefused() {
        Long planId = plans.createPlan(planForm("Example plan (illustrative)", 2015, 2018));
        Long strategic = parts.create(strategicObjectives, planId, objective(" A ", "Illustrative objective"));
        Long id = parts.create(operationalObjectives, strategic, objective("A.1", "Illustrative operational objective"));
        assertThat(((ObjectiveForm) parts.form(operationalObjectives, id)).getNumber()).isEqualTo("A.1");
        assertThat(((ObjectiveForm) parts.form(strategicObjectives, strategic)).getNumber()).isEqualTo("A");

        ObjectiveForm first = (ObjectiveForm) parts.form(operationalObjectives, id);
        ObjectiveForm second = (ObjectiveForm) parts.form(operationalObjectives, id);
        first.setNumber("A.2");
        first.setDescription("  ");
        parts.update(operationalObjectives, id, first);
        nextRequest();

        second.setTitle("Lost");
        assertThatThrownBy(() -> parts.update(operationalObjectives, id, second)).isInstanceOf(StaleEdit.class);
        OperationalObjective saved = parts.part(operationalObjectives, id);
        assertThat(saved.getNumber()).isEqualTo("A.2");
        assertThat(saved.getTitle()).isEqualTo("Illustrative operational objective");
        assertThat(saved.getDescription()).isNull();
        assertThat(saved.getPlan().getId()).isEqualTo(planId);
        assertThatThrownBy(() -> parts.create(strategicObjectives, planId, objective("a", "Again")))
                .satisfies(refused(messages, "number", "Strategic objective A is already Illustrative objective. Use a different number"));
    }

    @Test
    void operationalObjectiveNumbersAreUniqueAcrossThePlan() {
        Long planId = plans.createPlan(planForm("Example plan (illustrative)", 2015, 2018));
        Long one = parts.create(strategicObjectives, planId, objective("1", "Illustrative objective one"));
        Long two = parts.create(strategicObjectives, planId, objective("2", "Illustrative objective two"));
        parts.create(operationalObjectives, one, objective("1.1", "Illustrative first"));

        assertThatThrownBy(() -> parts.create(strategicObjectives, planId, objective("1", "Again")))
                .satisfies(refused(messages, "number", "Strategic objective 1 is already Illustrative objective one. Use a different number"));
        assertThatThrownBy(() -> parts.create(operationalObjectives, two, objective("1.1", "Misplaced")))
                .satisfies(refused(messages, "number", "Operational objective 1.1 is already Illustrative first. Use a different number"));
    }

    @Test
    void anObjectiveThatPrioritiesSitUnderIsNotDeleted() {
        Long planId = plans.createPlan(planForm("Example plan (illustrative)", 2015, 2018));
        Long strategic = parts.create(strategicObjectives, planId, objective("1", "Illustrative objective"));
        Long operational = parts.create(operationalObjectives, strategic, objective("1.1", "Illustrative operational objective"));
        Long yearId = plans.createYear(planId, yearForm("2015-16", "1 4 2015", "31 3 2016"));
        priorities.create(yearId, priorityForm("1", "Illustrative priority", operational, null));

        assertThatThrownBy(() -> parts.delete(operationalObjectives, operational, parts.part(operationalObjectives, operational).getVersion()))
                .satisfies(refused(messages, null, "You cannot delete operational objective 1.1 because it has 1 priority under it. "
                        + "Move those priorities first."));
        assertThatThrownBy(() -> parts.delete(strategicObjectives, strategic, parts.part(strategicObjectives, strategic).getVersion()))
                .satisfies(refused(messages, null, "You cannot delete strategic objective 1 because it has 1 priority under its "
                        + "operational objectives. Move those priorities first."));
    }

    // Priorities

    @Test
    void aPriorityIsEnteredUnderAnOperationalObjectiveWithItsFocusPoints() {
        Long planId = plans.createPlan(planForm("Example plan (illustrative)", 2015, 2018));
        Long strategic = parts.create(strategicObjectives, planId, objective("1", "Illustrative objective"));
        Long operational = parts.create(operationalObjectives, strategic, objective("1.1", "Illustrative operational objective"));
        Long yearId = plans.createYear(planId, yearForm("2015-16", "1 4 2015", "31 3 2016"));

        Long id = priorities.create(yearId, priorityForm("1", "Illustrative priority", operational, "- first point\n- second point"));

        Priority saved = priorities.overview(yearId).priorities().get(0);
        assertThat(saved.getId()).isEqualTo(id);
        assertThat(saved.getOperationalObjective().getNumber()).isEqualTo("1.1");
        assertThat(jdbc.queryForMap("select heading, body from priority_section where priority_id = ?", id))
                .containsEntry("heading", "Focus points").containsEntry("body", "- first point\n- second point");

        nextRequest();
        PriorityStructureForm change = priorities.form(id);
        assertThat(change.getFocusPoints()).isEqualTo("- first point\n- second point");
        change.setFocusPoints("- only point");
        priorities.update(id, change);
        nextRequest();
        assertThat(priorities.form(id).getFocusPoints()).isEqualTo("- only point");
        assertThat(priorities.form(id).getVersion()).isGreaterThan(change.getVersion());
    }

    @Test
    void aPriorityNumberIsUniqueInItsYearAndItsObjectiveComesFromItsOwnPlan() {
        PlanYear year = demoYear();
        String title = jdbc.queryForObject("select title from priority where plan_year_id = ? and number = '3.1'", String.class, year.getId());
        assertThatThrownBy(() -> priorities.create(year.getId(), priorityForm("3.1", "Again", null, null)))
                .satisfies(refused(messages, "number", "Priority 3.1 in this year is already " + title + ". Use a different number"));

        Long otherPlan = plans.createPlan(planForm("Example plan (illustrative)", 2015, 2018));
        Long strategic = parts.create(strategicObjectives, otherPlan, objective("1", "Illustrative objective"));
        Long elsewhere = parts.create(operationalObjectives, strategic, objective("1.1", "Illustrative operational objective"));
        assertThatThrownBy(() -> priorities.create(year.getId(), priorityForm("3.99", "Illustrative", elsewhere, null)))
                .satisfies(refused(messages, "operationalObjectiveId", "Choose an operational objective of this plan"));
    }

    @Test
    void aPriorityWithActionsMilestonesAndIndicatorsIsNotDeleted() {
        Long id = jdbc.queryForObject("select p.id from priority p join plan_year y on y.id = p.plan_year_id "
                + "where y.label = '2013-14' and p.number = '3.1'", Long.class);

        assertThatThrownBy(() -> priorities.delete(id, priorities.priority(id).getVersion()))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(text(messages, refusal))
                        .matches("You cannot delete priority 3\\.1 because it has \\d+ actions?, \\d+ milestones? and "
                                + "\\d+ linked indicators?\\. Remove them first\\."));
    }

    @Test
    void aStalePrioritySaveIsRefusedEvenWhenOnlyTheFocusPointsChanged() {
        PlanYear year = demoYear();
        Long id = priorities.create(year.getId(), priorityForm("9.9", "Illustrative priority", null, "- a point"));
        nextRequest();
        PriorityStructureForm first = priorities.form(id);
        PriorityStructureForm second = priorities.form(id);
        first.setFocusPoints("- a changed point");
        priorities.update(id, first);
        nextRequest();

        second.setFocusPoints("- lost");
        assertThatThrownBy(() -> priorities.update(id, second)).isInstanceOf(StaleEdit.class);
        assertThat(priorities.form(id).getFocusPoints()).isEqualTo("- a changed point");
    }

    /** Each request has its own persistence context; this test's transaction spans several. */
    private void nextRequest() {
        entityManager.flush();
        entityManager.clear();
    }

    private PlanYear demoYear() {
        Long id = DemoData.year2013(jdbc);
        return plans.year(id);
    }



    private PlanForm planForm(String title, int start, int end) {
        PlanForm form = new PlanForm();
        form.setPartnershipId(partnershipId);
        form.setTitle(title);
        form.setStartYear(start);
        form.setEndYear(end);
        form.setStatus(PlanStatus.DRAFT);
        return form;
    }

    static PlanYearForm yearForm(String label, String start, String end) {
        PlanYearForm form = new PlanYearForm();
        form.setLabel(label);
        form.setStartDate(date(start));
        form.setEndDate(date(end));
        return form;
    }

    static DateField date(String dayMonthYear) {
        String[] parts = dayMonthYear.split(" ");
        DateField date = new DateField();
        date.setDay(parts[0]);
        date.setMonth(parts[1]);
        date.setYear(parts[2]);
        return date;
    }

    private static NumberedForm numbered(int number, String title) {
        NumberedForm form = new NumberedForm();
        form.setNumber(number);
        form.setTitle(title);
        return form;
    }

    private static ObjectiveForm objective(String number, String title) {
        ObjectiveForm form = new ObjectiveForm();
        form.setNumber(number);
        form.setTitle(title);
        return form;
    }

    private static PriorityStructureForm priorityForm(String number, String title, Long objective, String focusPoints) {
        PriorityStructureForm form = new PriorityStructureForm();
        form.setNumber(number);
        form.setTitle(title);
        form.setOperationalObjectiveId(objective);
        form.setFocusPoints(focusPoints);
        return form;
    }
}
