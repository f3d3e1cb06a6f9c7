package uk.partnershipplans.portal.partner.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.StoredRecord;

/** An organisation's membership of a partnership; dates are left empty where no document gives them. */
@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PartnershipMembership extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Partnership partnership;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private PartnerOrganisation organisation;

    private LocalDate joinedOn;

    private LocalDate leftOn;

    private String note;

    @Version
    private long version;

    public PartnershipMembership(Partnership partnership, PartnerOrganisation organisation, LocalDate joinedOn,
            LocalDate leftOn, String note) {
        this.partnership = partnership;
        this.organisation = organisation;
        this.joinedOn = joinedOn;
        this.leftOn = leftOn;
        this.note = note;
    }

    public void leave(LocalDate leftOn) {
        this.leftOn = leftOn;
    }
}
