package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/**
 * A part of what a plan says as a whole, such as "About the Children's Trust": a heading and its narrative, in its place
 * among the plan's sections (1 is the first). Kept like the plan's other numbered parts.
 */
@Audited
@Entity
@AttributeOverrides({
        @AttributeOverride(name = "number", column = @Column(name = "position")),
        @AttributeOverride(name = "title", column = @Column(name = "heading")),
        @AttributeOverride(name = "description", column = @Column(name = "body"))})
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanSection extends PlanWidePart {

    public PlanSection(Plan plan, int position, String heading, String body) {
        super(plan, position, heading, body);
    }
}
