package uk.partnershipplans.portal.status;

import java.time.LocalDate;
import java.util.List;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;

/**
 * Where a plan year stands on a day: each action's and each indicator's status, each priority's roll-up and the
 * year's. Actions and indicators keep the year's order.
 */
record YearStatus(YearFacts year, LocalDate today, List<ActionAssessment> actions, List<IndicatorAssessment> indicators,
        List<PriorityStatus> priorities, RollUp overall) {

    /** A priority's actions (every action that contributes to it) and indicators (primary and additional). */
    record PriorityStatus(PriorityFacts priority, List<ActionAssessment> actions, List<IndicatorAssessment> indicators,
            RollUp rollUp) {
    }
}
