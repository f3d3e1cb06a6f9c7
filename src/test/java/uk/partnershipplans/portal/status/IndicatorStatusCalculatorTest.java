package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.partnershipplans.portal.plan.IndicatorUnit;
import uk.partnershipplans.portal.plan.PlanFacts.IndicatorFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.plan.Polarity;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;

/** The indicator rating and direction of travel rules of the help page, case by case. */
class IndicatorStatusCalculatorTest {

    private static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("5");
    private static final LocalDate YEAR_END = LocalDate.of(2014, 3, 31);
    static final YearFacts YEAR = new YearFacts(1L, "2013-14", null, LocalDate.of(2013, 4, 1), YEAR_END, null, List.of(),
            List.of(), List.of(), List.of());
    private static final AsAt AT_YEAR_END = new AsAt(YEAR_END, AsAt.Reason.YEAR_ENDED, null);

    @ParameterizedTest(name = "{5}: {0} against {1}, {2}, tolerance {3}% -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            60     | 60    | HIGHER_IS_BETTER | 5   | MET              | percentage exactly on target
            60.1   | 60    | HIGHER_IS_BETTER | 5   | MET              | percentage better than target
            57     | 60    | HIGHER_IS_BETTER | 5   | WITHIN_TOLERANCE | short by exactly the tolerance (5% of 60 is 3 points)
            56.99  | 60    | HIGHER_IS_BETTER | 5   | SHORT            | just beyond the tolerance
            40     | 40    | LOWER_IS_BETTER  | 5   | MET              | rate exactly on target, lower is better
            38.5   | 40    | LOWER_IS_BETTER  | 5   | MET              | rate below target, lower is better
            42     | 40    | LOWER_IS_BETTER  | 5   | WITHIN_TOLERANCE | rate above target by exactly the tolerance
            42.01  | 40    | LOWER_IS_BETTER  | 5   | SHORT            | rate above target beyond the tolerance
            2.5    | 2.4   | LOWER_IS_BETTER  | 5   | WITHIN_TOLERANCE | small percentage: 0.1 points short, 0.12 allowed
            2.6    | 2.4   | LOWER_IS_BETTER  | 5   | SHORT            | small percentage: 0.2 points short, 0.12 allowed
            301    | 300   | LOWER_IS_BETTER  | 0   | SHORT            | no tolerance: any shortfall is red
            300    | 300   | LOWER_IS_BETTER  | 0   | MET              | no tolerance: on target is green
            15000  | 15642 | HIGHER_IS_BETTER | 10  | WITHIN_TOLERANCE | count within a 10% tolerance
            1      | 0     | LOWER_IS_BETTER  | 100 | SHORT            | a zero target leaves no room for tolerance
            """)
    void rateAFigureAgainstWhatItIsComparedWith(BigDecimal figure, BigDecimal benchmark, Polarity polarity,
            BigDecimal tolerance, IndicatorStatus expected, String description) {
        assertThat(IndicatorStatusCalculator.rate(figure, benchmark, polarity, tolerance)).as(description).isEqualTo(expected);
    }

    /** The latest value has the figure, reason and comparators given; the indicator's polarity, tolerance and flags. */
    @ParameterizedTest(name = "{11}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            48.4  |             | false | 50  | 40  |      | LOWER_IS_BETTER  |     | false | false | MET, TARGET                        | the target comes first
            48.4  |             | false |     | 45  | 47   | LOWER_IS_BETTER  |     | false | false | SHORT, NATIONAL_AVERAGE            | without a target, the national average: 3.4 short, 2.25 allowed
            48.4  |             | false |     |     | 47   | LOWER_IS_BETTER  |     | false | false | WITHIN_TOLERANCE, STATISTICAL_NEIGHBOUR | then the statistical neighbour: 1.4 short, 2.35 allowed
            48.4  |             | false |     |     |      | LOWER_IS_BETTER  |     | false | false | NO_COMPARATOR,                     | nothing to compare with
            15642 |             | false | 15000 |   |      |                  |     | false | false | NO_POLARITY,                       | which way is better not set
            78.3  |             | true  | 80  |     |      | HIGHER_IS_BETTER |     | false | false | WITHIN_TOLERANCE, TARGET           | a provisional figure is rated like a final one
            55    |             | false | 60  |     |      | HIGHER_IS_BETTER | 10  | false | false | WITHIN_TOLERANCE, TARGET           | the indicator's own tolerance of 10% (6 points)
            55    |             | false | 60  |     |      | HIGHER_IS_BETTER |     | false | false | SHORT, TARGET                      | the default tolerance of 5% (3 points)
            59.9  |             | false | 60  |     |      | HIGHER_IS_BETTER | 0   | false | false | SHORT, TARGET                      | an own tolerance of 0 is not the default
                  | tbc         | false | 60  | 50  |      | HIGHER_IS_BETTER |     | false | false | TO_BE_CONFIRMED,                   | tbc is shown as such, never red or green
                  | TBC         | false |     |     |      | HIGHER_IS_BETTER |     | false | false | TO_BE_CONFIRMED,                   | tbc in capitals
                  | Suppressed  | false | 60  |     |      | HIGHER_IS_BETTER |     | false | false | NO_DATA,                           | another reason for no figure is no data
                  | tbc         | false |     |     |      | HIGHER_IS_BETTER |     | true  | false | TO_BE_CONFIRMED,                   | a new indicator whose first figure is tbc
            30    |             | false | 40  |     |      | LOWER_IS_BETTER  |     | true  | false | MET, TARGET                        | a new indicator with a figure is rated
            """)
    void rateTheLatestValue(BigDecimal figure, String reason, boolean provisional, BigDecimal target, BigDecimal national,
            BigDecimal neighbour, Polarity polarity, BigDecimal ownTolerance, boolean newIndicator, boolean inDevelopment,
            String expected, String description) {
        ValueFacts value = new ValueFacts(1L, "2012/13 annual", LocalDate.of(2013, 3, 31), PeriodType.FINANCIAL_YEAR, figure,
                provisional, reason, target, national, neighbour, null);
        IndicatorFacts indicator = indicator(polarity, ownTolerance, newIndicator, inDevelopment, List.of(value));

        IndicatorAssessment assessment = IndicatorStatusCalculator.assess(indicator, DEFAULT_TOLERANCE, YEAR, AT_YEAR_END);

        String[] parts = expected.split(",", -1);
        assertThat(assessment.status()).as(description).isEqualTo(IndicatorStatus.valueOf(parts[0].strip()));
        assertThat(assessment.benchmark()).as(description)
                .isEqualTo(parts[1].isBlank() ? null : Benchmark.valueOf(parts[1].strip()));
        assertThat(assessment.latest()).isSameAs(value);
        assertThat(assessment.benchmarkValue()).isEqualTo(assessment.benchmark() == null ? null : switch (assessment.benchmark()) {
            case TARGET -> target;
            case NATIONAL_AVERAGE -> national;
            case STATISTICAL_NEIGHBOUR -> neighbour;
            case NATIONAL_IN_WORDS -> null;
        });
        assertThat(assessment.tolerancePercent()).isEqualTo(ownTolerance != null ? ownTolerance : DEFAULT_TOLERANCE);
    }

