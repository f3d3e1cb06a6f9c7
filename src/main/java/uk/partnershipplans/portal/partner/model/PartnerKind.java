package uk.partnershipplans.portal.partner.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.StoredRecord;

/** A kind of partner organisation (county council, clinical commissioning group, police ...): a list admins keep. */
@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PartnerKind extends StoredRecord {

    private String name;

    @Version
    private long version;

    public PartnerKind(String name) {
        this.name = name;
    }

    public void rename(String name) {
        this.name = name;
    }
}
