package uk.partnershipplans.portal.governance.review;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;

/** A plan year's final reviews, and each with its activities and sources: a fixed number of queries whatever their size. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class FinalReviews {

    record YearReviews(YearFacts year, List<FinalReview> reviews) {
    }

    private final FinalReviewAdmin admin;
    private final FinalReviewRepository reviews;
    private final ActivityRepository activities;
    private final SourceRepository sources;

    YearReviews ofYear(Long yearId) {
        return new YearReviews(admin.year(yearId), reviews.findByPlanYearIdOrderByIdDesc(yearId));
    }

    ReviewView review(Long id) {
        FinalReview review = admin.review(id);
        return ReviewView.of(review, admin.year(review.getPlanYearId()), activities.findByReviewIdOrderByPositionAscIdAsc(id),
                sources.ofReview(id));
    }
}
