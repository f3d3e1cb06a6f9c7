package uk.partnershipplans.portal.governance.equality;

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
 * An equality impact assessment of a plan, or of one of its years: what it assesses ({@link #subject}, "This plan",
 * "The proposals of the review"), what it says first, its parts ({@link AssessmentPart}), and who approved it and when
 * (null when the documents do not say).
 */
@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EqualityAssessment extends StoredRecord {

    @NamedAs("Plan")
    private Long planId;

    @NamedAs("PlanYear")
    private Long planYearId;

    private String subject;
    private String introduction;
    private String approvedBy;
    private LocalDate approvedOn;

    @Version
    private long version;

    EqualityAssessment(Long planId) {
        this.planId = planId;
    }

    void revise(Long planYearId, String subject, String introduction, String approvedBy, LocalDate approvedOn) {
        this.planYearId = planYearId;
        this.subject = subject;
        this.introduction = introduction;
        this.approvedBy = approvedBy;
        this.approvedOn = approvedOn;
    }
}
