package uk.partnershipplans.portal.reporting.update;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A milestone an action's update marks as done, with the day it was done. */
@Embeddable
@Getter
@EqualsAndHashCode
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class MilestoneDone {

    private Long milestoneId;

    private LocalDate completedOn;

    MilestoneDone(Long milestoneId, LocalDate completedOn) {
        this.milestoneId = milestoneId;
        this.completedOn = completedOn;
    }
}
