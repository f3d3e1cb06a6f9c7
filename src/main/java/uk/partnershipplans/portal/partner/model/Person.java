package uk.partnershipplans.portal.partner.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.StoredRecord;

@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Person extends StoredRecord {

    private String name;

    private String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private PartnerOrganisation organisation;

    @Version
    private long version;

    public Person(String name, String jobTitle, PartnerOrganisation organisation) {
        this.name = name;
        this.jobTitle = jobTitle;
        this.organisation = organisation;
    }

    public void moveTo(String jobTitle, PartnerOrganisation organisation) {
        this.jobTitle = jobTitle;
        this.organisation = organisation;
    }
}
