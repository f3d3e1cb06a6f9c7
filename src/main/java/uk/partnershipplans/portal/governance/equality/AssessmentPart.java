package uk.partnershipplans.portal.governance.equality;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * One part of an equality impact assessment (an assessment of a review may assess its proposals and its priorities
 * apart), in its place: its title, the information used, the summary of impacts, the outcome with why, and how the
 * impact is monitored. Its rows ({@link AssessmentRow}) and actions ({@link AssessmentAction}) belong to it.
 */
@Entity
@Audited
@Table(name = "equality_assessment_part")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class AssessmentPart extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private EqualityAssessment assessment;

    private int position;
    private String title;
    private String informationUsed;
    private String summary;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String outcomeReason;
    private String monitoring;

    @Version
    private long version;

    AssessmentPart(EqualityAssessment assessment) {
        this.assessment = assessment;
    }

    void revise(int position, String title, String informationUsed, String summary, Outcome outcome,
            String outcomeReason, String monitoring) {
        this.position = position;
        this.title = title;
        this.informationUsed = informationUsed;
        this.summary = summary;
        this.outcome = outcome;
        this.outcomeReason = outcomeReason;
        this.monitoring = monitoring;
    }
}