    @ParameterizedTest(name = "no values, new {0}, in development {1} -> {2}")
    @CsvSource(textBlock = """
            true,  false, NEW_INDICATOR
            false, true,  TO_BE_DEVELOPED
            true,  true,  NEW_INDICATOR
            false, false, NO_DATA
            """)
    void withoutAnyValueTheYearSaysWhy(boolean newIndicator, boolean inDevelopment, IndicatorStatus expected) {
        IndicatorAssessment assessment = IndicatorStatusCalculator.assess(
                indicator(Polarity.HIGHER_IS_BETTER, null, newIndicator, inDevelopment, List.of()), DEFAULT_TOLERANCE, YEAR, AT_YEAR_END);

        assertThat(assessment.status()).isEqualTo(expected);
        assertThat(assessment.rag()).isEqualTo(Rag.NOT_RATED);
        assertThat(assessment.direction()).isEqualTo(Direction.NOT_KNOWN);
    }

    @Test
    void noDataNewIndicatorTbcAndToBeDevelopedAreNeverRedAmberOrGreen() {
        for (IndicatorStatus status : List.of(IndicatorStatus.NO_DATA, IndicatorStatus.NEW_INDICATOR,
                IndicatorStatus.TO_BE_CONFIRMED, IndicatorStatus.TO_BE_DEVELOPED, IndicatorStatus.NO_COMPARATOR,
                IndicatorStatus.NO_POLARITY)) {
            assertThat(status.rag()).as(status.name()).isEqualTo(Rag.NOT_RATED);
        }
        assertThat(List.of(IndicatorStatus.MET.rag(), IndicatorStatus.WITHIN_TOLERANCE.rag(), IndicatorStatus.SHORT.rag()))
                .containsExactly(Rag.GREEN, Rag.AMBER, Rag.RED);
    }

