package uk.partnershipplans.portal.status;

import java.time.LocalDate;
import java.util.List;
import uk.partnershipplans.portal.plan.PlanFacts.ActionFacts;
import uk.partnershipplans.portal.plan.PlanFacts.MilestoneFacts;
import uk.partnershipplans.portal.plan.ReportedProgress;
import uk.partnershipplans.portal.status.ActionAssessment.MilestoneProgress;

/**
 * Works out an action's status on a given day from what its lead reported, its target date and its milestones. The
 * first rule that applies wins; the help page (/help/status) states the same rules in the same order.
 */
final class ActionStatusCalculator {

    /** The order in which {@link #statusOf} tries the statuses: the help page lists the rules in this order. */
    static final List<ActionStatus> RULES_IN_ORDER = List.of(ActionStatus.CANCELLED, ActionStatus.COMPLETED,
            ActionStatus.OVERDUE, ActionStatus.SLIPPING, ActionStatus.ON_TRACK, ActionStatus.NOT_STARTED);

    private ActionStatusCalculator() {
    }

    /** @param milestones the action's own milestones */
    static ActionAssessment assess(ActionFacts action, List<MilestoneFacts> milestones, LocalDate today) {
        MilestoneProgress progress = progress(milestones, today);
        return new ActionAssessment(action, statusOf(action.reportedStatus(), action.targetDate(), progress, today), progress);
    }

    static ActionStatus statusOf(ReportedProgress reported, LocalDate targetDate, MilestoneProgress milestones, LocalDate today) {
        if (reported == ReportedProgress.CANCELLED) {
            return ActionStatus.CANCELLED;
        }
        if (reported == ReportedProgress.COMPLETED) {
            return ActionStatus.COMPLETED;
        }
        if (targetDate != null && targetDate.isBefore(today)) {
            return ActionStatus.OVERDUE;
        }
        if (reported == ReportedProgress.SLIPPING || milestones.late() > 0) {
            return ActionStatus.SLIPPING;
        }
        if (reported == ReportedProgress.ON_TRACK || milestones.done() > 0) {
            return ActionStatus.ON_TRACK;
        }
        return ActionStatus.NOT_STARTED;
    }

    static MilestoneProgress progress(List<MilestoneFacts> milestones, LocalDate today) {
        int due = 0;
        int doneOfDue = 0;
        int done = 0;
        int late = 0;
        for (MilestoneFacts milestone : milestones) {
            boolean isDone = milestone.completedOn() != null;
            boolean isDue = milestone.dueDate() != null && !milestone.dueDate().isAfter(today);
            if (isDone) {
                done++;
            }
            if (isDue) {
                due++;
                if (isDone) {
                    doneOfDue++;
                } else if (milestone.dueDate().isBefore(today)) {
                    late++;
                }
            }
        }
        return new MilestoneProgress(milestones.size(), due, doneOfDue, done, late);
    }
}
