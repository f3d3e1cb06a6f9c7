package uk.partnershipplans.portal.report.committee;

import jakarta.persistence.Entity;
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
 * One statutory or policy implication a committee report describes under a heading of its own ("Equalities
 * implications", "Safeguarding of children implications", finance, human resources ...), in its place in the paper.
 */
@Entity
@Audited
@Table(name = "committee_report_implication")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Implication extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private CommitteeReport report;

    private int position;
    private String heading;
    private String text;

    @Version
    private long version;

    Implication(CommitteeReport report, int position, String heading, String text) {
        this.report = report;
        revise(position, heading, text);
    }

    void revise(int position, String heading, String text) {
        this.position = position;
        this.heading = heading;
        this.text = text;
    }
}
