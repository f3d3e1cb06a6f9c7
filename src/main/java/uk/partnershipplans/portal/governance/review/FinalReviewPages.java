package uk.partnershipplans.portal.governance.review;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.history.ChangeHistory.Track;
import uk.partnershipplans.portal.history.HistoryPage;
import uk.partnershipplans.portal.shared.AccessiblePdf;
import uk.partnershipplans.portal.shared.AccessibleWord;
import uk.partnershipplans.portal.shared.Role;

/**
 * A plan year's final reviews for the people of its partnership: the list, each review in the plan's priority order,
 * the review as a report (an accessible PDF and a Word document), and its history.
 */
@Controller
@RequiredArgsConstructor
class FinalReviewPages {

    private static final String REVIEW = "/final-reviews/{id:\\d{1,18}}";

    private final FinalReviews reviews;
    private final FinalReviewAdmin admin;
    private final AccessiblePdf pdfs;
    private final AccessibleWord words;
    private final ChangeHistory history;

    @GetMapping("/plan-years/{id:\\d{1,18}}/final-reviews")
    String list(@PathVariable Long id, Authentication authentication, Model model) {
        model.addAttribute("year", reviews.ofYear(id));
        model.addAttribute("admin", Role.ADMIN.isHeldBy(authentication));
        return "governance/final-reviews";
    }

    @GetMapping(REVIEW)
    String review(@PathVariable Long id, Authentication authentication, Model model) {
        model.addAttribute("view", reviews.review(id));
        model.addAttribute("admin", Role.ADMIN.isHeldBy(authentication));
        model.addAttribute("document", false);
        return "governance/final-review";
    }

    @GetMapping(REVIEW + ".pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return pdfs.download("governance/final-review-document", document(id, model), "final-review-" + id + ".pdf",
                request, response);
    }

    @GetMapping(REVIEW + ".docx")
    ResponseEntity<byte[]> word(@PathVariable Long id, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return words.download("governance/final-review-document", document(id, model), "final-review-" + id + ".docx",
                request, response);
    }

    @GetMapping(REVIEW + "/history")
    String history(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        FinalReview review = admin.review(id);
        String path = "/final-reviews/" + id;
        String year = admin.year(review.getPlanYearId()).label();
        model.addAttribute("page", new HistoryPage(year, review.getTitle(), path, path + "/history",
                history.read(List.of(Track.of(FinalReview.class, id),
                        Track.related(Activity.class, "review", id, "history.Activity.subject", "activity")),
                        Math.max(page, 1) - 1)));
        return "admin/history";
    }

    private Map<String, Object> document(Long id, Model model) {
        model.addAttribute("view", reviews.review(id));
        model.addAttribute("document", true);
        model.addAttribute("admin", false);
        return model.asMap();
    }
}
