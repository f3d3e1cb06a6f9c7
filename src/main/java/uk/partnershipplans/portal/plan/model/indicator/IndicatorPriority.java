package uk.partnershipplans.portal.plan.model.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import uk.partnershipplans.portal.plan.model.Priority;

/** An indicator measures a priority as its primary indicator (two ticks in the documents) or an additional one (one tick). */
@Entity
@IdClass(IndicatorPriority.Key.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class IndicatorPriority {

    record Key(Long indicator, Long priority) implements Serializable {
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    private Indicator indicator;

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    private Priority priority;

    @Column(name = "is_primary")
    private boolean primary;

    public IndicatorPriority(Indicator indicator, Priority priority, boolean primary) {
        this.indicator = indicator;
        this.priority = priority;
        this.primary = primary;
    }

    public void markPrimary(boolean primary) {
        this.primary = primary;
    }
}
