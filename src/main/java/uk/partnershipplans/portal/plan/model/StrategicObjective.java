package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** An optional level above priorities: a strategic objective broken into numbered operational objectives. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class StrategicObjective implements PlanPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Plan plan;

    private String number;

    private String title;

    private String description;

    @OneToMany(mappedBy = "strategicObjective", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<OperationalObjective> operationalObjectives = new ArrayList<>();

    @Version
    private long version;

    public StrategicObjective(Plan plan, String number, String title, String description) {
        this.plan = plan;
        this.number = number;
        this.title = title;
        this.description = description;
    }

    @Override
    public String numberText() {
        return number;
    }

    @Override
    public List<OperationalObjective> partsUnder() {
        return operationalObjectives;
    }

    public void revise(String number, String title, String description) {
        this.number = number;
        this.title = title;
        this.description = description;
    }

    public OperationalObjective addOperationalObjective(String number, String title, String description) {
        OperationalObjective objective = new OperationalObjective(this, number, title, description);
        operationalObjectives.add(objective);
        return objective;
    }
}
