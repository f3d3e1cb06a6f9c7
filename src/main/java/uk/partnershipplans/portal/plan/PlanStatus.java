package uk.partnershipplans.portal.plan;

/** Where a plan is in its life. */
public enum PlanStatus {
    DRAFT, CONSULTATION, APPROVED, PUBLISHED, SUPERSEDED;

    /** Whether a plan at this point has been approved, so that it has a day and a body that approved it. */
    public boolean isApproved() {
        return this == APPROVED || this == PUBLISHED || this == SUPERSEDED;
    }

    /** Whether a year at this point has been made public, so that what its plan says is fixed. */
    public boolean isReadOnly() {
        return this == PUBLISHED || this == SUPERSEDED;
    }
}
