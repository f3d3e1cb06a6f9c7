package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.StoredRecord;

/** One part of a priority's narrative: why this matters, what we know, what we will do ... */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PrioritySection extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Priority priority;

    private int position;

    private String heading;

    private String body;

    public PrioritySection(Priority priority, int position, String heading, String body) {
        this.priority = priority;
        this.position = position;
        this.heading = heading;
        this.body = body;
    }

    public void rewrite(String heading, String body) {
        this.heading = heading;
        this.body = body;
    }

    public void moveTo(int position) {
        this.position = position;
    }
}
