package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/** A numbered objective under a strategic objective, which priorities can sit under. */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OperationalObjective extends Objective {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private StrategicObjective strategicObjective;

    OperationalObjective(StrategicObjective strategicObjective, String number, String title, String description) {
        super(number, title, description);
        this.strategicObjective = strategicObjective;
    }

    @Override
    public Plan getPlan() {
        return strategicObjective.getPlan();
    }
}
