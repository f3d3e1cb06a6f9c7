package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A cross-cutting principle of a plan. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Principle implements PlanPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Plan plan;

    private int number;

    private String title;

    private String description;

    @Version
    private long version;

    public Principle(Plan plan, int number, String title, String description) {
        this.plan = plan;
        this.number = number;
        this.title = title;
        this.description = description;
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
