package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import uk.partnershipplans.portal.shared.StoredRecord;

/** One year of a plan, with its own priorities, actions and indicators. */
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

    public void revise(String label, LocalDate startDate, LocalDate endDate, String previousYearLabel) {
        this.label = label;
        this.startDate = startDate;
        this.endDate = endDate;
        this.previousYearLabel = previousYearLabel;
    }
}
