package uk.partnershipplans.portal.status;

import uk.partnershipplans.portal.plan.PlanFacts.ActionFacts;

/** An action with its status and how far its milestones have got. */
record ActionAssessment(ActionFacts action, ActionStatus status, MilestoneProgress milestones) {

    /**
     * @param total     the action's milestones
     * @param due       those whose due date has come (on or before today)
     * @param doneOfDue those of {@code due} that are done
     * @param done      all that are done, early ones included
     * @param late      those whose due date has passed (before today) and that are not done
     */
    record MilestoneProgress(int total, int due, int doneOfDue, int done, int late) {
    }
}
