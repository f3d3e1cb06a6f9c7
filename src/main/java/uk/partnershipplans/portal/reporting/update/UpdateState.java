package uk.partnershipplans.portal.reporting.update;

/**
 * Where an update stands. Not started until first saved; a draft until submitted; a submitted update is approved or
 * returned with a comment, and a returned one goes back to its officer to change and submit again.
 */
public enum UpdateState {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, APPROVED;

    /** The officer may still change it. */
    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }
}
