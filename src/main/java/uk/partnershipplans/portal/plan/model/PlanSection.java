package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.StoredRecord;

/** A part of a plan's narrative as a whole, such as "About the Children's Trust". */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanSection extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Plan plan;

    private int position;

    private String heading;

    private String body;

    public PlanSection(Plan plan, int position, String heading, String body) {
        this.plan = plan;
        this.position = position;
        this.heading = heading;
        this.body = body;
    }

}
