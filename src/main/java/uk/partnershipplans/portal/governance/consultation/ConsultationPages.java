package uk.partnershipplans.portal.governance.consultation;

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
 * A plan year's consultations for the people of its partnership: the list, each consultation with its submissions
 * (20 to a page), the consultation as a report appendix (an accessible PDF and a Word document), and its history.
 */
@Controller
@RequiredArgsConstructor
class ConsultationPages {

    private static final String CONSULTATION = "/consultations/{id:\\d{1,18}}";

    private final Consultations consultations;
    private final ConsultationAdmin admin;
    private final AccessiblePdf pdfs;
    private final AccessibleWord words;
    private final ChangeHistory history;

    @GetMapping("/plan-years/{id:\\d{1,18}}/consultations")
    String list(@PathVariable Long id, Authentication authentication, Model model) {
        model.addAttribute("year", consultations.ofYear(id));
        model.addAttribute("admin", Role.ADMIN.isHeldBy(authentication));
        return "governance/consultations";
    }

    @GetMapping(CONSULTATION)
    String consultation(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Authentication authentication,
            Model model) {
        model.addAttribute("view", consultations.page(id, page));
        model.addAttribute("admin", Role.ADMIN.isHeldBy(authentication));
        model.addAttribute("document", false);
        return "governance/consultation";
    }

    @GetMapping(CONSULTATION + ".pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return pdfs.download("governance/consultation-document", document(id, model), filename(id) + ".pdf", request,
                response);
    }

    @GetMapping(CONSULTATION + ".docx")
    ResponseEntity<byte[]> word(@PathVariable Long id, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return words.download("governance/consultation-document", document(id, model), filename(id) + ".docx", request,
                response);
    }

    @GetMapping(CONSULTATION + "/history")
    String history(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        Consultation consultation = admin.consultation(id);
        String path = "/consultations/" + id;
        String year = admin.year(consultation.getPlanYearId()).label();
        model.addAttribute("page", new HistoryPage(year, consultation.getTitle(), path,
                path + "/history", history.read(List.of(Track.of(Consultation.class, id),
                        Track.related(Submission.class, "consultation", id, "history.Submission.subject", "number")),
                        Math.max(page, 1) - 1)));
        return "admin/history";
    }

    private Map<String, Object> document(Long id, Model model) {
        model.addAttribute("view", consultations.whole(id));
        model.addAttribute("document", true);
        return model.asMap();
    }

    private static String filename(Long id) {
        return "consultation-" + id;
    }
}
