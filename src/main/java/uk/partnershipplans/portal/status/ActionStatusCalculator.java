package uk.partnershipplans.portal.status;

import java.time.LocalDate;
import java.util.List;
import uk.partnershipplans.portal.plan.PlanFacts.ActionFacts;
import uk.partnershipplans.portal.plan.PlanFacts.MilestoneFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ReportFacts;
import uk.partnershipplans.portal.plan.ReportedProgress;
import uk.partnershipplans.portal.status.ActionAssessment.MilestoneProgress;

/**
 * Works out an action's status as at a day from the reports of its progress as at that day, its target date (as the
 * latest of those reports revised it) and its milestones. The first rule that applies wins; the help page
 * (/help/status) states the same rules in the same order.
 */
final class ActionStatusCalculator {

    /** The order in which {@link #statusOf} tries the statuses: the help page lists the rules in this order. */
    static final List<ActionStatus> RULES_IN_ORDER = List.of(ActionStatus.CANCELLED, ActionStatus.COMPLETED,
            ActionStatus.OVERDUE, ActionStatus.SLIPPING, ActionStatus.ON_TRACK, ActionStatus.NOT_STARTED);

    private ActionStatusCalculator() {
    }

    /** @param milestones the action's own milestones */
    static ActionAssessment assess(ActionFacts action, List<MilestoneFacts> milestones, LocalDate day) {
        ReportFacts latest = action.latestAsAt(day);
        LocalDate targetDate = action.targetDateAsAt(day);
        MilestoneProgress progress = progress(milestones, day);
        ReportedProgress reported = latest == null ? null : latest.status();
        return new ActionAssessment(action, statusOf(reported, targetDate, progress, day), progress, latest, targetDate,
                action.retargetedAsAt(day));
    }

    static ActionStatus statusOf(ReportedProgress reported, LocalDate targetDate, MilestoneProgress milestones, LocalDate day) {
        if (reported == ReportedProgress.CANCELLED) {
            return ActionStatus.CANCELLED;
        }
        if (reported == ReportedProgress.COMPLETED) {
            return ActionStatus.COMPLETED;
        }
        if (targetDate != null && targetDate.isBefore(day)) {
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

    /** A milestone counts as done only if it was done by {@code day}. */
    static MilestoneProgress progress(List<MilestoneFacts> milestones, LocalDate day) {
        int due = 0;
        int doneOfDue = 0;
        int done = 0;
        int late = 0;
        for (MilestoneFacts milestone : milestones) {
            boolean isDone = milestone.completedOn() != null && !milestone.completedOn().isAfter(day);
            boolean isDue = milestone.dueDate() != null && !milestone.dueDate().isAfter(day);
            if (isDone) {
                done++;
            }
            if (isDue) {
                due++;
                if (isDone) {
                    doneOfDue++;
                } else if (milestone.dueDate().isBefore(day)) {
                    late++;
                }
            }
        }
        return new MilestoneProgress(milestones.size(), due, doneOfDue, done, late);
    }
}
