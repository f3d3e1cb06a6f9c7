package uk.partnershipplans.portal.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.partnershipplans.portal.plan.PlanFacts;
import uk.partnershipplans.portal.plan.PlanFacts.IndicatorFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ReportFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.plan.Polarity;

/**
 * Rates an indicator's latest figure against its target, else the national average, else the statistical neighbour
 * average, allowing a tolerance; where that gives no rating, by a comparison with the national average given in words;
 * says which way it has moved since the previous figure for the same kind of period, and how it compares with the
 * national average ({@link NationalComparison}). Only the values that count as at the day are read. The help page
 * (/help/status) states the same rules.
 */
final class IndicatorStatusCalculator {

    /** Latest first: the period that ends last, then the value entered last; values with no period end come last. */
    static final Comparator<ValueFacts> LATEST_FIRST = Comparator
            .comparing(ValueFacts::periodEnd, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(ValueFacts::id, Comparator.nullsFirst(Comparator.<Long>naturalOrder()))
            .reversed();

    private IndicatorStatusCalculator() {
    }

    /** @param defaultTolerancePercent the portal's default, for an indicator without a tolerance of its own */
    static IndicatorAssessment assess(IndicatorFacts indicator, BigDecimal defaultTolerancePercent, YearFacts year,
            AsAt asAt) {
        List<ValueFacts> known = indicator.values().stream().filter(v -> asAt.reaches(v, year)).toList();
        List<ValueFacts> counting = known.stream().filter(v -> asAt.counts(v, year)).toList();
        NationalComparison national = NationalComparison.of(indicator, counting).orElse(null);
        ReportFacts report = PlanFacts.latestAsAt(indicator.reports(), asAt.day());
        Rated rated = rate(indicator, defaultTolerancePercent, counting, known);
        if (!rated.status().rag().isRated() && national != null && national.inWords()
                && national.position() != NationalComparison.Position.NOT_JUDGED) {
            IndicatorStatus byWords = national.position() == NationalComparison.Position.FALLS_SHORT ? IndicatorStatus.SHORT
                    : IndicatorStatus.MET;
            rated = new Rated(byWords, rated.latest(), Benchmark.NATIONAL_IN_WORDS, null, rated.tolerance(),
                    rated.direction(), rated.previous());
        }
        return new IndicatorAssessment(indicator, rated.status(), rated.latest(), rated.benchmark(), rated.benchmarkValue(),
                rated.tolerance(), rated.direction(), rated.previous(), national, report);
    }

    private record Rated(IndicatorStatus status, ValueFacts latest, Benchmark benchmark, BigDecimal benchmarkValue,
            BigDecimal tolerance, Direction direction, ValueFacts previous) {
    }

    /** @param counting the values that count for the year; {@code known}, those known by the day, however old */
    private static Rated rate(IndicatorFacts indicator, BigDecimal defaultTolerancePercent, List<ValueFacts> counting,
            List<ValueFacts> known) {
        BigDecimal tolerance = indicator.tolerancePercent() != null ? indicator.tolerancePercent() : defaultTolerancePercent;
        Optional<ValueFacts> found = latest(counting);
        if (found.isEmpty()) {
            IndicatorStatus status = indicator.newIndicator() ? IndicatorStatus.NEW_INDICATOR
                    : indicator.inDevelopment() ? IndicatorStatus.TO_BE_DEVELOPED
                    : IndicatorStatus.NO_DATA;
            return new Rated(status, null, null, null, tolerance, Direction.NOT_KNOWN, null);
        }
        ValueFacts latest = found.get();
        if (latest.figure() == null) {
            IndicatorStatus status = isToBeConfirmed(latest.notAvailableReason()) ? IndicatorStatus.TO_BE_CONFIRMED
                    : IndicatorStatus.NO_DATA;
            return new Rated(status, latest, null, null, tolerance, Direction.NOT_KNOWN, null);
        }
        ValueFacts previous = previousComparable(latest, known).orElse(null);
        Direction direction = direction(latest.figure(), previous == null ? null : previous.figure(), indicator.polarity());
        if (indicator.polarity() == null) {
            return new Rated(IndicatorStatus.NO_POLARITY, latest, null, null, tolerance, direction, previous);
        }
        Benchmark benchmark = latest.target() != null ? Benchmark.TARGET
                : latest.nationalAverage() != null ? Benchmark.NATIONAL_AVERAGE
                : latest.statisticalNeighbour() != null ? Benchmark.STATISTICAL_NEIGHBOUR
                : null;
        if (benchmark == null) {
            return new Rated(IndicatorStatus.NO_COMPARATOR, latest, null, null, tolerance, direction, previous);
        }
        BigDecimal against = switch (benchmark) {
            case TARGET -> latest.target();
            case NATIONAL_AVERAGE -> latest.nationalAverage();
            case STATISTICAL_NEIGHBOUR -> latest.statisticalNeighbour();
            case NATIONAL_IN_WORDS -> throw new IllegalStateException("Words are not a figure");
        };
        return new Rated(rate(latest.figure(), against, indicator.polarity(), tolerance), latest, benchmark, against,
                tolerance, direction, previous);
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
