package uk.partnershipplans.portal.governance.equality;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.partnershipplans.portal.governance.equality.AssessmentReader.AssessmentView;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.history.ChangeHistory.Track;
import uk.partnershipplans.portal.history.HistoryPage;
import uk.partnershipplans.portal.plan.PlanCatalogue.PlanOutline;
import uk.partnershipplans.portal.shared.AccessiblePdf;
import uk.partnershipplans.portal.shared.AccessibleWord;
import uk.partnershipplans.portal.shared.Role;

/**
 * A plan's equality impact assessments, for every signed-in person of its partnership (they are published with the
 * plan): the list, each assessment as a page, a PDF and a Word document; its history for board members and admins.
 * Admins find there the ways to change it.
 */
@Controller
@RequiredArgsConstructor
class AssessmentPages {

    private static final String ASSESSMENT = "/equality-assessments/{id:\\d{1,18}}";

    private final AssessmentReader reader;
    private final AssessmentAdmin admin;
    private final AccessiblePdf pdfs;
    private final AccessibleWord words;
    private final ChangeHistory history;

    @GetMapping("/plans/{id:\\d{1,18}}/equality-assessments")
    String list(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Authentication authentication,
            Model model) {
        PlanOutline plan = admin.plan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("assessments", reader.ofPlan(plan, page - 1));
        model.addAttribute("admin", Role.ADMIN.isHeldBy(authentication));
        return "governance/equality-assessments";
    }

    @GetMapping(ASSESSMENT)
    String assessment(@PathVariable Long id, Authentication authentication, Model model) {
        model.addAttribute("view", reader.assessment(id));
        model.addAttribute("admin", Role.ADMIN.isHeldBy(authentication));
        model.addAttribute("canSeeHistory", Role.mayEditPlans(authentication));
        return "governance/equality-assessment";
    }

    @GetMapping(ASSESSMENT + ".pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        String name = documentModel(id, model);
        return pdfs.download("governance/equality-assessment-document", model.asMap(), name + ".pdf", request, response);
    }

    @GetMapping(ASSESSMENT + ".docx")
    ResponseEntity<byte[]> word(@PathVariable Long id, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        String name = documentModel(id, model);
        return words.download("governance/equality-assessment-document", model.asMap(), name + ".docx", request, response);
    }

    @GetMapping(ASSESSMENT + "/history")
    String history(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Authentication authentication,
            Model model) {
        if (!Role.mayEditPlans(authentication)) {
            throw new AccessDeniedException("Board members and admins read the history");
        }
        AssessmentView view = reader.assessment(id);
        List<Track> tracks = new ArrayList<>(List.of(Track.of(EqualityAssessment.class, id),
                Track.related(AssessmentPart.class, "assessment", id, "history.AssessmentPart.subject", "title")));
        view.parts().forEach(part -> {
            tracks.add(Track.related(AssessmentRow.class, "part", part.part().getId(), "history.AssessmentRow.subject",
                    "characteristic"));
            tracks.add(Track.related(AssessmentAction.class, "part", part.part().getId(),
                    "history.AssessmentAction.subject", "text"));
        });
        String path = "/equality-assessments/" + id;
        model.addAttribute("page", new HistoryPage(view.plan().title(), view.assessment().getSubject(), path,
                path + "/history", history.read(tracks, Math.max(page, 1) - 1)));
        return "admin/history";
    }

    /** The assessment for its document; returns the document's file name. */
    private String documentModel(Long id, Model model) {
        AssessmentView view = reader.assessment(id);
        model.addAttribute("view", view);
        String subject = view.assessment().getSubject();
        return "equality-impact-assessment-%s".formatted(subject.substring(0, Math.min(60, subject.length())))
                .replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-+$", "");
    }
}
