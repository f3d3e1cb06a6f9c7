package uk.partnershipplans.portal.plan.model;

public interface PrincipleRepository extends PlanWidePartRepository<Principle> {
}
