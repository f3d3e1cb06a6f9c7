package uk.partnershipplans.portal.governance.review;

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
import uk.partnershipplans.portal.history.NamedAs;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * A key activity of a priority in a final review: what was done, the evidence of achievement exactly as written
 * (numbered points and figures kept), and a rating only where the review gives one.
 */
@Entity
@Audited
@Table(name = "final_review_activity")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Activity extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    private FinalReview review;

    @NamedAs("Priority")
    private Long priorityId;

    private int position;
    private String activity;
    private String achievement;
    private String rating;

    @Version
    private long version;

    Activity(FinalReview review) {
        this.review = review;
    }

    void revise(Long priorityId, int position, String activity, String achievement, String rating) {
        this.priorityId = priorityId;
        this.position = position;
        this.activity = activity;
        this.achievement = achievement;
        this.rating = rating;
    }
}
