package uk.partnershipplans.portal.status;

import java.time.LocalDate;
import uk.partnershipplans.portal.plan.PlanFacts.ActionFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ReportFacts;

/**
 * An action with its status as at a day, how far its milestones have got, and why: the latest report as at that day
 * (with its commentary and evidence) and the target date it was judged against.
 *
 * @param latest     the latest report as at the day; null when nobody had reported by then
 * @param targetDate the plan's target date, or the latest revised one reported by the day
 * @param retargeted the report that revised the target date, with its reason; null when none did
 */
record ActionAssessment(ActionFacts action, ActionStatus status, MilestoneProgress milestones, ReportFacts latest,
        LocalDate targetDate, ReportFacts retargeted) {

    /**
     * @param total     the action's milestones
     * @param due       those whose due date has come (on or before the day)
     * @param doneOfDue those of {@code due} that were done by the day
     * @param done      all that were done by the day, early ones included
     * @param late      those whose due date had passed (before the day) and that were not done by then
     */
    record MilestoneProgress(int total, int due, int doneOfDue, int done, int late) {
    }
}
