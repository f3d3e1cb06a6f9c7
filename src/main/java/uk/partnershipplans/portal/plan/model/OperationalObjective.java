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

/** A numbered objective under a strategic objective, which priorities can sit under. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OperationalObjective implements PlanPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private StrategicObjective strategicObjective;

    private String number;

    private String title;

    private String description;

    @Version
    private long version;

    OperationalObjective(StrategicObjective strategicObjective, String number, String title, String description) {
        this.strategicObjective = strategicObjective;
        this.number = number;
        this.title = title;
        this.description = description;
    }

    @Override
    public Plan getPlan() {
        return strategicObjective.getPlan();
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