    @Test
    void theLatestValueIsTheOneWhosePeriodEndsLastUpToTheEndOfTheYear() {
        List<ValueFacts> values = List.of(
                value(1, "2011/12 annual", "2012-03-31", PeriodType.FINANCIAL_YEAR, "70", "65"),
                value(2, "2012/13 annual", "2013-03-31", PeriodType.FINANCIAL_YEAR, "60", "65"),
                value(3, "2014/15 annual", "2015-03-31", PeriodType.FINANCIAL_YEAR, "90", "65"),
                words(4, "September 2012", "2012-09-30", "Better than the national average"),
                value(5, "Annual", null, PeriodType.FINANCIAL_YEAR, "10", "65"));

        IndicatorAssessment assessment = IndicatorStatusCalculator.assess(
                indicator(Polarity.HIGHER_IS_BETTER, null, false, false, values), DEFAULT_TOLERANCE, YEAR, AT_YEAR_END);

        assertThat(assessment.latest().periodLabel()).as("after the year's end and undated values do not win")
                .isEqualTo("2012/13 annual");
        assertThat(assessment.status()).isEqualTo(IndicatorStatus.SHORT);
        assertThat(assessment.previous().periodLabel()).isEqualTo("2011/12 annual");
        assertThat(assessment.direction()).isEqualTo(Direction.WORSENING);
    }

    @Test
    void aLaterFigureToBeConfirmedIsShownAsTbcEvenWithAnEarlierFigure() {
        List<ValueFacts> values = List.of(
                value(1, "2011/12 annual", "2012-03-31", PeriodType.FINANCIAL_YEAR, "34.3", null),
                new ValueFacts(2L, "2012/13 annual", LocalDate.of(2013, 3, 31), PeriodType.FINANCIAL_YEAR, null, false, "tbc",
                        null, null, null, null));

        IndicatorAssessment assessment = IndicatorStatusCalculator.assess(
                indicator(Polarity.HIGHER_IS_BETTER, null, false, false, values), DEFAULT_TOLERANCE, YEAR, AT_YEAR_END);

        assertThat(assessment.status()).isEqualTo(IndicatorStatus.TO_BE_CONFIRMED);
        assertThat(assessment.direction()).isEqualTo(Direction.NOT_KNOWN);
    }

