package uk.partnershipplans.portal.plan;

/**
 * What an action's lead reports of it. The status a board sees is worked out from this together with the target date
 * and the milestones: an action reported on track whose target date has passed is overdue all the same.
 */
public enum ReportedProgress {
    NOT_STARTED, ON_TRACK, SLIPPING, COMPLETED, CANCELLED
}
