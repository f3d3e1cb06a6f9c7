package uk.partnershipplans.portal.plan.model;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.PartnershipReferences;
import uk.partnershipplans.portal.plan.admin.PlanAdmin;
import uk.partnershipplans.portal.plan.model.framework.ExternalFrameworkRepository;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorRepository;
import uk.partnershipplans.portal.shared.Usage;

/** Tells the partner module what plans, frameworks and indicators a partnership still has, so it is not deleted. */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
class PlanPartnershipReferences implements PartnershipReferences {

    private final PlanRepository plans;
    private final ExternalFrameworkRepository frameworks;
    private final IndicatorRepository indicators;

    @Override
    public List<Usage> usesOf(Long partnershipId) {
        return PlanAdmin.uses(
                new Usage("admin.usage.plans", plans.countByPartnershipId(partnershipId)),
                new Usage("admin.usage.frameworks", frameworks.countByPartnershipId(partnershipId)),
                new Usage("admin.usage.indicators", indicators.countByPartnershipId(partnershipId)));
    }
}
