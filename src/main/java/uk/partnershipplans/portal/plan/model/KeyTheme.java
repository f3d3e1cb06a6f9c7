package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/** A key theme that underpins all of a plan's work. */
@Audited
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class KeyTheme extends PlanWidePart {

    public KeyTheme(Plan plan, int number, String title, String description) {
        super(plan, number, title, description);
    }
}
