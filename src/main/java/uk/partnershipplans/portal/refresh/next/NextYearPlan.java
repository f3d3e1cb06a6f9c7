package uk.partnershipplans.portal.refresh.next;

import java.time.LocalDate;
import java.util.List;
import uk.partnershipplans.portal.plan.NextYears.YearName;
import uk.partnershipplans.portal.plan.PlanFacts.ActionFacts;
import uk.partnershipplans.portal.plan.PlanFacts.IndicatorFacts;
import uk.partnershipplans.portal.plan.PlanFacts.MilestoneFacts;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * What starting the next year will do, worked out from the year and the choices made, before anything is saved: the
 * summary page shows it and confirming carries it out.
 *
 * @param from           the year started from
 * @param pastPlanEnd    whether the new year ends after the plan's last year
 * @param carried        the open actions that carry forward, each with the milestones that go with it
 * @param completed      the actions completed by the end of the year, which do not
 * @param orphaned       the open actions that do not carry forward because every priority they serve is dropped
 * @param milestonesAlone the milestones of no action that carry forward with their priority
 * @param indicators     the year's indicators, which all carry forward as the same indicators
 * @param prefilled      the "what we did" sections written for the priorities carried forward
 */
record NextYearPlan(YearName from, String label, LocalDate startDate, LocalDate endDate, boolean pastPlanEnd,
        List<PriorityMove> priorities, List<CarriedAction> carried, List<ActionFacts> completed,
        List<ActionFacts> orphaned, List<CarriedMilestone> milestonesAlone, List<IndicatorFacts> indicators,
        List<Prefilled> prefilled) {

    /** What happens to a priority: {@code old} is null for one added, {@code number} and {@code title} are its new words. */
    record PriorityMove(PriorityFacts old, NextYearForm.Choice choice, String number, String title) {

        public boolean added() {
            return old == null;
        }

        public boolean goesForward() {
            return choice != NextYearForm.Choice.DROP;
        }

        public String wordsBefore() {
            return old == null ? null : old.number() + " " + old.title();
        }

        public String wordsAfter() {
            return goesForward() ? number + " " + title : null;
        }
    }

    /** An action carried forward, with the old priorities whose copies it will serve and the milestones going with it. */
    record CarriedAction(ActionFacts action, List<Long> priorityIds, List<CarriedMilestone> milestones) {
    }

    /** A milestone carried forward to the copy of the priority {@code priorityId}. */
    record CarriedMilestone(MilestoneFacts milestone, Long priorityId) {
    }

    /** The section of a priority carried forward that says what was done in the year, with its words. */
    record Prefilled(PriorityMove priority, String heading, String body) {

        public Narrative narrative() {
            return Narrative.parse(body);
        }
    }

    public List<PriorityMove> kept() {
        return priorities.stream().filter(p -> !p.added() && p.choice() == NextYearForm.Choice.KEEP).toList();
    }

    public List<PriorityMove> reworded() {
        return priorities.stream().filter(p -> !p.added() && p.choice() == NextYearForm.Choice.REWORD).toList();
    }

    public List<PriorityMove> dropped() {
        return priorities.stream().filter(p -> !p.added() && p.choice() == NextYearForm.Choice.DROP).toList();
    }

    public List<PriorityMove> added() {
        return priorities.stream().filter(PriorityMove::added).toList();
    }
}
