package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.plan.PlanStatus;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StoredRecord;

/** One year of a plan, with its own priorities, actions and indicators. */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanYear extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Plan plan;

    private String label;

    private LocalDate startDate;

    private LocalDate endDate;

    private String previousYearLabel;

    /** What the documents the year was entered from say of its data, and what they do not give; null when nothing. */
    private String dataNote;

    /** Where the year's plan is in its life: a draft, out to consultation, approved, published or superseded. */
    @Enumerated(EnumType.STRING)
    private PlanStatus status = PlanStatus.DRAFT;

    /** The day the year's plan was approved, and the body that approved it (a board, a committee, the council). */
    private LocalDate approvedOn;

    private String approvedBy;

    @Version
    private long version;

    public PlanYear(Plan plan, String label, LocalDate startDate, LocalDate endDate, String previousYearLabel) {
        this.plan = plan;
        this.label = label;
        this.startDate = startDate;
        this.endDate = endDate;
        this.previousYearLabel = previousYearLabel;
    }

    public void noteData(String dataNote) {
        this.dataNote = dataNote;
    }

    /** Where the year stands, with its approval: {@code approvedOn} and {@code approvedBy} null when not known. */
    public void standAt(PlanStatus status, LocalDate approvedOn, String approvedBy) {
        this.status = status;
        this.approvedOn = approvedOn;
        this.approvedBy = approvedBy;
    }

    /** Moves the year to {@code status}, keeping the approval it has unless the step is its approval. */
    public void moveTo(PlanStatus status) {
        this.status = status;
    }

    /** Whether the year's plan is published or superseded, so that what it says may no longer change. */
    public boolean isReadOnly() {
        return status.isReadOnly();
    }

    /** Refuses any change to what the year's plan says while it is published or superseded. */
    public void refuseChanges() {
        if (isReadOnly()) {
            throw Refusal.of(null, "plan.year.read-only", label);
        }
    }

    public void revise(String label, LocalDate startDate, LocalDate endDate, String previousYearLabel) {
        this.label = label;
        this.startDate = startDate;
        this.endDate = endDate;
        this.previousYearLabel = previousYearLabel;
    }
}
