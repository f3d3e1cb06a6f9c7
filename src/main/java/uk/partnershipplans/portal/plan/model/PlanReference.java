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

/**
 * A document a plan refers to or relates to (a strategy, an assessment, a report), in its place in the plan's list:
 * its title, its date as the plan gives it ("March 2013"), and where to read it.
 */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanReference extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Plan plan;

    private int position;

    private String title;

    /** The date as the plan gives it; null when it gives none. */
    private String dated;

    /** Where to read it; null when the plan gives no address. */
    private String url;

    @Version
    private long version;

    public PlanReference(Plan plan, int position, String title, String dated, String url) {
        this.plan = plan;
        revise(position, title, dated, url);
    }

    public void revise(int position, String title, String dated, String url) {
        this.position = position;
        this.title = title;
        this.dated = dated;
        this.url = url;
    }
}
