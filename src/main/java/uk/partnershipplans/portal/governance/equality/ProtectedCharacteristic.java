package uk.partnershipplans.portal.governance.equality;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.history.NamedAs;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * A protected characteristic or group an equality impact assessment has a row for ("Age", "Other social exclusion"):
 * one of the installation's list, which belongs to no partnership, or one a partnership adds to it.
 */
@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ProtectedCharacteristic extends StoredRecord {

    /** Null for the installation's list, kept by the migrations. */
    @NamedAs("Partnership")
    private Long partnershipId;

    private int position;
    private String name;

    @Version
    private long version;

    ProtectedCharacteristic(Long partnershipId, int position, String name) {
        this.partnershipId = partnershipId;
        revise(position, name);
    }

    void revise(int position, String name) {
        this.position = position;
        this.name = name;
    }

    /** Whether it is one of the installation's list, the same for every partnership. */
    boolean isInstallationWide() {
        return partnershipId == null;
    }
}
