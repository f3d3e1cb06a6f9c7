package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * A strategic or an operational objective: numbered as the plan prints it ("1", "1.2", letters allowed), with a title
 * and a description. What it sits under is the subclass's.
 */
@Audited
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class Objective extends StoredRecord implements PlanPart {

    private String number;

    private String title;

    private String description;

    @Version
    private long version;

    protected Objective(String number, String title, String description) {
        revise(number, title, description);
    }

    @Override
    public String numberText() {
        return number;
    }

    public void revise(String number, String title, String description) {
        this.number = number;
        this.title = title;
        this.description = description;
    }
}
