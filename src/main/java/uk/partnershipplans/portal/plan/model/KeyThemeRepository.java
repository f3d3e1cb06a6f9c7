package uk.partnershipplans.portal.plan.model;

public interface KeyThemeRepository extends PlanWidePartRepository<KeyTheme> {
}
