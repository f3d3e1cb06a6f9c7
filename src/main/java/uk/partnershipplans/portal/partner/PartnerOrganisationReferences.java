package uk.partnershipplans.portal.partner;

import java.util.List;
import uk.partnershipplans.portal.shared.Usage;

/**
 * Implemented by a module that names partner organisations (plans name their partners), so that an organisation is
 * not deleted from under it: the partner module asks each implementation before deleting, without depending on it.
 */
public interface PartnerOrganisationReferences {

    /** What this module keeps that names the organisation, counted by kind; empty when nothing. */
    List<Usage> usesOf(Long organisationId);
}