    /** Values are "label/period end/period type/figure" separated by spaces; the first is the latest (the highest id). */
    @ParameterizedTest(name = "{3}: {2} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            HIGHER_IS_BETTER | IMPROVING  | 2012/13/2013-03-31/FINANCIAL_YEAR/60.6 2011/12/2012-03-31/FINANCIAL_YEAR/58   | higher is better and it went up
            HIGHER_IS_BETTER | WORSENING  | 2012/13/2013-03-31/FINANCIAL_YEAR/57 2011/12/2012-03-31/FINANCIAL_YEAR/58     | higher is better and it went down
            LOWER_IS_BETTER  | IMPROVING  | 2012/13/2013-03-31/FINANCIAL_YEAR/2.5 2011/12/2012-03-31/FINANCIAL_YEAR/6.1  | lower is better and it went down
            LOWER_IS_BETTER  | WORSENING  | 2012/13/2013-03-31/FINANCIAL_YEAR/48.4 2011/12/2012-03-31/FINANCIAL_YEAR/40  | lower is better and it went up
            LOWER_IS_BETTER  | NO_CHANGE  | 2011/12/2012-08-31/ACADEMIC_YEAR/5.00 2010/11/2011-08-31/ACADEMIC_YEAR/5.0   | the same figure written differently
            LOWER_IS_BETTER  | NOT_KNOWN  | 2012/13/2013-03-31/FINANCIAL_YEAR/2.5                                        | no previous figure
            LOWER_IS_BETTER  | NOT_KNOWN  | Q3/2012-12-31/QUARTER/292 annual/2012-03-31/FINANCIAL_YEAR/300               | only a different kind of period before
            LOWER_IS_BETTER  | IMPROVING  | annual/2013-03-31/FINANCIAL_YEAR/290 Q3/2012-12-31/QUARTER/280 annual/2012-03-31/FINANCIAL_YEAR/300 | a year with the year before, not with a quarter
            LOWER_IS_BETTER  | WORSENING  | Q3/2012-12-31/QUARTER/292 Q1/2012-06-30/QUARTER/300 Q2/2012-09-30/QUARTER/280 | a quarter with the latest earlier quarter
                             | NOT_KNOWN  | 2012/13/2013-03-31/FINANCIAL_YEAR/15642 2011/12/2012-03-31/FINANCIAL_YEAR/14000 | which way is better not set
                             | NO_CHANGE  | 2012/13/2013-03-31/FINANCIAL_YEAR/16 2011/12/2012-03-31/FINANCIAL_YEAR/16     | no change needs no polarity
            """)
    void directionOfTravel(Polarity polarity, Direction expected, String values, String description) {
        List<ValueFacts> parsed = new ArrayList<>();
        String[] specs = values.trim().split("\\s+");
        for (int i = 0; i < specs.length; i++) {
            String[] part = specs[i].split("/");
            int at = part.length - 3;
            String label = String.join("/", Arrays.copyOfRange(part, 0, at));
            parsed.add(new ValueFacts((long) specs.length - i, label, LocalDate.parse(part[at]), PeriodType.valueOf(part[at + 1]),
                    new BigDecimal(part[at + 2]), false, null, null, null, null, null));
        }
        IndicatorAssessment assessment = IndicatorStatusCalculator.assess(indicator(polarity, null, false, false, parsed),
                DEFAULT_TOLERANCE, YEAR, AT_YEAR_END);

        assertThat(assessment.latest()).isSameAs(parsed.get(0));
        assertThat(assessment.direction()).as(description).isEqualTo(expected);
    }

    @Test
    void aPreviousValueWithoutAFigureIsPassedOver() {
        List<ValueFacts> values = List.of(
                value(3, "2012/13 annual", "2013-03-31", PeriodType.FINANCIAL_YEAR, "17.8", null),
                new ValueFacts(2L, "2011/12 annual", LocalDate.of(2012, 3, 31), PeriodType.FINANCIAL_YEAR, null, false, "tbc",
                        null, null, null, null),
                value(1, "2010/11 annual", "2011-03-31", PeriodType.FINANCIAL_YEAR, "19.0", null));

        IndicatorAssessment assessment = IndicatorStatusCalculator.assess(
                indicator(Polarity.LOWER_IS_BETTER, null, false, false, values), DEFAULT_TOLERANCE, YEAR, AT_YEAR_END);

        assertThat(assessment.previous().periodLabel()).isEqualTo("2010/11 annual");
        assertThat(assessment.direction()).isEqualTo(Direction.IMPROVING);
    }

    @Test
    void aComparisonInWordsRatesAnIndicatorThatNoFigureRates() {
        List<ValueFacts> worse = List.of(words(1, "September 2012", "2012-09-30", "Worse than the national average"));
        List<ValueFacts> inLine = List.of(words(1, "September 2012", "2012-09-30", "In line with the national average"));
        List<ValueFacts> withFigure = List.of(words(1, "September 2012", "2012-09-30", "Worse than the national average"),
                value(2, "2012/13 annual", "2013-03-31", PeriodType.FINANCIAL_YEAR, "60", "50"));

        IndicatorAssessment byWords = assess(worse);
        assertThat(byWords.status()).isEqualTo(IndicatorStatus.SHORT);
        assertThat(byWords.benchmark()).isEqualTo(Benchmark.NATIONAL_IN_WORDS);
        assertThat(byWords.national().position()).isEqualTo(NationalComparison.Position.FALLS_SHORT);
        assertThat(assess(inLine).status()).isEqualTo(IndicatorStatus.MET);
        assertThat(assess(inLine).national().position()).isEqualTo(NationalComparison.Position.IN_LINE);
        IndicatorAssessment byFigure = assess(withFigure);
        assertThat(byFigure.benchmark()).as("a figure with an average rates it; words do not").isEqualTo(Benchmark.NATIONAL_AVERAGE);
        assertThat(byFigure.national().position()).isEqualTo(NationalComparison.Position.EXCEEDS);
    }

    @Test
    void aValueCountsForAYearOnlyIfItsPeriodEndsWithinTheYearOrTheYearBefore() {
        List<ValueFacts> values = List.of(words(1, "September 2011", "2011-09-30", "Better than the national average"),
                value(2, "2011/12 annual", "2012-03-31", PeriodType.FINANCIAL_YEAR, "60", null));

        IndicatorAssessment assessment = assess(values);

        assertThat(assessment.status()).as("March 2012 is before the year before 2013-14").isEqualTo(IndicatorStatus.NO_DATA);
        assertThat(assessment.national()).isNull();
    }

    @Test
    void aFigureForAPeriodEndingAfterTheDayIsLeftOut() {
        List<ValueFacts> values = List.of(value(1, "2012/13 annual", "2013-03-31", PeriodType.FINANCIAL_YEAR, "60", "50"),
                value(2, "2013/14 Q2", "2013-09-30", PeriodType.QUARTER, "40", "50"));
        IndicatorFacts indicator = indicator(Polarity.HIGHER_IS_BETTER, null, false, false, values);

        assertThat(IndicatorStatusCalculator.assess(indicator, DEFAULT_TOLERANCE, YEAR,
                new AsAt(LocalDate.of(2013, 9, 29), AsAt.Reason.CHOSEN, null)).latest().periodLabel()).isEqualTo("2012/13 annual");
        assertThat(assess(values).latest().periodLabel()).isEqualTo("2013/14 Q2");
    }

    private static IndicatorAssessment assess(List<ValueFacts> values) {
        return IndicatorStatusCalculator.assess(indicator(Polarity.HIGHER_IS_BETTER, null, false, false, values),
                DEFAULT_TOLERANCE, YEAR, AT_YEAR_END);
    }

    static IndicatorFacts indicator(Polarity polarity, BigDecimal ownTolerance, boolean newIndicator, boolean inDevelopment,
            List<ValueFacts> values) {
        return new IndicatorFacts(1L, "An indicator", null, IndicatorUnit.PERCENTAGE, polarity, PeriodType.FINANCIAL_YEAR,
                ownTolerance, newIndicator, inDevelopment, List.of(), values, List.of());
    }

    static ValueFacts value(long id, String label, String end, PeriodType type, String figure, String national) {
        return new ValueFacts(id, label, end == null ? null : LocalDate.parse(end), type,
                figure == null ? null : new BigDecimal(figure), false, null, null, national == null ? null : new BigDecimal(national),
                null, null);
    }

    static ValueFacts words(long id, String label, String end, String comparison) {
        return new ValueFacts(id, label, LocalDate.parse(end), null, null, false, null, null, null, null, comparison);
    }
}
