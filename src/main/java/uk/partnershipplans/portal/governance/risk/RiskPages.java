package uk.partnershipplans.portal.governance.risk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import uk.partnershipplans.portal.shared.AccessiblePdf;
import uk.partnershipplans.portal.shared.AccessibleWord;
import java.util.Arrays;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.partnershipplans.portal.governance.risk.RiskRegister.OneRisk;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.history.ChangeHistory.Track;
import uk.partnershipplans.portal.history.HistoryPage;
import uk.partnershipplans.portal.shared.Role;

/**
 * A plan's risk register for board members and admins: the register by score, the highest first, 20 to a page,
 * filtered by rating; each risk's page and its history. Admins add and change risks from here.
 */
@Controller
@RequiredArgsConstructor
@PreAuthorize(RiskSecurity.BOARD_OR_ADMIN)
class RiskPages {

    private final RiskRegister register;
    private final ChangeHistory history;
    private final AccessiblePdf pdfs;
    private final AccessibleWord words;

    /** The register, of the rating chosen ({@code ?rating=RED}); a value that names no rating filters nothing. */
    @GetMapping("/plans/{id:\\d{1,18}}/risks")
    String register(@PathVariable Long id, @RequestParam(required = false) String rating,
            @RequestParam(defaultValue = "1") int page, Authentication authentication, Model model) {
        RiskRating chosen = Arrays.stream(RiskRating.values()).filter(r -> r.name().equals(rating)).findFirst()
                .orElse(null);
        model.addAttribute("register", register.register(id, chosen, page - 1));
        model.addAttribute("ratings", List.of(RiskRating.values()));
        model.addAttribute("admin", Role.ADMIN.isHeldBy(authentication));
        return "governance/risks";
    }

    /** The whole register as a report: an accessible PDF. */
    @GetMapping("/plans/{id:\\d{1,18}}/risks.pdf")
    ResponseEntity<byte[]> registerPdf(@PathVariable Long id, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("register", register.whole(id));
        model.addAttribute("ratings", List.of(RiskRating.values()));
        return pdfs.download("governance/risk-register-document", model.asMap(), "risk-register-" + id + ".pdf",
                request, response);
    }

    /** The whole register as a report: a Word document. */
    @GetMapping("/plans/{id:\\d{1,18}}/risks.docx")
    ResponseEntity<byte[]> registerWord(@PathVariable Long id, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("register", register.whole(id));
        model.addAttribute("ratings", List.of(RiskRating.values()));
        return words.download("governance/risk-register-document", model.asMap(), "risk-register-" + id + ".docx",
                request, response);
    }

    @GetMapping("/risks/{id:\\d{1,18}}")
    String risk(@PathVariable Long id, Authentication authentication, Model model) {
        model.addAttribute("found", register.risk(id));
        model.addAttribute("admin", Role.ADMIN.isHeldBy(authentication));
        return "governance/risk";
    }

    @GetMapping("/risks/{id:\\d{1,18}}/history")
    String history(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        OneRisk found = register.risk(id);
        String path = "/risks/" + id;
        model.addAttribute("page", new HistoryPage(found.plan().title(), found.risk().title(), path, path + "/history",
                history.read(List.of(Track.of(Risk.class, id)), Math.max(page, 1) - 1)));
        return "admin/history";
    }
}
