package uk.partnershipplans.portal.plan.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.TestDatabase;

/** How a plan year uses an indicator, and indicators' targets, on PostgreSQL. */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it changes demo data other tests read
class IndicatorEditServiceTest {

    private static final String SINGLE_ASSESSMENT = "Number of families with a single assessment%";
    private static final String NEET = "Percentage of young people in academic years 12-14 not in education, employment or training";

    @Autowired
    IndicatorEditService service;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void theFormShowsEachPriorityOfTheYearWithItsTick() {
        IndicatorYearForm form = service.form(yearId(), indicatorId(SINGLE_ASSESSMENT));

        assertThat(form.getLinks()).hasSize(7);
        assertThat(form.getLinks()).extracting(IndicatorYearForm.Link::getChoice)
                .as("3.4, 3.5 and 3.6 share the first column of section 6 with 3.1")
                .containsExactly("ADDITIONAL", "ADDITIONAL", "PRIMARY", "ADDITIONAL", "ADDITIONAL", "ADDITIONAL", "NONE");
        assertThat(form.getCategory()).isEqualTo("KEY_OUTCOME");
    }

    @Test
    void changesTheTicksCategoryAndFlagsOfAnIndicatorInAYear() {
        Long indicatorId = indicatorId("Percentage of re-referrals to Children's Social Care");
        IndicatorYearForm form = service.form(yearId(), indicatorId);
        form.getLinks().get(0).setChoice("NONE");
        form.getLinks().get(1).setChoice("ADDITIONAL");
        List.of(3, 4, 5).forEach(i -> form.getLinks().get(i).setChoice("NONE"));
        form.getLinks().get(6).setChoice("PRIMARY");
        form.setCategory("SUPPLEMENTARY");
        form.setAlsoReportedIn("Safeguarding Children Board performance report");

        service.save(yearId(), indicatorId, form);

        assertThat(ticks(indicatorId)).containsExactly("3.2 additional", "3.7 primary");
        assertThat(jdbc.queryForMap("select category, also_reported_in from plan_year_indicator "
                + "where plan_year_id = ? and indicator_id = ?", yearId(), indicatorId))
                .containsEntry("category", "SUPPLEMENTARY")
                .containsEntry("also_reported_in", "Safeguarding Children Board performance report");
    }

    @Test
    void onlyAnIndicatorStillToBeDevelopedMayHaveNoCategory() {
        Long indicatorId = indicatorId("Early years foundation stage attainment");
        IndicatorYearForm form = service.form(yearId(), indicatorId);
        form.setCategory("NONE");
        Refusal refusal = refused(() -> service.save(yearId(), indicatorId, form));
        assertThat(message(refusal, "category")).isEqualTo("Select whether this is a key outcome or a supplementary indicator");

        form.setInDevelopment(true);
        service.save(yearId(), indicatorId, form);
        assertThat(jdbc.queryForObject("select category from plan_year_indicator where plan_year_id = ? and indicator_id = ?",
                String.class, yearId(), indicatorId)).isNull();
    }

    @Test
    void aTickForAPriorityOfAnotherYearIsRefused() {
        Long indicatorId = indicatorId("Under 18 conception rate");
        IndicatorYearForm form = service.form(yearId(), indicatorId);
        form.getLinks().get(0).setPriorityId(jdbc.queryForObject("select min(p.id) from priority p join plan_year y "
                + "on y.id = p.plan_year_id where y.label = '2014-16'", Long.class));
        Refusal refusal = refused(() -> service.save(yearId(), indicatorId, form));
        assertThat(message(refusal, "links[0].choice")).isEqualTo("Select how this indicator measures the priority");
    }

    @Test
    void aStaleFormIsRefusedEvenWhenOnlyTheTicksChanged() {
        Long indicatorId = indicatorId("Percentage of overall absence in primary, secondary and special schools%");
        IndicatorYearForm mine = service.form(yearId(), indicatorId);
        IndicatorYearForm theirs = service.form(yearId(), indicatorId);
        theirs.getLinks().get(6).setChoice("ADDITIONAL");
        service.save(yearId(), indicatorId, theirs);

        mine.getLinks().get(0).setChoice("NONE");
        assertThatThrownBy(() -> service.save(yearId(), indicatorId, mine)).isInstanceOf(StaleEdit.class);
        assertThat(ticks(indicatorId)).containsExactly("3.1 primary", "3.4 primary", "3.5 primary", "3.6 primary",
                "3.7 additional");
    }

    @Test
    void setsChangesAndRemovesTheTargetOfAPeriod() {
        Long indicatorId = indicatorId(NEET);
        Long valueId = valueId(indicatorId, "2012/13 annual");
        TargetForm form = service.targetForm(indicatorId, valueId);
        form.setTarget(" 4.5% ");
        form.setTargetNote("Baseline 2011/12: 5.5%");

        service.saveTarget(indicatorId, valueId, form);
        Map<String, Object> saved = jdbc.queryForMap("select target, target_note, figure from indicator_value where id = ?", valueId);
        assertThat((BigDecimal) saved.get("target")).isEqualByComparingTo("4.5");
        assertThat(saved).containsEntry("target_note", "Baseline 2011/12: 5.5%");
        assertThat((BigDecimal) saved.get("figure")).as("the figure is not touched").isEqualByComparingTo("2.5");

        form = service.targetForm(indicatorId, valueId);
        assertThat(form.getTarget()).isEqualTo("4.5");
        form.setTarget("");
        service.saveTarget(indicatorId, valueId, form);
        assertThat(jdbc.queryForObject("select target from indicator_value where id = ?", BigDecimal.class, valueId)).isNull();
    }

