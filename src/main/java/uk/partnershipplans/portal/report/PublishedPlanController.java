package uk.partnershipplans.portal.report;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.governance.EqualityAssessments;
import uk.partnershipplans.portal.governance.PublishedAssessment;
import uk.partnershipplans.portal.plan.PublishedPlan;
import uk.partnershipplans.portal.plan.PublishedPlans;
import uk.partnershipplans.portal.shared.AccessiblePdf;
import uk.partnershipplans.portal.shared.AccessibleWord;
import uk.partnershipplans.portal.shared.KeptContent;

/**
 * The published plan of a year, for every signed-in person who may read the year: a page of the portal, and the same
 * document as an accessible PDF and a Word document, all from one template (report/published-plan.html).
 */
@Controller
@RequiredArgsConstructor
class PublishedPlanController {

    private static final String ID = "{id:\\d{1,18}}";

    private final PublishedPlans plans;
    private final EqualityAssessments assessments;
    private final KeptContent kept;
    private final AccessiblePdf pdfs;
    private final AccessibleWord words;

    @GetMapping("/plan-years/" + ID + "/published")
    String page(@PathVariable Long id, Model model, Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        return kept.page("report/published-plan", model, request, response, authentication, () -> {
            PublishedPlan published = found(id);
            model.addAttribute("published", published);
            model.addAttribute("assessments", assessmentsOf(published));
            model.addAttribute("pdf", false);
        });
    }

    @GetMapping("/plan-years/" + ID + "/published.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return pdfs.download("report/published-plan-document", model.asMap(), document(id, model) + ".pdf", request,
                response);
    }

    @GetMapping("/plan-years/" + ID + "/published.docx")
    ResponseEntity<byte[]> word(@PathVariable Long id, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return words.download("report/published-plan-document", model.asMap(), document(id, model) + ".docx", request,
                response);
    }

    /** The plan in {@code model} for a document, and the document's name without its extension. */
    private String document(Long id, Model model) {
        PublishedPlan published = found(id);
        model.addAttribute("published", published);
        model.addAttribute("assessments", assessmentsOf(published));
        model.addAttribute("pdf", true);
        return published.filename();
    }

    /** The equality impact assessments of the plan as a whole and of the year, which the plan publishes. */
    private List<PublishedAssessment> assessmentsOf(PublishedPlan published) {
        return assessments.publishedWith(published.year().plan().id(), published.year().id());
    }

    private PublishedPlan found(Long id) {
        return plans.ofYear(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
