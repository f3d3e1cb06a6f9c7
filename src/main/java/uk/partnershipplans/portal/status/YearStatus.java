package uk.partnershipplans.portal.status;

import java.util.List;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.reporting.RoundPeriods.RoundPeriod;

/**
 * Where a plan year stands as at a day: each action's and each indicator's status, each priority's roll-up and the
 * year's. Actions and indicators keep the year's order. The dashboard and the progress summary are two views of it.
 *
 * @param rounds the year's reporting rounds, whose period ends the board may choose to see the year as at
 */
record YearStatus(YearFacts year, AsAt asAt, List<RoundPeriod> rounds, List<ActionAssessment> actions,
        List<IndicatorAssessment> indicators, List<PriorityStatus> priorities, RollUp overall) {

    /** A priority's actions (every action that contributes to it) and indicators (primary and additional). */
    record PriorityStatus(PriorityFacts priority, List<ActionAssessment> actions, List<IndicatorAssessment> indicators,
            RollUp rollUp) {
    }
}
