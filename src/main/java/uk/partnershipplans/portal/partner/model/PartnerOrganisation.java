package uk.partnershipplans.portal.partner.model;

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
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.shared.StoredRecord;

@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PartnerOrganisation extends StoredRecord {

    private String name;

    private String shortName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PartnerKind kind;

    @Enumerated(EnumType.STRING)
    private PartnerCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    private PartnerOrganisation parent;

    private String notes;

    @Version
    private long version;

    public PartnerOrganisation(String name, String shortName, PartnerKind kind, PartnerCategory category,
            PartnerOrganisation parent, String notes) {
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.category = category;
        this.parent = parent;
        this.notes = notes;
    }

    public void revise(String name, String shortName, PartnerKind kind, PartnerCategory category, PartnerOrganisation parent,
            String notes) {
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.category = category;
        this.parent = parent;
        this.notes = notes;
    }
}
