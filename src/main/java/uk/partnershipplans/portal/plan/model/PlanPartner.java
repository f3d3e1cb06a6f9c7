package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.history.NamedAs;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * A partner organisation as a plan names it: a relevant (statutory) partner or another partner, with the words the plan
 * adds to its name, if any ("including children and families services and public health").
 */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanPartner extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Plan plan;

    @NamedAs("PartnerOrganisation")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    private PartnerCategory category;

    private String qualifier;

    @Version
    private long version;

    public PlanPartner(Plan plan, Long organisationId, PartnerCategory category, String qualifier) {
        this.plan = plan;
        this.organisationId = organisationId;
        revise(category, qualifier);
    }

    public void revise(PartnerCategory category, String qualifier) {
        this.category = category;
        this.qualifier = qualifier;
    }
}
