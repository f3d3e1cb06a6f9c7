package uk.partnershipplans.portal.plan.model;

/** Where a plan is in its life. */
public enum PlanStatus {
    DRAFT, CONSULTATION, APPROVED, PUBLISHED, SUPERSEDED;

    /** Whether a plan at this point has been approved, so that it has a day and a body that approved it. */
    public boolean isApproved() {
        return this == APPROVED || this == PUBLISHED || this == SUPERSEDED;
    }
}
