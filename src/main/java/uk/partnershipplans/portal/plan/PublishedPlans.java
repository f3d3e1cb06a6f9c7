package uk.partnershipplans.portal.plan;

import java.util.Optional;

/**
 * The plan as published for one of its years, for the documents other modules make of it. The reading side of the
 * plan implements it with the reading pages' own tables, in a fixed number of queries whatever the size of the year.
 */
public interface PublishedPlans {

    /** The plan for the year; empty when there is no such year. */
    Optional<PublishedPlan> ofYear(Long yearId);
}
