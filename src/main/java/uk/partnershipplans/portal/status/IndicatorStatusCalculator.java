package uk.partnershipplans.portal.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.partnershipplans.portal.plan.PlanFacts.IndicatorFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.plan.Polarity;

/**
 * Rates an indicator's latest figure against its target, else the national average, else the statistical neighbour
 * average, allowing a tolerance; and says which way it has moved since the previous figure for the same kind of period.
 * The help page (/help/status) states the same rules.
 */
final class IndicatorStatusCalculator {

    /** Latest first: the period that ends last, then the value entered last; values with no period end come last. */
    static final Comparator<ValueFacts> LATEST_FIRST = Comparator
            .comparing(ValueFacts::periodEnd, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(ValueFacts::id, Comparator.nullsFirst(Comparator.<Long>naturalOrder()))
            .reversed();

    private IndicatorStatusCalculator() {
    }

    /**
     * @param defaultTolerancePercent the portal's default, for an indicator without a tolerance of its own
     * @param yearEnd                 the end of the plan year: figures for later periods do not count
     */
    static IndicatorAssessment assess(IndicatorFacts indicator, BigDecimal defaultTolerancePercent, LocalDate yearEnd) {
        BigDecimal tolerance = indicator.tolerancePercent() != null ? indicator.tolerancePercent() : defaultTolerancePercent;
        List<ValueFacts> values = indicator.values().stream()
                .filter(v -> v.periodEnd() == null || !v.periodEnd().isAfter(yearEnd))
                .toList();
        Optional<ValueFacts> found = latest(values);
        if (found.isEmpty()) {
            IndicatorStatus status = indicator.newIndicator() ? IndicatorStatus.NEW_INDICATOR
                    : indicator.inDevelopment() ? IndicatorStatus.TO_BE_DEVELOPED
                    : IndicatorStatus.NO_DATA;
            return new IndicatorAssessment(indicator, status, null, null, null, tolerance, Direction.NOT_KNOWN, null);
        }
        ValueFacts latest = found.get();
        if (latest.figure() == null) {
            IndicatorStatus status = isToBeConfirmed(latest.notAvailableReason()) ? IndicatorStatus.TO_BE_CONFIRMED
                    : IndicatorStatus.NO_DATA;
            return new IndicatorAssessment(indicator, status, latest, null, null, tolerance, Direction.NOT_KNOWN, null);
        }
        ValueFacts previous = previousComparable(latest, values).orElse(null);
        Direction direction = direction(latest.figure(), previous == null ? null : previous.figure(), indicator.polarity());
        if (indicator.polarity() == null) {
            return new IndicatorAssessment(indicator, IndicatorStatus.NO_POLARITY, latest, null, null, tolerance, direction,
                    previous);
        }
        Benchmark benchmark = latest.target() != null ? Benchmark.TARGET
                : latest.nationalAverage() != null ? Benchmark.NATIONAL_AVERAGE
                : latest.statisticalNeighbour() != null ? Benchmark.STATISTICAL_NEIGHBOUR
                : null;
        if (benchmark == null) {
            return new IndicatorAssessment(indicator, IndicatorStatus.NO_COMPARATOR, latest, null, null, tolerance, direction,
                    previous);
        }
        BigDecimal against = switch (benchmark) {
            case TARGET -> latest.target();
            case NATIONAL_AVERAGE -> latest.nationalAverage();
            case STATISTICAL_NEIGHBOUR -> latest.statisticalNeighbour();
        };
        return new IndicatorAssessment(indicator, rate(latest.figure(), against, indicator.polarity(), tolerance), latest,
                benchmark, against, tolerance, direction, previous);
    }

    /** The latest value with a figure or a reason for having none; a comparison in words alone is not a figure. */
    static Optional<ValueFacts> latest(List<ValueFacts> values) {
        return values.stream()
                .filter(v -> v.figure() != null || (v.notAvailableReason() != null && !v.notAvailableReason().isBlank()))
                .min(LATEST_FIRST);
    }

    /**
     * Green on or better than the benchmark; amber when short of it by no more than {@code tolerancePercent} per cent of
     * it; red when short by more.
     */
    static IndicatorStatus rate(BigDecimal figure, BigDecimal benchmark, Polarity polarity, BigDecimal tolerancePercent) {
        BigDecimal shortBy = polarity == Polarity.HIGHER_IS_BETTER ? benchmark.subtract(figure) : figure.subtract(benchmark);
        if (shortBy.signum() <= 0) {
            return IndicatorStatus.MET;
        }
        BigDecimal allowed = benchmark.abs().multiply(tolerancePercent).movePointLeft(2);
        return shortBy.compareTo(allowed) <= 0 ? IndicatorStatus.WITHIN_TOLERANCE : IndicatorStatus.SHORT;
    }

    /** The latest earlier figure for the same kind of period (a quarter with quarters, an academic year with academic years). */
    static Optional<ValueFacts> previousComparable(ValueFacts latest, List<ValueFacts> values) {
        if (latest.periodEnd() == null || latest.periodType() == null) {
            return Optional.empty();
        }
        return values.stream()
                .filter(v -> v.figure() != null && v.periodType() == latest.periodType())
                .filter(v -> v.periodEnd() != null && v.periodEnd().isBefore(latest.periodEnd()))
                .min(LATEST_FIRST);
    }

    static Direction direction(BigDecimal latest, BigDecimal previous, Polarity polarity) {
        if (latest == null || previous == null) {
            return Direction.NOT_KNOWN;
        }
        int change = latest.compareTo(previous);
        if (change == 0) {
            return Direction.NO_CHANGE;
        }
        if (polarity == null) {
            return Direction.NOT_KNOWN;
        }
        boolean better = polarity == Polarity.HIGHER_IS_BETTER ? change > 0 : change < 0;
        return better ? Direction.IMPROVING : Direction.WORSENING;
    }

    /** "tbc", as the documents write it: the figure is expected but not yet confirmed. */
    static boolean isToBeConfirmed(String reason) {
        return reason != null && reason.strip().equalsIgnoreCase("tbc");
    }
}
