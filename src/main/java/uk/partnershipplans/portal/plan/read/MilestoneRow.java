package uk.partnershipplans.portal.plan.read;

import java.time.LocalDate;

/**
 * A milestone as the priority and action pages list it.
 *
 * @param linkedId     the action (on a priority's page) or the priority (on an action's page) it also belongs to, or null
 * @param linkedNumber that action's or priority's number
 */
record MilestoneRow(String text, String dueWording, LocalDate dueDate, LocalDate completedOn, Long linkedId,
        String linkedNumber) {

    /** Public for templates, which read only public methods. */
    public boolean isDone() {
        return completedOn != null;
    }
}
