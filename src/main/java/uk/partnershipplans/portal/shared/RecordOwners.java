package uk.partnershipplans.portal.shared;

import java.util.Map;
import java.util.Set;

/**
 * Which partnership a record named in an address belongs to, for each kind of record a module keeps, so that
 * {@link PartnershipsApart} can answer "not found" for records out of the person's {@link Reach}. A kind is the word
 * before the id in an address: "priorities" in {@code /priorities/12/edit}.
 */
public interface RecordOwners {

    /**
     * For each kind, a query of the record's partnerships, given its id as the one parameter: no row when there is no
     * such record; a row whose value is null when the record belongs to no partnership.
     */
    Map<String, String> ownerQueries();

    /** Kinds kept for the whole installation and shared by its partnerships: any signed-in person may name them. */
    default Set<String> sharedKinds() {
        return Set.of();
    }
}
