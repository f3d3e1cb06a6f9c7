package uk.partnershipplans.portal.plan.read;

import uk.partnershipplans.portal.plan.model.Plan;

/** A plan as the pages name and link it. */
record PlanRef(Long id, String title, String period) {

    static PlanRef of(Plan plan) {
        return new PlanRef(plan.getId(), plan.getTitle(), plan.period());
    }
}
