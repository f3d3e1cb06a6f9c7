package uk.partnershipplans.portal.governance.review;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.history.NamedAs;
import uk.partnershipplans.portal.shared.StoredRecord;

/** The final review of a plan, at the end of its last year: a title, an introduction, and its key activities. */
@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class FinalReview extends StoredRecord {

    @NamedAs("PlanYear")
    private Long planYearId;

    private String title;
    private String introduction;

    @Version
    private long version;

    FinalReview(Long planYearId) {
        this.planYearId = planYearId;
    }

    void revise(String title, String introduction) {
        this.title = title;
        this.introduction = introduction;
    }
}
