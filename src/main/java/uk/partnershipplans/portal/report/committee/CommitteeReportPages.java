package uk.partnershipplans.portal.report.committee;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.history.ChangeHistory.Track;
import uk.partnershipplans.portal.history.HistoryPage;
import uk.partnershipplans.portal.shared.AccessiblePdf;
import uk.partnershipplans.portal.shared.AccessibleWord;
import uk.partnershipplans.portal.shared.DocumentTemplate;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.status.PerformanceReports;

/**
 * A plan year's committee reports for board members and admins: the list, each paper as a page, a PDF and a Word
 * document (with its appendix, the performance report as at the paper's day), its history, and issuing it (admins).
 * A draft's summary of progress and appendix are worked out from the plan as it stands; an issued paper reads as
 * it was issued.
 */
@Controller
@RequiredArgsConstructor
@PreAuthorize(ReportSecurity.BOARD_OR_ADMIN)
class CommitteeReportPages {

    private static final String PAPER = "/committee-reports/{id:\\d{1,18}}";

    private final CommitteePapers papers;
    private final CommitteeReportAdmin admin;
    private final PerformanceReports performanceReports;
    private final DocumentTemplate templates;
    private final AccessiblePdf pdfs;
    private final AccessibleWord words;
    private final ChangeHistory history;
    private final MessageSource messages;

    @GetMapping("/plan-years/{id:\\d{1,18}}/committee-reports")
    String list(@PathVariable Long id, Authentication authentication, Model model) {
        model.addAttribute("papers", papers.ofYear(id));
        model.addAttribute("admin", Role.ADMIN.isHeldBy(authentication));
        return "report/committee-reports";
    }

    @GetMapping(PAPER)
    String paper(@PathVariable Long id, Authentication authentication, Model model) {
        paperModel(id, model);
        model.addAttribute("admin", Role.ADMIN.isHeldBy(authentication));
        return "report/committee-report";
    }

    @GetMapping(PAPER + ".pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        String name = paperModel(id, model);
        return pdfs.download("report/committee-paper-document", model.asMap(), name + ".pdf", request, response);
    }

    @GetMapping(PAPER + ".docx")
    ResponseEntity<byte[]> word(@PathVariable Long id, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        String name = paperModel(id, model);
        return words.download("report/committee-paper-document", model.asMap(), name + ".docx", request, response);
    }

    @GetMapping(PAPER + "/history")
    String history(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        CommitteeReport report = admin.report(id);
        String path = "/committee-reports/" + id;
        model.addAttribute("page", new HistoryPage(admin.year(report.getPlanYearId()).label(), report.getTitle(), path,
                path + "/history", history.read(List.of(Track.of(CommitteeReport.class, id),
                        Track.related(Implication.class, "report", id, "history.Implication.subject", "heading"),
                        Track.related(Recommendation.class, "report", id, "history.Recommendation.subject", "position")),
                        Math.max(page, 1) - 1)));
        return "admin/history";
    }

    /** The confirmation before issuing a draft, saying what issuing does. */
    @GetMapping("/admin/committee-reports/{id:\\d{1,18}}/issue")
    String confirmIssue(@PathVariable Long id, Model model) {
        if (admin.report(id).isIssued()) {
            return "redirect:/committee-reports/" + id;
        }
        paperModel(id, model);
        model.addAttribute("stale", false);
        return "report/committee-report-issue";
    }

    /**
     * Issues the draft: the paper and its appendix, rendered now as the documents render them, are kept as issued.
     * A draft that is not ready comes back with what it lacks.
     */
    @PostMapping("/admin/committee-reports/{id:\\d{1,18}}/issue")
    String issue(@PathVariable Long id, @RequestParam long version, Authentication authentication, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (admin.report(id).isIssued()) {
            return "redirect:/committee-reports/" + id;
        }
        paperModel(id, model);
        String paper = templates.html("report/committee-paper :: paper", model.asMap(), request, response);
        String appendix = templates.html("report/committee-paper :: appendix", model.asMap(), request, response);
        try {
            admin.issue(id, version, paper, appendix, authentication.getName());
            return "redirect:/committee-reports/" + id;
        } catch (StaleEdit stale) {
            paperModel(id, model);
            model.addAttribute("stale", true);
            return "report/committee-report-issue";
        } catch (Refusal refusal) {
            model.addAttribute("problems", refusal.problems().stream()
                    .map(problem -> messages.getMessage(problem, Locale.UK)).toList());
            model.addAttribute("stale", false);
            return "report/committee-report-issue";
        }
    }

    /**
     * Shows an issued paper on the public pages of its year, or takes it off them ({@code shown}); kept in its history.
     * A paper changed meanwhile, or a draft, comes back with a warning and where it stands.
     */
    @PostMapping("/admin/committee-reports/{id:\\d{1,18}}/public")
    String showPublicly(@PathVariable Long id, @RequestParam long version, @RequestParam boolean shown,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        try {
            admin.showPublicly(id, version, shown);
            redirect.addFlashAttribute("savedMessage", messages.getMessage(
                    shown ? "committee.public.shown" : "committee.public.removed", null, Locale.UK));
            return "redirect:/committee-reports/" + id;
        } catch (StaleEdit | Refusal refused) {
            model.addAttribute("publicRefused", true);
            return paper(id, authentication, model);
        }
    }

    /** The paper, and for a draft its summary and appendix as the plan stands; returns the documents' file name. */
    private String paperModel(Long id, Model model) {
        CommitteePaper paper = papers.paper(id);
        model.addAttribute("paper", paper);
        if (!paper.report().isIssued()) {
            Map<String, Object> report = performanceReports.asAt(paper.report().getPlanYearId(), paper.report().getAsAt())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            model.addAllAttributes(report);
        }
        String title = paper.report().getTitle();
        return "committee-report-%s-%s".formatted(paper.report().getMeetingDate(), title.substring(0, Math.min(60, title.length())))
                .replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-+$", "");
    }
}
