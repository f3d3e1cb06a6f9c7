package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * A part of a plan that applies to all its work, numbered 1, 2, 3 ... in the plan: a key theme or a cross-cutting
 * principle. The two differ only in what they mean, so each keeps its own table with the same columns.
 */
@Audited
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class PlanWidePart extends StoredRecord implements PlanPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Plan plan;

    private int number;

    private String title;

    private String description;

    @Version
    private long version;

    protected PlanWidePart(Plan plan, int number, String title, String description) {
        this.plan = plan;
        revise(number, title, description);
    }

    @Override
    public String numberText() {
        return String.valueOf(number);
    }

    public void revise(int number, String title, String description) {
        this.number = number;
        this.title = title;
        this.description = description;
    }
}
