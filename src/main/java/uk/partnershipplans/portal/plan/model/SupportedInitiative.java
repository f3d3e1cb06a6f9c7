package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.StoredRecord;

/** Work the partnership supports but does not monitor. */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SupportedInitiative extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Plan plan;

    private int position;

    private String title;

    private String description;

    /** The body that leads it. */
    private String lead;

    /** The partnership or board it is accountable to. */
    private String accountablePartnership;

    /** How the partnership supports it, as narrative. */
    private String support;

    @Version
    private long version;

    public SupportedInitiative(Plan plan, int position, String title, String description, String lead) {
        this.plan = plan;
        this.position = position;
        this.title = title;
        this.description = description;
        this.lead = lead;
    }

    public void revise(int position, String title, String description, String lead, String accountablePartnership,
            String support) {
        this.position = position;
        this.title = title;
        this.description = description;
        this.lead = lead;
        this.accountablePartnership = accountablePartnership;
        this.support = support;
    }

}
