package uk.partnershipplans.portal.partner;

import java.util.List;
import uk.partnershipplans.portal.shared.Usage;

/**
 * Implemented by a module that keeps records of a partnership (plans, indicators ...), so that the partnership is not
 * deleted from under them: the partner module asks each implementation before deleting, without depending on it.
 */
public interface PartnershipReferences {

    /** What this module keeps for the partnership, counted by kind; empty when nothing. */
    List<Usage> usesOf(Long partnershipId);
}
