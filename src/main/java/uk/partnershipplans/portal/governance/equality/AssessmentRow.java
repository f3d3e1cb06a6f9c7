package uk.partnershipplans.portal.governance.equality;

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
 * A part's finding for one protected characteristic or group, in the assessment's words: the positive impact (who
 * could particularly benefit), the adverse impact (who may be adversely affected), the unmet need and the evidence.
 * {@link #wording} is the characteristic as the assessment names it ("Gender/Gender reassignment"), when it words it
 * otherwise than the list.
 */
@Entity
@Audited
@Table(name = "equality_assessment_row")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class AssessmentRow extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id")
    private AssessmentPart part;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "characteristic_id")
    private ProtectedCharacteristic characteristic;

    private String wording;
    private String positiveImpact;
    private String adverseImpact;
    private String unmetNeed;
    private String evidence;

    @Version
    private long version;

    AssessmentRow(AssessmentPart part) {
        this.part = part;
    }

    void revise(ProtectedCharacteristic characteristic, String wording, String positiveImpact, String adverseImpact,
            String unmetNeed, String evidence) {
        this.characteristic = characteristic;
        this.wording = wording;
        this.positiveImpact = positiveImpact;
        this.adverseImpact = adverseImpact;
        this.unmetNeed = unmetNeed;
        this.evidence = evidence;
    }

    /** The characteristic as the assessment names it. */
    public String named() {
        return wording != null ? wording : characteristic.getName();
    }
}
