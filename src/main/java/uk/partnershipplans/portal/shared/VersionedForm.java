package uk.partnershipplans.portal.shared;

import lombok.Getter;
import lombok.Setter;

/**
 * A form that changes a saved record: it carries the version of the record it was filled in from, sent back with it,
 * so that a save or delete over someone else's change is refused with a {@link StaleEdit} (none for a new record).
 */
@Getter
@Setter
public abstract class VersionedForm {

    private Long version;
}
