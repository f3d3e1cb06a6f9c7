package uk.partnershipplans.portal.status;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import uk.partnershipplans.portal.plan.PlanFacts.IndicatorFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.plan.Polarity;
import uk.partnershipplans.portal.shared.Figures;

/**
 * How an indicator compares with the national average, as a committee report summarises it: from the latest value
 * that carries a comparison (a figure with the national average for the same period, or a comparison in words). No
 * tolerance applies: a figure exceeds the average or falls short of it, whatever the margin, and is in line with it
 * only when equal. Worked out with the indicator's status ({@link IndicatorStatusCalculator}), from the same values.
 *
 * @param inWords whether the comparison was given in words rather than figures
 */
record NationalComparison(IndicatorFacts indicator, Position position, ValueFacts value, boolean inWords) {

    /** Committee reports count each group: exceeds, does not meet, in line; a comparison that says none is not judged. */
    enum Position {
        EXCEEDS, FALLS_SHORT, IN_LINE, NOT_JUDGED
    }

    /** @param values the values that count as at the day (see {@link AsAt#counts}) */
    static Optional<NationalComparison> of(IndicatorFacts indicator, List<ValueFacts> values) {
        return values.stream()
                .filter(v -> inFigures(v) || hasText(v.nationalComparison()))
                .min(IndicatorStatusCalculator.LATEST_FIRST)
                .map(value -> inFigures(value)
                        ? new NationalComparison(indicator, byFigures(value, indicator.polarity()), value, false)
                        : new NationalComparison(indicator, byWords(value.nationalComparison()), value, true));
    }

    /** Better or worse by the indicator's polarity; level is in line; different with no polarity set is not judged. */
    static Position byFigures(ValueFacts value, Polarity polarity) {
        int change = value.figure().compareTo(value.nationalAverage());
        if (change == 0) {
            return Position.IN_LINE;
        }
        if (polarity == null) {
            return Position.NOT_JUDGED;
        }
        boolean better = polarity == Polarity.HIGHER_IS_BETTER ? change > 0 : change < 0;
        return better ? Position.EXCEEDS : Position.FALLS_SHORT;
    }

    /**
     * Words that begin "Better" exceed the average, words that begin "Worse" fall short, words that begin "In line",
     * "Similar" or "Same" are in line; other words are not judged.
     */
    static Position byWords(String words) {
        String start = words.strip().toLowerCase(Locale.UK);
        if (start.startsWith("better")) {
            return Position.EXCEEDS;
        }
        if (start.startsWith("worse")) {
            return Position.FALLS_SHORT;
        }
        return Stream.of("in line", "similar", "same").anyMatch(start::startsWith) ? Position.IN_LINE : Position.NOT_JUDGED;
    }

    /** The figure compared, as the plans print it; null for a comparison in words. */
    public String shownFigure() {
        return inWords ? null : Figures.format(value.figure());
    }

    public String shownAverage() {
        return inWords ? null : Figures.format(value.nationalAverage());
    }

    private static boolean inFigures(ValueFacts value) {
        return value.figure() != null && value.nationalAverage() != null;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
