package uk.partnershipplans.portal.plan.model;

/** Where a plan is in its life. */
public enum PlanStatus {
    DRAFT, CONSULTATION, APPROVED, PUBLISHED, SUPERSEDED
}
