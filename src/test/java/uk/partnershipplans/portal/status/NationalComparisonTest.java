package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.plan.Polarity;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;
import uk.partnershipplans.portal.status.NationalComparison.Position;

/** How a committee report's summary places an indicator against the national average. */
class NationalComparisonTest {

    private static final LocalDate YEAR_END = LocalDate.of(2014, 3, 31);

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            60.6 | 59.0 | HIGHER_IS_BETTER |                                  | EXCEEDS     | higher is better and above the average
            48.4 | 37.9 | LOWER_IS_BETTER  |                                  | FALLS_SHORT | lower is better and above the average
            5.0  | 5.3  | LOWER_IS_BETTER  |                                  | EXCEEDS     | lower is better and below the average
            45   | 45.0 | HIGHER_IS_BETTER |                                  | IN_LINE     | level with the average
            15642| 14000|                  |                                  | NOT_JUDGED  | which way is better not set
            60.6 | 59.0 | LOWER_IS_BETTER  | Better than the national average | FALLS_SHORT | figures come before words in the same value
                 |      | LOWER_IS_BETTER  | Better than the national average | EXCEEDS     | words beginning Better
                 |      | HIGHER_IS_BETTER | worse than the national average  | FALLS_SHORT | words beginning Worse, any case
                 |      | HIGHER_IS_BETTER | Similar to the national average  | IN_LINE     | words beginning Similar
                 |      | HIGHER_IS_BETTER | In line with national            | IN_LINE     | words beginning In line
                 |      | HIGHER_IS_BETTER | Not comparable                   | NOT_JUDGED  | other words are not judged
            60.6 |      | HIGHER_IS_BETTER | Better than the national average | EXCEEDS     | a figure without an average is not a comparison in figures
            """)
    void placesTheIndicator(BigDecimal figure, BigDecimal national, Polarity polarity, String words, Position expected,
            String description) {
        ValueFacts value = new ValueFacts(1L, "2012/13 annual", LocalDate.of(2013, 3, 31), PeriodType.FINANCIAL_YEAR, figure,
                false, null, null, national, null, words);

        Optional<NationalComparison> comparison = NationalComparison.of(
                IndicatorStatusCalculatorTest.indicator(polarity, null, false, false, List.of(value)), List.of(value));

        assertThat(comparison).as(description).hasValueSatisfying(c -> {
            assertThat(c.position()).isEqualTo(expected);
            assertThat(c.inWords()).isEqualTo(figure == null || national == null);
        });
    }

    @Test
    void anIndicatorWithoutAnAverageOrWordsHasNoComparisonInformation() {
        ValueFacts value = IndicatorStatusCalculatorTest.value(1, "2012/13 annual", "2013-03-31", PeriodType.FINANCIAL_YEAR,
                "60", null);

        assertThat(NationalComparison.of(IndicatorStatusCalculatorTest.indicator(Polarity.HIGHER_IS_BETTER, null, false, false,
                List.of(value)), List.of(value))).isEmpty();
    }

    @Test
    void theLatestComparisonUpToTheEndOfTheYearCounts() {
        List<ValueFacts> values = List.of(
                IndicatorStatusCalculatorTest.value(1, "2011/12 annual", "2012-03-31", PeriodType.FINANCIAL_YEAR, "60", "65"),
                IndicatorStatusCalculatorTest.words(2, "September 2012", "2012-09-30", "Better than the national average"),
                IndicatorStatusCalculatorTest.value(3, "2012/13 annual", "2013-03-31", PeriodType.FINANCIAL_YEAR, "70", null),
                IndicatorStatusCalculatorTest.value(4, "2014/15 annual", "2015-03-31", PeriodType.FINANCIAL_YEAR, "50", "65"));

        NationalComparison comparison = IndicatorStatusCalculator.assess(IndicatorStatusCalculatorTest.indicator(
                Polarity.HIGHER_IS_BETTER, null, false, false, values), BigDecimal.valueOf(5), IndicatorStatusCalculatorTest.YEAR,
                new AsAt(YEAR_END, AsAt.Reason.YEAR_ENDED, null)).national();

        assertThat(comparison.value().periodLabel()).isEqualTo("September 2012");
        assertThat(comparison.position()).isEqualTo(Position.EXCEEDS);
    }
}
