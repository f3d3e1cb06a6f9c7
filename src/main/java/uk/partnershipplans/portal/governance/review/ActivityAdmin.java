package uk.partnershipplans.portal.governance.review;

import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/** The key activities of a final review, each under one of the year's priorities, in its place there. */
@Service
@RequiredArgsConstructor
@Transactional
class ActivityAdmin implements RecordAdmin<ActivityForm> {

    private final FinalReviewAdmin reviews;
    private final ActivityRepository activities;
    private final SourceRepository sources;

    @Transactional(readOnly = true)
    Activity activity(Long id) {
        Activity activity = activities.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        activity.getReview().getTitle(); // its pages name the review
        return activity;
    }

    @Override
    @Transactional(readOnly = true)
    public ActivityForm form(Long id) {
        return ActivityForm.of(activity(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return activity(id).getReview().getId();
    }

    @Override
    public Long create(Long reviewId, ActivityForm form) {
        Activity activity = new Activity(reviews.review(reviewId));
        revise(activity, form);
        return activities.saveAndFlush(activity).getId();
    }

    @Override
    public void update(Long id, ActivityForm form) {
        Activity activity = activity(id);
        StaleEdit.check(form.getVersion(), activity.getVersion());
        revise(activity, form);
        Writes.flushed(activities::flush, Map.of());
    }

    /** How many sources go with it. */
    @Transactional(readOnly = true)
    long sourcesOf(Long id) {
        return sources.countByActivityId(id);
    }

    @Override
    public void delete(Long id, long version) {
        Activity activity = activity(id);
        Writes.delete(activities, activity, version, activity.getVersion(), Optional::empty);
    }

    private void revise(Activity activity, ActivityForm form) {
        Long reviewId = activity.getReview().getId();
        boolean ofTheYear = reviews.year(activity.getReview().getPlanYearId()).priorities().stream()
                .map(PriorityFacts::id).anyMatch(form.getPriorityId()::equals);
        if (!ofTheYear) {
            throw Refusal.of("priorityId", "review.activity.priority.unknown");
        }
        boolean samePriority = form.getPriorityId().equals(activity.getPriorityId());
        int position = form.getPosition() != null ? form.getPosition()
                : samePriority ? activity.getPosition() : activities.lastPosition(reviewId, form.getPriorityId()) + 1;
        activity.revise(form.getPriorityId(), position, Forms.optional(form.getActivity()),
                Forms.optional(form.getAchievement()), Forms.optional(form.getRating()));
    }
}
