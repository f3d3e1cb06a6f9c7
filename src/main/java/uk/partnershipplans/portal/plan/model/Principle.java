package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/** A cross-cutting principle of a plan. */
@Audited
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Principle extends PlanWidePart {

    public Principle(Plan plan, int number, String title, String description) {
        super(plan, number, title, description);
    }
}
