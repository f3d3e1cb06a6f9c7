package uk.partnershipplans.portal.report.committee;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/**
 * The planning team keeps the recommendations of a draft committee report, and once it is issued records the
 * decision taken on each.
 */
@Controller
@RequestMapping("/admin/committee-reports/{parentId:\\d{1,18}}/recommendations")
class RecommendationAdminController extends RecordPages<RecommendationForm> {

    private final RecommendationAdmin admin;
    private final CommitteeReportAdmin reports;
    private final MessageSource messages;
    private final ChangeHistory history;

    RecommendationAdminController(RecommendationAdmin admin, CommitteeReportAdmin reports, MessageSource messages,
            ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(Recommendation.class, id)),
                reportId -> "/committee-reports/" + reportId + "#recommendations-list");
        this.admin = admin;
        this.reports = reports;
        this.messages = messages;
        this.history = history;
    }

    @Override
    protected String formPage(Long reportId, Long id, Model model) {
        model.addAttribute("report", reports.report(reportId));
        return "report/recommendation-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        Recommendation recommendation = admin.recommendation(id);
        Long reportId = recommendation.getReport().getId();
        return DeletePage.confirm(DeletePage.text("committee.recommendation.thing", recommendation.getPosition()),
                "/admin/committee-reports/" + reportId + "/recommendations/" + id + "/delete",
                "/committee-reports/" + reportId + "#recommendations-list", recommendation.getVersion(), null);
    }

    @GetMapping("/{id:\\d{1,18}}/decision")
    String decision(@PathVariable Long parentId, @PathVariable Long id, Model model) {
        model.addAttribute("form", DecisionForm.of(keptIn(parentId, id)));
        return decisionForm(parentId, id, model);
    }

    @PostMapping("/{id:\\d{1,18}}/decision")
    String decide(@PathVariable Long parentId, @PathVariable Long id, @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult errors, Authentication authentication, Model model) {
        keptIn(parentId, id);
        return Forms.save(errors, model, () -> {
            admin.decide(id, form, authentication.getName());
            return id;
        }, () -> SavedVersion.of(DecisionForm.of(admin.recommendation(id)), history.lastSaved(Recommendation.class, id)))
                .map(saved -> "redirect:/committee-reports/" + parentId + "#recommendations-list")
                .orElseGet(() -> decisionForm(parentId, id, model));
    }

    private Recommendation keptIn(Long reportId, Long id) {
        Recommendation recommendation = admin.recommendation(id);
        if (!recommendation.getReport().getId().equals(reportId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return recommendation;
    }

    private String decisionForm(Long reportId, Long id, Model model) {
        model.addAttribute("recommendation", admin.recommendation(id));
        model.addAttribute("decisions", Arrays.stream(Decision.values()).map(decision -> new Option(decision.name(),
                messages.getMessage("committee.decision." + decision.name(), null, Locale.UK))).toList());
        return "report/decision-form";
    }
}
