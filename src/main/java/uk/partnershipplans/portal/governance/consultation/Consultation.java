package uk.partnershipplans.portal.governance.consultation;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.history.NamedAs;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * A consultation on a plan year: a draft plan put out for comment, or the review of a year. Its dates, who was asked,
 * and what it found (plain text, see {@code shared.Narrative}); its submissions are kept with it.
 */
@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Consultation extends StoredRecord {

    @NamedAs("PlanYear")
    private Long planYearId;

    private String title;
    private LocalDate openedOn;
    private LocalDate closedOn;
    private String whoWasAsked;
    private String summary;

    @Version
    private long version;

    Consultation(Long planYearId) {
        this.planYearId = planYearId;
    }

    void revise(String title, LocalDate openedOn, LocalDate closedOn, String whoWasAsked, String summary) {
        this.title = title;
        this.openedOn = openedOn;
        this.closedOn = closedOn;
        this.whoWasAsked = whoWasAsked;
        this.summary = summary;
    }
}
