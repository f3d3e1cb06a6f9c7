package uk.partnershipplans.portal.plan.read;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import uk.partnershipplans.portal.plan.IndicatorUnit;
import uk.partnershipplans.portal.plan.model.indicator.Indicator;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValue;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicator;
import uk.partnershipplans.portal.plan.model.indicator.ReportingFrequency;
import uk.partnershipplans.portal.shared.Figures;

/**
 * Where an indicator stands, as the indicator tables of the plans show it: the latest figure with its period (and
 * whether it is provisional), or why there is none: to be confirmed, not available, a new indicator, one still to be
 * developed, or simply no figure yet.
 *
 * @param state     which of those it is
 * @param period    the latest period's label, when there is a latest value
 * @param frequency how often the indicator is reported: the reporting period to show when there is no latest value
 * @param figure    the latest figure, formatted, when {@code state} is {@link State#FIGURE}
 * @param reason    the document's own words for a missing figure, when {@code state} is {@link State#NOT_AVAILABLE}
 */
record CurrentPerformance(State state, String period, ReportingFrequency frequency, String figure, IndicatorUnit unit,
        boolean provisional, String reason) {

    enum State {
        FIGURE, TO_BE_CONFIRMED, NOT_AVAILABLE, NEW_INDICATOR, TO_BE_DEVELOPED, NO_FIGURE
    }

    /** Latest first: the period that ends last, then the value entered last. Values with no end date come last. */
    static final Comparator<IndicatorValue> LATEST_FIRST = Comparator
            .comparing(IndicatorValue::getPeriodEnd, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(IndicatorValue::getId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .reversed();

    /**
     * @param values the indicator's values; a comparison in words alone does not count as a figure
     * @param use    how the plan year reports the indicator, or null if it does not
     */
    static CurrentPerformance of(Indicator indicator, Collection<IndicatorValue> values, PlanYearIndicator use) {
        Optional<IndicatorValue> latest = values.stream()
                .filter(v -> v.getFigure() != null || hasText(v.getNotAvailableReason()))
                .min(LATEST_FIRST);
        if (latest.isPresent()) {
            IndicatorValue value = latest.get();
            if (value.getFigure() != null) {
                return new CurrentPerformance(State.FIGURE, value.getPeriodLabel(), indicator.getFrequency(), format(value.getFigure()),
                        indicator.getUnit(), value.isProvisional(), null);
            }
            State state = isToBeConfirmed(value.getNotAvailableReason()) ? State.TO_BE_CONFIRMED : State.NOT_AVAILABLE;
            return new CurrentPerformance(state, value.getPeriodLabel(), indicator.getFrequency(), null, indicator.getUnit(), false,
                    value.getNotAvailableReason());
        }
        State state = use != null && use.isNewIndicator() ? State.NEW_INDICATOR
                : use != null && use.isInDevelopment() ? State.TO_BE_DEVELOPED
                : State.NO_FIGURE;
        return new CurrentPerformance(state, null, indicator.getFrequency(), null, indicator.getUnit(), false, null);
    }

    /** "tbc", as the documents write it, means the figure is expected but not yet confirmed. */
    static boolean isToBeConfirmed(String reason) {
        return reason != null && reason.strip().equalsIgnoreCase("tbc");
    }

    /** A figure as the documents print it: thousands separated by commas, its own decimal places ("15,642", "64.0"). */
    static String format(BigDecimal figure) {
        return Figures.format(figure);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
