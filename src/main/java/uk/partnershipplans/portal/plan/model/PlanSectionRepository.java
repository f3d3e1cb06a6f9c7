package uk.partnershipplans.portal.plan.model;

public interface PlanSectionRepository extends PlanWidePartRepository<PlanSection> {
}
