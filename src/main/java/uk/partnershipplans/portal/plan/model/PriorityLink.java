package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.StoredRecord;

/** A related strategy or link of a priority. */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PriorityLink extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Priority priority;

    private int position;

    private String title;

    private String url;

    public PriorityLink(Priority priority, int position, String title, String url) {
        this.priority = priority;
        this.position = position;
        this.title = title;
        this.url = url;
    }

    void rewrite(String title, String url) {
        this.title = title;
        this.url = url;
    }

    void moveTo(int position) {
        this.position = position;
    }
}
