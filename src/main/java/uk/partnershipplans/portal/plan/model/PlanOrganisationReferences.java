package uk.partnershipplans.portal.plan.model;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.PartnerOrganisationReferences;
import uk.partnershipplans.portal.plan.admin.PlanAdmin;
import uk.partnershipplans.portal.shared.Usage;

/** Tells the partner module which plans name a partner organisation, so it is not deleted. */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
class PlanOrganisationReferences implements PartnerOrganisationReferences {

    private final PlanRepository plans;

    @Override
    public List<Usage> usesOf(Long organisationId) {
        return PlanAdmin.uses(new Usage("admin.usage.plans", plans.countNamingOrganisation(organisationId)));
    }
}
