package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.Numbering;

/** An optional level above priorities: a strategic objective broken into numbered operational objectives. */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class StrategicObjective extends Objective {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Plan plan;

    @OneToMany(mappedBy = "strategicObjective", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<OperationalObjective> operationalObjectives = new ArrayList<>();

    public StrategicObjective(Plan plan, String number, String title, String description) {
        super(number, title, description);
        this.plan = plan;
    }

    @Override
    public List<OperationalObjective> partsUnder() {
        return operationalObjectives.stream()
                .sorted(Comparator.comparing(OperationalObjective::getNumber, Numbering.ORDER)).toList();
    }

    public OperationalObjective addOperationalObjective(String number, String title, String description) {
        OperationalObjective objective = new OperationalObjective(this, number, title, description);
        operationalObjectives.add(objective);
        return objective;
    }
}
