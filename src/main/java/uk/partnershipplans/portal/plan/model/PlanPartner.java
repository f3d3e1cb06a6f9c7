package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import uk.partnershipplans.portal.partner.PartnerCategory;

/** A partner organisation as a plan names it: a relevant (statutory) partner or another partner. */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanPartner {

    private Long organisationId;

    @Enumerated(EnumType.STRING)
    private PartnerCategory category;

    public PlanPartner(Long organisationId, PartnerCategory category) {
        this.organisationId = organisationId;
        this.category = category;
    }
}
