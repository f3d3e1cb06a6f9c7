package uk.partnershipplans.portal.plan.read;

import uk.partnershipplans.portal.plan.model.PlanYear;

/** A plan year as the pages name and link it, with its plan for the breadcrumbs. */
record YearRef(Long id, String label, PlanRef plan) {

    /** The year's plan must already be loaded (fetched with the year). */
    static YearRef of(PlanYear year) {
        return new YearRef(year.getId(), year.getLabel(), PlanRef.of(year.getPlan()));
    }
}
