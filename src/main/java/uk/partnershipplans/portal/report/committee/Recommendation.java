package uk.partnershipplans.portal.report.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * A numbered recommendation of a committee report ("That the Committee notes the contents of the report"), and once the
 * paper is issued, the decision taken on it: which body decided, at which meeting, on which day, and who recorded it.
 */
@Entity
@Audited
@Table(name = "committee_report_recommendation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Recommendation extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private CommitteeReport report;

    private int position;
    private String text;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String decidedBy;
    private String decisionMeeting;
    private LocalDate decidedOn;
    private String decisionNote;
    private String recordedBy;
    private Instant recordedAt;

    @Version
    private long version;

    Recommendation(CommitteeReport report, int position, String text) {
        this.report = report;
        revise(position, text);
    }

    void revise(int position, String text) {
        this.position = position;
        this.text = text;
    }

    void decide(Decision decision, String decidedBy, String meeting, LocalDate decidedOn, String note, String recordedBy,
            Instant recordedAt) {
        this.decision = decision;
        this.decidedBy = decidedBy;
        this.decisionMeeting = meeting;
        this.decidedOn = decidedOn;
        this.decisionNote = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
