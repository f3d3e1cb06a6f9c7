package uk.partnershipplans.portal.governance.review;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.shared.RecordOwners;

/** The partnership of a final review, key activity or source an address names: that of the plan reviewed. */
@Component
class FinalReviewOwners implements RecordOwners {

    private static final String OF_REVIEW = " join plan_year y on y.id = r.plan_year_id join plan p on p.id = y.plan_id";

    @Override
    public Map<String, String> ownerQueries() {
        return Map.of(
                "final-reviews", "select p.partnership_id from final_review r" + OF_REVIEW + " where r.id = ?",
                "activities", "select p.partnership_id from final_review_activity a"
                        + " join final_review r on r.id = a.review_id" + OF_REVIEW + " where a.id = ?",
                "sources", "select p.partnership_id from final_review_source s"
                        + " join final_review_activity a on a.id = s.activity_id join final_review r on r.id = a.review_id"
                        + OF_REVIEW + " where s.id = ?");
    }
}
