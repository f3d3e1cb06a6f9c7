package uk.partnershipplans.portal.governance.review;

import java.util.Comparator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Numbering;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** The planning team keeps the key activities of a final review: add, change, delete (with their sources). */
@Controller
@RequestMapping("/admin/final-reviews/{parentId:\\d{1,18}}/activities")
class ActivityAdminController extends RecordPages<ActivityForm> {

    private final ActivityAdmin admin;
    private final FinalReviewAdmin reviews;

    ActivityAdminController(ActivityAdmin admin, FinalReviewAdmin reviews, MessageSource messages, ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(Activity.class, id)),
                reviewId -> "/final-reviews/" + reviewId);
        this.admin = admin;
        this.reviews = reviews;
    }

    @Override
    protected String formPage(Long reviewId, Long id, Model model) {
        FinalReview review = reviews.review(reviewId);
        model.addAttribute("review", review);
        model.addAttribute("priorities", reviews.year(review.getPlanYearId()).priorities().stream()
                .sorted(Comparator.comparing(p -> p.number(), Numbering.ORDER))
                .map(p -> new Option(String.valueOf(p.id()), p.number() + " " + p.title())).toList());
        return "governance/activity-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        Activity activity = admin.activity(id);
        Long reviewId = activity.getReview().getId();
        long sources = admin.sourcesOf(id);
        return DeletePage.confirm(DeletePage.text("review.activity.thing", activity.getActivity()),
                "/admin/final-reviews/" + reviewId + "/activities/" + id + "/delete", "/final-reviews/" + reviewId,
                activity.getVersion(), sources == 0 ? null : DeletePage.text("review.activity.delete.sources", sources));
    }
}
