package uk.partnershipplans.portal.governance.risk;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.plan.PlanOutlines.PlanOutline;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** The planning team keeps a plan's risk register: add, change, delete, from the register. */
@Controller
@RequestMapping("/admin/plans/{parentId:\\d{1,18}}/risks")
class RiskAdminController extends RecordPages<RiskForm> {

    private final RiskAdmin admin;
    private final MessageSource messages;

    RiskAdminController(RiskAdmin admin, MessageSource messages, ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(Risk.class, id)),
                (planId, id) -> "/plans/" + planId + "/risks", (planId, id) -> "/risks/" + id);
        this.admin = admin;
        this.messages = messages;
    }

    @Override
    protected String formPage(Long planId, Long id, Model model) {
        PlanOutline plan = admin.plan(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("years", plan.years().stream().map(y -> new Option(y.id().toString(), y.label())).toList());
        model.addAttribute("priorities", plan.prioritiesInYears().stream()
                .map(p -> new Option(p.id().toString(), "%s: %s %s".formatted(p.yearLabel(), p.number(), p.title())))
                .toList());
        model.addAttribute("likelihoods", scale("risk.likelihood."));
        model.addAttribute("impacts", scale("risk.impact."));
        return "governance/risk-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        Risk risk = admin.risk(id);
        return DeletePage.confirm(DeletePage.text("risk.thing", risk.getTitle()),
                "/admin/plans/" + risk.getPlanId() + "/risks/" + id + "/delete", "/risks/" + id, risk.getVersion(), null);
    }

    /** The five points of a scale, each with its number and words. */
    private List<Option> scale(String prefix) {
        return IntStream.rangeClosed(1, 5).mapToObj(n -> new Option(Integer.toString(n),
                messages.getMessage("risk.scale.point", new Object[] {n, messages.getMessage(prefix + n, null, Locale.UK)},
                        Locale.UK))).toList();
    }
}
