package uk.partnershipplans.portal.governance.review;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** The planning team keeps a plan year's final reviews: add, change, delete one that holds no activity. */
@Controller
@RequestMapping("/admin/plan-years/{parentId:\\d{1,18}}/final-reviews")
class FinalReviewAdminController extends RecordPages<FinalReviewForm> {

    private final FinalReviewAdmin admin;

    FinalReviewAdminController(FinalReviewAdmin admin, MessageSource messages, ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(FinalReview.class, id)),
                (yearId, id) -> "/plan-years/" + yearId + "/final-reviews", (yearId, id) -> "/final-reviews/" + id);
        this.admin = admin;
    }

    @Override
    protected String formPage(Long yearId, Long id, Model model) {
        model.addAttribute("year", admin.year(yearId));
        return "governance/final-review-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        FinalReview review = admin.review(id);
        return DeletePage.confirm(DeletePage.text("review.thing", review.getTitle()),
                "/admin/plan-years/" + review.getPlanYearId() + "/final-reviews/" + id + "/delete",
                "/final-reviews/" + id, review.getVersion(), null);
    }
}
