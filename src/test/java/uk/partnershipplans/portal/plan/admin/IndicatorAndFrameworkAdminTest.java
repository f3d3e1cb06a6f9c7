package uk.partnershipplans.portal.plan.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.partnershipplans.portal.support.Refusals.refused;
import static uk.partnershipplans.portal.support.Refusals.text;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.plan.IndicatorUnit;
import uk.partnershipplans.portal.plan.model.framework.ExternalFramework;
import uk.partnershipplans.portal.plan.model.framework.FrameworkAmbition;
import uk.partnershipplans.portal.plan.model.indicator.Indicator;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;

/** The rules for external frameworks, indicator definitions, the years that report them and their values, on PostgreSQL. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN") // the services read the reach of the admin signed in
@Transactional
class IndicatorAndFrameworkAdminTest {

    @Autowired
    IndicatorAdmin indicators;

    @Autowired
    FrameworkAdmin frameworks;

    @Autowired
    AmbitionAdmin ambitions;

    @Autowired
    PlanAdmin plans;

    @Autowired
    PartnerDirectory partners;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    MessageSource messages;

    @Autowired
    Validator validator;

    Long partnershipId;

    @BeforeEach
    void demoPartnership() {
        partnershipId = partners.partnershipNamed("Nottinghamshire Children's Trust").orElseThrow().id();
    }

    // External frameworks and ambitions

    @Test
    void frameworkNamesAndAmbitionNamesAreUnique() {
        Long id = frameworks.create(null, framework("Illustrative strategy"));
        assertThatThrownBy(() -> frameworks.create(null, framework("ILLUSTRATIVE STRATEGY"))).satisfies(refused(messages, "name",
                "There is already a framework called Illustrative strategy for this partnership. Use a different name"));

        ambitions.create(id, ambition("Safe at Home"));
        ambitions.create(id, ambition("Safe Outdoors"));
        assertThatThrownBy(() -> ambitions.create(id, ambition("safe at home"))).satisfies(refused(messages, "shortName",
                "This framework already has an ambition called Safe at Home. Use a different name"));
        assertThat(frameworks.framework(id).getAmbitions()).extracting(FrameworkAmbition::getShortName)
                .containsExactly("Safe at Home", "Safe Outdoors");
    }

    @Test
    void aFrameworkWhoseAmbitionsActionsSupportIsNotDeleted() {
        ExternalFramework demo = frameworks.framework(jdbc.queryForObject(
                "select id from external_framework where partnership_id = ?", Long.class, partnershipId));
        assertThatThrownBy(() -> frameworks.delete(demo.getId(), demo.getVersion())).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(text(messages, refusal)).matches("You cannot delete " + demo.getName()
                        + " because there are \\d+ actions supporting its ambitions\\. Unlink those actions first\\."));

        FrameworkAmbition ambition = demo.getAmbitions().get(0);
        assertThatThrownBy(() -> ambitions.delete(ambition.getId(), ambition.getVersion()))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(text(messages, refusal))
                        .startsWith("You cannot delete the ambition " + ambition.getShortName() + " because there are "));
    }

    @Test
    void aStaleAmbitionSaveIsRefused() {
        Long framework = frameworks.create(null, framework("Illustrative strategy"));
        Long id = ambitions.create(framework, ambition("Safe at Home"));
        AmbitionForm first = ambitions.form(id);
        AmbitionForm second = ambitions.form(id);
        first.setDescription("Saved first");
        ambitions.update(id, first);

        second.setDescription("Lost");
        assertThatThrownBy(() -> ambitions.update(id, second)).isInstanceOf(StaleEdit.class);
        assertThat(ambitions.form(id).getDescription()).isEqualTo("Saved first");
    }

    // Indicator definitions and the years that report them

    @Test
    void indicatorNamesAndCodesAreUniqueInThePartnership() {
        indicators.create(indicator("Illustrative measure", "EX 1", IndicatorUnit.PERCENTAGE));

        assertThatThrownBy(() -> indicators.create(indicator("illustrative measure", "EX 1", IndicatorUnit.COUNT)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.problems())
                        .extracting(Refusal.Problem::field).containsExactly("name", "code"));
    }

    @Test
    void anIndicatorWithValuesOrYearsIsNotDeleted() {
        Long id = jdbc.queryForObject("select id from indicator where name = 'Breast-feeding prevalence rates at 6-8weeks (Notts NHS)'",
                Long.class);
        Indicator indicator = indicators.indicator(id);

        assertThatThrownBy(() -> indicators.delete(id, indicator.getVersion())).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(text(messages, refusal)).startsWith("You cannot delete " + indicator.getName() + " because it has ")
                        .contains("plan year", "reporting it", "value").endsWith("Remove them first."));
    }

    @Test
    void anIndicatorIsReportedOnceInAPlanYear() {
        Long id = indicators.create(indicator("Illustrative measure", null, IndicatorUnit.COUNT));
        Long yearId = DemoData.year2013(jdbc);
        ReportingForm form = new ReportingForm();
        form.setPlanYearId(yearId);
        form.setCategory("KEY_OUTCOME");
        form.setNewIndicator(true);
        indicators.addToYear(id, form);

        assertThatThrownBy(() -> indicators.addToYear(id, form)).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.problems().get(0).field()).isEqualTo("planYearId");
            assertThat(text(messages, refusal)).startsWith("Plan year 2013-14 of Children, Young People and Families Plan 2011-14 already reports");
        });
        assertThat(jdbc.queryForObject("select category from plan_year_indicator where indicator_id = ?", String.class, id))
                .isEqualTo("KEY_OUTCOME");
    }

    @Test
    void anIndicatorMayHaveAToleranceOfItsOwnFrom0To100() {
        IndicatorForm form = indicator("Illustrative percentage", null, IndicatorUnit.PERCENTAGE);
        form.setTolerancePercent(new BigDecimal("7.5"));
        Long id = indicators.create(form);
        assertThat(indicators.form(id).getTolerancePercent()).isEqualByComparingTo("7.5");

        IndicatorForm changed = indicators.form(id);
        changed.setTolerancePercent(null);
        indicators.update(id, changed);
        assertThat(indicators.indicator(id).getTolerancePercent()).as("empty: the portal's default applies").isNull();

        for (String wrong : new String[] {"-1", "100.01"}) {
            form.setTolerancePercent(new BigDecimal(wrong));
            assertThat(validator.validate(form)).extracting(violation -> violation.getMessage())
                    .containsExactly("Tolerance must be from 0 to 100");
        }
        form.setTolerancePercent(new BigDecimal("2.555"));
        assertThat(validator.validate(form)).extracting(violation -> violation.getMessage())
                .containsExactly("Tolerance must have no more than 2 decimal places, like 2.5");
        form.setTolerancePercent(new BigDecimal("100"));
        assertThat(validator.validate(form)).isEmpty();
        assertThatThrownBy(() -> jdbc.update("update indicator set tolerance_percent = 101 where id = ?", id))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    // Values

    @Test
    void aPercentageMustBeFrom0To100AndRatesAndCountsCannotBeNegative() {
        Long percentage = indicators.create(indicator("Illustrative percentage", null, IndicatorUnit.PERCENTAGE));
        Long count = indicators.create(indicator("Illustrative count", null, IndicatorUnit.COUNT));
        Long rate = indicators.create(indicator("Illustrative rate", null, IndicatorUnit.RATE_PER_10000));

        IndicatorValueForm tooHigh = value("2015/16 annual", "120%");
        tooHigh.setTarget("-1");
        tooHigh.setNationalAverage("about 50");
        assertThatThrownBy(() -> indicators.addValue(percentage, tooHigh)).isInstanceOfSatisfying(Refusal.class, refusal ->
                assertThat(refusal.problems()).extracting(Refusal.Problem::field, problem -> messages.getMessage(problem, Locale.UK))
                        .containsExactly(
                                tuple("figure", "Figure must be between 0 and 100, as it is a percentage"),
                                tuple("nationalAverage", "National average must be a number, like 85% or 1,200"),
                                tuple("target", "Target must be between 0 and 100, as it is a percentage")));
        assertThatThrownBy(() -> indicators.addValue(count, value("2015/16 annual", "-3")))
                .satisfies(refused(messages, "figure", "Figure cannot be negative for this unit"));
        assertThatThrownBy(() -> indicators.addValue(count, value("2015/16 annual", "2.5")))
                .satisfies(refused(messages, "figure", "Figure must be a whole number, as it is a count"));
        assertThatThrownBy(() -> indicators.addValue(rate, value("2015/16 annual", "-0.5")))
                .satisfies(refused(messages, "figure", "Figure cannot be negative for this unit"));

        indicators.addValue(percentage, value("2015/16 annual", "100%"));
        indicators.addValue(count, value("2015/16 annual", "1,200"));
    }

    @Test
    void outOfRangeNationalAndStatisticalNeighbourFiguresAreRefusedWithAMessage() {
        Long percentage = indicators.create(indicator("Illustrative percentage", null, IndicatorUnit.PERCENTAGE));
        IndicatorValueForm outOfRange = value("2015/16 annual", "50%");
        outOfRange.setNationalAverage("150%");
        outOfRange.setStatisticalNeighbour("1" + "0".repeat(40));

        assertThatThrownBy(() -> indicators.addValue(percentage, outOfRange)).isInstanceOfSatisfying(Refusal.class, refusal ->
                assertThat(refusal.problems()).extracting(Refusal.Problem::field, problem -> messages.getMessage(problem, Locale.UK))
                        .containsExactly(
                                tuple("nationalAverage", "National average must be between 0 and 100, as it is a percentage"),
                                tuple("statisticalNeighbour",
                                        "Statistical neighbour average must have no more than 10 digits before the decimal point")));
    }

    @Test
    void aFigureHasAtMostFourDecimalPlaces() {
        Long id = indicators.create(indicator("Illustrative number", null, IndicatorUnit.NUMBER));

        assertThatThrownBy(() -> indicators.addValue(id, value("2015/16 annual", "12.34567")))
                .satisfies(refused(messages, "figure", "Figure must have no more than 4 decimal places"));
        indicators.addValue(id, value("2015/16 annual", "-12.3456"));
    }

    @Test
    void aFigureKeepsTheDecimalPlacesItWasGiven() {
        Long id = indicators.create(indicator("Illustrative percentage", null, IndicatorUnit.PERCENTAGE));
        IndicatorValueForm typed = value("2015/16 annual", " 5.00% ");
        typed.setTarget("64.0");
        Long valueId = indicators.addValue(id, typed);
        entityManager.flush();
        entityManager.clear();

        assertThat(indicators.value(valueId).getFigure()).isEqualTo(new BigDecimal("5.00"));
        assertThat(indicators.value(valueId).getTarget()).isEqualTo(new BigDecimal("64.0"));
        IndicatorValueForm reopened = indicators.valueForm(valueId);
        assertThat(reopened.getFigure()).isEqualTo("5.00");
        assertThat(reopened.getTarget()).isEqualTo("64.0");
        assertThat(reopened.getNationalAverage()).isNull();
    }

    @Test
    void aFigureSavedBeforeDecimalPlacesWereKeptLosesItsTrailingZeros() {
        Long id = indicators.create(indicator("Illustrative percentage", null, IndicatorUnit.PERCENTAGE));
        Long valueId = indicators.addValue(id, value("2015/16 annual", "12.50"));
        entityManager.flush();
        jdbc.update("update indicator_value set figure_decimals = null where id = ?", valueId);
        entityManager.clear();

        assertThat(indicators.value(valueId).getFigure()).isEqualTo(new BigDecimal("12.5"));
    }

    @Test
    void aFigureAndAReasonForNoFigureCannotBothBeGiven() {
        Long id = indicators.create(indicator("Illustrative percentage", null, IndicatorUnit.PERCENTAGE));
        IndicatorValueForm both = value("2015/16 annual", "12");
        both.setNotAvailableReason("tbc");

        assertThatThrownBy(() -> indicators.addValue(id, both))
                .satisfies(refused(messages, "notAvailableReason", "Give either a figure or why there is no figure, not both"));
    }

    @Test
    void thereIsOneValuePerPeriodAndThePeriodEndComesFromTheLabel() {
        Long id = indicators.create(indicator("Illustrative percentage", null, IndicatorUnit.PERCENTAGE));
        Long valueId = indicators.addValue(id, value("2015/16 Q3", "12.5"));
        assertThat(indicators.value(valueId).getPeriodEnd()).isEqualTo(LocalDate.of(2015, 12, 31));

        assertThatThrownBy(() -> indicators.addValue(id, value("2015/16 q3", "13")))
                .satisfies(refused(messages, "periodLabel", "There is already a value for 2015/16 Q3. Change that value instead"));
    }

    @Test
    void aStaleValueSaveIsRefusedAndOverwritesNothing() {
        Long id = indicators.create(indicator("Illustrative percentage", null, IndicatorUnit.PERCENTAGE));
        Long valueId = indicators.addValue(id, value("2015/16 annual", "12.5"));
        entityManager.flush();
        entityManager.clear();
        IndicatorValueForm first = indicators.valueForm(valueId);
        IndicatorValueForm second = indicators.valueForm(valueId);
        assertThat(first.getFigure()).isEqualTo("12.5");
        first.setFigure("14");
        indicators.updateValue(valueId, first);

        second.setFigure("99");
        assertThatThrownBy(() -> indicators.updateValue(valueId, second)).isInstanceOf(StaleEdit.class);
        assertThat(indicators.valueForm(valueId).getFigure()).isEqualTo("14");
    }



    private FrameworkForm framework(String name) {
        FrameworkForm form = new FrameworkForm();
        form.setPartnershipId(partnershipId);
        form.setName(name);
        return form;
    }

    private static AmbitionForm ambition(String shortName) {
        AmbitionForm form = new AmbitionForm();
        form.setShortName(shortName);
        return form;
    }

    private IndicatorForm indicator(String name, String code, IndicatorUnit unit) {
        IndicatorForm form = new IndicatorForm();
        form.setPartnershipId(partnershipId);
        form.setName(name);
        form.setCode(code);
        form.setUnit(unit);
        return form;
    }

    private static IndicatorValueForm value(String period, String figure) {
        IndicatorValueForm form = new IndicatorValueForm();
        form.setPeriodLabel(period);
        form.setFigure(figure);
        return form;
    }

}
