package uk.partnershipplans.portal.plan.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.partnershipplans.portal.plan.IndicatorUnit;
import uk.partnershipplans.portal.plan.Polarity;
import uk.partnershipplans.portal.plan.model.indicator.Indicator;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorCategory;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValue;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicator;
import uk.partnershipplans.portal.plan.model.indicator.ReportingFrequency;
import uk.partnershipplans.portal.plan.read.CurrentPerformance.State;

class CurrentPerformanceTest {

    private final Indicator neet = new Indicator(1L, "Percentage of young people not in education, employment or training",
            null, IndicatorUnit.PERCENTAGE, Polarity.LOWER_IS_BETTER, ReportingFrequency.ANNUAL, PeriodType.FINANCIAL_YEAR);

    @Test
    void theFigureOfThePeriodThatEndsLastIsCurrentWithItsUnitAndWhetherItIsProvisional() {
        CurrentPerformance performance = CurrentPerformance.of(neet, List.of(
                value("2012/13 annual", LocalDate.of(2013, 3, 31), "2.5", true, null),
                value("2011/12 annual", LocalDate.of(2012, 3, 31), "6.1", false, null)), null);

        assertThat(performance.state()).isEqualTo(State.FIGURE);
        assertThat(performance.figure()).isEqualTo("2.5");
        assertThat(performance.period()).isEqualTo("2012/13 annual");
        assertThat(performance.unit()).isEqualTo(IndicatorUnit.PERCENTAGE);
        assertThat(performance.provisional()).isTrue();
    }

    @Test
    void aComparisonInWordsAloneIsNotAFigure() {
        IndicatorValue comparison = new IndicatorValue(neet, "September 2012", LocalDate.of(2012, 9, 30), null, false, null,
                "Better than the national average", null);
        IndicatorValue earlier = value("2011/12 annual", LocalDate.of(2012, 3, 31), "6.1", false, null);

        assertThat(CurrentPerformance.of(neet, List.of(comparison, earlier), null).figure()).isEqualTo("6.1");
        assertThat(CurrentPerformance.of(neet, List.of(comparison), null).state()).isEqualTo(State.NO_FIGURE);
    }

    @Test
    void aMissingFigureIsGivenInWords() {
        assertThat(CurrentPerformance.of(neet, List.of(value("2012/13 annual", LocalDate.of(2013, 3, 31), null, false, "tbc")), null))
                .extracting(CurrentPerformance::state, CurrentPerformance::period)
                .containsExactly(State.TO_BE_CONFIRMED, "2012/13 annual");
        assertThat(CurrentPerformance.of(neet, List.of(value("2012/13 annual", LocalDate.of(2013, 3, 31), null, false, "Suppressed")), null))
                .extracting(CurrentPerformance::state, CurrentPerformance::reason)
                .containsExactly(State.NOT_AVAILABLE, "Suppressed");
    }

    @Test
    void withoutAnyFigureTheYearSaysWhetherTheIndicatorIsNewOrStillToBeDeveloped() {
        PlanYearIndicator newIndicator = new PlanYearIndicator(null, neet, IndicatorCategory.KEY_OUTCOME, true, false, null, 1);
        PlanYearIndicator toBeDeveloped = new PlanYearIndicator(null, neet, null, false, true, null, 2);
        PlanYearIndicator ordinary = new PlanYearIndicator(null, neet, IndicatorCategory.SUPPLEMENTARY, false, false, null, 3);

        assertThat(CurrentPerformance.of(neet, List.of(), newIndicator).state()).isEqualTo(State.NEW_INDICATOR);
        assertThat(CurrentPerformance.of(neet, List.of(), toBeDeveloped).state()).isEqualTo(State.TO_BE_DEVELOPED);
        assertThat(CurrentPerformance.of(neet, List.of(), ordinary).state()).isEqualTo(State.NO_FIGURE);
        assertThat(CurrentPerformance.of(neet, List.of(), null).frequency()).isEqualTo(ReportingFrequency.ANNUAL);
    }

    @Test
    void aNewIndicatorWithAFigureShowsTheFigure() {
        PlanYearIndicator newIndicator = new PlanYearIndicator(null, neet, IndicatorCategory.KEY_OUTCOME, true, false, null, 1);

        assertThat(CurrentPerformance.of(neet, List.of(value("2013/14 Q1", LocalDate.of(2013, 6, 30), "3", false, null)), newIndicator)
                .state()).isEqualTo(State.FIGURE);
    }

    @Test
    void figuresArePrintedAsTheDocumentsPrintThemWithTheirOwnDecimalPlaces() {
        assertThat(CurrentPerformance.format(new BigDecimal("15642"))).isEqualTo("15,642");
        assertThat(CurrentPerformance.format(new BigDecimal("2.5"))).isEqualTo("2.5");
        assertThat(CurrentPerformance.format(new BigDecimal("64.0"))).isEqualTo("64.0");
        assertThat(CurrentPerformance.format(new BigDecimal("5.00"))).isEqualTo("5.00");
        assertThat(CurrentPerformance.format(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.5");
        assertThat(CurrentPerformance.format(new BigDecimal("0.1234"))).isEqualTo("0.1234");
        assertThat(CurrentPerformance.format(null)).isNull();
    }

    private IndicatorValue value(String period, LocalDate end, String figure, boolean provisional, String reason) {
        return new IndicatorValue(neet, period, end, figure == null ? null : new BigDecimal(figure), provisional, reason, null, null);
    }
}
