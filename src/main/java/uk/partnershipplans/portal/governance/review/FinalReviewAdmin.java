package uk.partnershipplans.portal.governance.review;

import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.PlanFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/** The rules for a plan year's final reviews: deleted only once they hold no key activity. */
@Service
@RequiredArgsConstructor
@Transactional
class FinalReviewAdmin implements RecordAdmin<FinalReviewForm> {

    private final FinalReviewRepository reviews;
    private final ActivityRepository activities;
    private final PlanFacts plans;

    @Transactional(readOnly = true)
    FinalReview review(Long id) {
        return reviews.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    YearFacts year(Long yearId) {
        return plans.year(yearId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Override
    @Transactional(readOnly = true)
    public FinalReviewForm form(Long id) {
        return FinalReviewForm.of(review(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return review(id).getPlanYearId();
    }

    @Override
    public Long create(Long yearId, FinalReviewForm form) {
        FinalReview review = new FinalReview(year(yearId).id());
        review.revise(form.getTitle().strip(), Forms.optional(form.getIntroduction()));
        return reviews.saveAndFlush(review).getId();
    }

    @Override
    public void update(Long id, FinalReviewForm form) {
        FinalReview review = review(id);
        StaleEdit.check(form.getVersion(), review.getVersion());
        review.revise(form.getTitle().strip(), Forms.optional(form.getIntroduction()));
        Writes.flushed(reviews::flush, Map.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Refusal> deletionRefusal(Long id) {
        long count = activities.countByReviewId(id);
        return count == 0 ? Optional.empty() : Optional.of(Refusal.of(null, "review.delete.has-activities", count));
    }

    @Override
    public void delete(Long id, long version) {
        FinalReview review = review(id);
        Writes.delete(reviews, review, version, review.getVersion(), () -> deletionRefusal(id));
    }
}
