package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/** A cross-cutting principle of a plan. */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Principle extends PlanWidePart {

    public Principle(Plan plan, int number, String title, String description) {
        super(plan, number, title, description);
    }
}
