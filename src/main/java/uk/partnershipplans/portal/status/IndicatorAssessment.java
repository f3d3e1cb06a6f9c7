package uk.partnershipplans.portal.status;

import java.math.BigDecimal;
import uk.partnershipplans.portal.plan.PlanFacts.IndicatorFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ReportFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;

/**
 * An indicator's status and direction of travel.
 *
 * @param latest           the value rated: the latest with a figure or a reason for none; null when there is none
 *                         (for a rating by words, see {@code national})
 * @param benchmark        what the figure was compared with; null when it was not compared
 * @param benchmarkValue   the target or average compared with
 * @param tolerancePercent the tolerance that applied: the indicator's own, or the portal's default
 * @param previous         the earlier figure the direction of travel compares with; null when there is none
 * @param national         how it compares with the national average; null when nothing says
 * @param report           the latest approved report as at the day, with its commentary; null when none
 */
record IndicatorAssessment(IndicatorFacts indicator, IndicatorStatus status, ValueFacts latest, Benchmark benchmark,
        BigDecimal benchmarkValue, BigDecimal tolerancePercent, Direction direction, ValueFacts previous,
        NationalComparison national, ReportFacts report) {

    public Rag rag() {
        return status.rag();
    }
}