    @Test
    void aTargetMustBeAFigureInTheIndicatorsUnit() {
        Long indicatorId = indicatorId(NEET);
        Long valueId = valueId(indicatorId, "2012/13 annual");
        TargetForm form = service.targetForm(indicatorId, valueId);
        form.setTarget("about five");
        Refusal refusal = refused(() -> service.saveTarget(indicatorId, valueId, form));
        assertThat(message(refusal, "target")).isEqualTo("Target must be a number, like 85% or 1,200");

        form.setTarget("1.23456");
        assertThat(message(refused(() -> service.saveTarget(indicatorId, valueId, form)), "target"))
                .isEqualTo("Target must have no more than 4 decimal places");

        form.setTarget("150%");
        assertThat(message(refused(() -> service.saveTarget(indicatorId, valueId, form)), "target"))
                .isEqualTo("Target must be between 0 and 100, as it is a percentage");
    }

    @Test
    void aTargetKeepsTheDecimalPlacesItWasGiven() {
        Long indicatorId = indicatorId(NEET);
        Long valueId = valueId(indicatorId, "2012/13 annual");
        TargetForm form = service.targetForm(indicatorId, valueId);
        form.setTarget("4.50%");

        service.saveTarget(indicatorId, valueId, form);

        assertThat(service.targetForm(indicatorId, valueId).getTarget()).isEqualTo("4.50");
        assertThat(service.page(yearId(), indicatorId).values())
                .filteredOn(row -> row.id().equals(valueId)).singleElement()
                .satisfies(row -> assertThat(row.target()).isEqualTo("4.50"));
    }

    @Test
    void aStaleTargetIsRefused() {
        Long indicatorId = indicatorId("Early years foundation stage attainment");
        Long valueId = valueId(indicatorId, "2011/12 academic");
        TargetForm mine = service.targetForm(indicatorId, valueId);
        TargetForm theirs = service.targetForm(indicatorId, valueId);
        theirs.setTarget("65");
        service.saveTarget(indicatorId, valueId, theirs);

        mine.setTarget("70");
        assertThatThrownBy(() -> service.saveTarget(indicatorId, valueId, mine)).isInstanceOf(StaleEdit.class);
        assertThat(jdbc.queryForObject("select target from indicator_value where id = ?", BigDecimal.class, valueId))
                .isEqualByComparingTo("65");
    }

    @Test
    void addsATargetForANewPeriodButNotForAPeriodThatAlreadyHasAFigure() {
        Long indicatorId = indicatorId(NEET);
        TargetForm form = new TargetForm();
        form.setPeriodLabel("2013/14 annual");
        form.setTarget("4");

        service.createTarget(indicatorId, form);
        Map<String, Object> added = jdbc.queryForMap("select target, figure, period_end from indicator_value "
                + "where indicator_id = ? and period_label = '2013/14 annual'", indicatorId);
        assertThat((BigDecimal) added.get("target")).isEqualByComparingTo("4");
        assertThat(added.get("figure")).isNull();
        assertThat(added.get("period_end")).hasToString("2014-03-31");

        TargetForm again = new TargetForm();
        again.setPeriodLabel("2012/13 annual");
        again.setTarget("3");
        Refusal refusal = refused(() -> service.createTarget(indicatorId, again));
        assertThat(message(refusal, "periodLabel")).isEqualTo(
                "2012/13 annual already has a figure or a target: set its target from the indicator’s list of figures and targets");
    }

    @Test
    void aNewTargetNeedsItsPeriodAndItsFigure() {
        TargetForm form = new TargetForm();
        form.setPeriodLabel(" ");
        Refusal refusal = refused(() -> service.createTarget(indicatorId(NEET), form));
        assertThat(message(refusal, "periodLabel")).isEqualTo("Enter the period, for example 2013/14 annual");
        assertThat(message(refusal, "target")).isEqualTo("Enter the target");
    }

    private Long yearId() {
        return DemoData.year2013(jdbc);
    }

    private Long indicatorId(String name) {
        return jdbc.queryForObject("select id from indicator where name like ?", Long.class, name);
    }

    private Long valueId(Long indicatorId, String period) {
        return jdbc.queryForObject("select id from indicator_value where indicator_id = ? and period_label = ?", Long.class,
                indicatorId, period);
    }

    private List<String> ticks(Long indicatorId) {
        return jdbc.queryForList("select p.number || case when ip.is_primary then ' primary' else ' additional' end "
                + "from indicator_priority ip join priority p on p.id = ip.priority_id where ip.indicator_id = ? "
                + "order by p.number", String.class, indicatorId);
    }

    private static Refusal refused(Runnable save) {
        return PriorityEditServiceTest.refused(save);
    }

    private String message(Refusal refusal, String field) {
        return PriorityEditServiceTest.message(messages, refusal, field);
    }
}
