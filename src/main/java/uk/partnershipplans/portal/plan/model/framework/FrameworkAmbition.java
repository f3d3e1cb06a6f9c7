package uk.partnershipplans.portal.plan.model.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.StoredRecord;

/** One ambition of an external framework, named as the action tables head its column. */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class FrameworkAmbition extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ExternalFramework framework;

    private int position;

    private String shortName;

    private String description;

    @Version
    private long version;

    public FrameworkAmbition(ExternalFramework framework, int position, String shortName, String description) {
        this.framework = framework;
        this.position = position;
        this.shortName = shortName;
        this.description = description;
    }

    public void revise(String shortName, String description) {
        this.shortName = shortName;
        this.description = description;
    }
}
