package uk.partnershipplans.portal.refresh.lifecycle;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import uk.partnershipplans.portal.plan.PlanStatus;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * One step a plan year took, signed off: from which status to which, the body that decided (a board, a committee, the
 * council, an officer under delegated powers), the day it decided, its decision (for a reopening, the reason), and who
 * recorded it when. Never changed once recorded: the year's sign-offs are its history.
 */
@Entity
@Table(name = "plan_year_sign_off")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class SignOff extends StoredRecord {

    private Long planYearId;

    @Enumerated(EnumType.STRING)
    private Step step;

    @Enumerated(EnumType.STRING)
    private PlanStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private PlanStatus toStatus;

    @Enumerated(EnumType.STRING)
    private BodyKind bodyKind;

    private String bodyName;

    private LocalDate decidedOn;

    private String decision;

    private String recordedBy;

    private Instant recordedAt;

    SignOff(Long planYearId, Step step, PlanStatus fromStatus, BodyKind bodyKind, String bodyName, LocalDate decidedOn,
            String decision, String recordedBy, Instant recordedAt) {
        this.planYearId = planYearId;
        this.step = step;
        this.fromStatus = fromStatus;
        this.toStatus = step.to();
        this.bodyKind = bodyKind;
        this.bodyName = bodyName;
        this.decidedOn = decidedOn;
        this.decision = decision;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
