package uk.partnershipplans.portal.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import uk.partnershipplans.portal.plan.PlanFacts.IndicatorFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.plan.Polarity;
import uk.partnershipplans.portal.shared.Figures;

/**
 * How an indicator compares with the national average, as a committee report summarises it: from the latest value
 * that carries a comparison (a figure with the national average for the same period, or a comparison in words). No
 * tolerance applies: a figure exceeds the average or falls short of it, whatever the margin.
 *
 * @param inWords whether the comparison was given in words rather than figures
 */
record NationalComparison(IndicatorFacts indicator, Position position, ValueFacts value, boolean inWords) {

    enum Position {
        EXCEEDS, FALLS_SHORT, NEITHER
    }

    /** @param yearEnd the end of the plan year: values for later periods do not count */
    static Optional<NationalComparison> of(IndicatorFacts indicator, LocalDate yearEnd) {
        return indicator.values().stream()
                .filter(v -> v.periodEnd() == null || !v.periodEnd().isAfter(yearEnd))
                .filter(v -> inFigures(v) || hasText(v.nationalComparison()))
                .min(IndicatorStatusCalculator.LATEST_FIRST)
                .map(value -> inFigures(value)
                        ? new NationalComparison(indicator, byFigures(value, indicator.polarity()), value, false)
                        : new NationalComparison(indicator, byWords(value.nationalComparison()), value, true));
    }

    /** Better or worse by the indicator's polarity; level, or no polarity set, is neither. */
    static Position byFigures(ValueFacts value, Polarity polarity) {
        int change = value.figure().compareTo(value.nationalAverage());
        if (change == 0 || polarity == null) {
            return Position.NEITHER;
        }
        boolean better = polarity == Polarity.HIGHER_IS_BETTER ? change > 0 : change < 0;
        return better ? Position.EXCEEDS : Position.FALLS_SHORT;
    }

    /** Words that begin "Better" exceed the average and words that begin "Worse" fall short; other words say neither. */
    static Position byWords(String words) {
        String start = words.strip().toLowerCase(Locale.UK);
        if (start.startsWith("better")) {
            return Position.EXCEEDS;
        }
        return start.startsWith("worse") ? Position.FALLS_SHORT : Position.NEITHER;
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
