package uk.partnershipplans.portal.governance.equality;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.StoredRecord;

/** An action a part of an assessment plans, to reduce a negative impact or increase a positive one: who leads it, by when. */
@Entity
@Audited
@Table(name = "equality_assessment_action")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class AssessmentAction extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id")
    private AssessmentPart part;

    private int position;
    private String text;
    private String lead;
    private LocalDate dueOn;

    @Version
    private long version;

    AssessmentAction(AssessmentPart part) {
        this.part = part;
    }

    void revise(int position, String text, String lead, LocalDate dueOn) {
        this.position = position;
        this.text = text;
        this.lead = lead;
        this.dueOn = dueOn;
    }
}
