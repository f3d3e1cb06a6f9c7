package uk.partnershipplans.portal.plan.read;

import uk.partnershipplans.portal.plan.model.PlanYear;

/**
 * A plan year as the pages name and link it, with its plan for the breadcrumbs; {@code readOnly} while it is published
 * or superseded, when its pages offer no changes.
 */
record YearRef(Long id, String label, PlanRef plan, boolean readOnly) {

    /** The year's plan must already be loaded (fetched with the year). */
    static YearRef of(PlanYear year) {
        return new YearRef(year.getId(), year.getLabel(), PlanRef.of(year.getPlan()), year.isReadOnly());
    }
}
