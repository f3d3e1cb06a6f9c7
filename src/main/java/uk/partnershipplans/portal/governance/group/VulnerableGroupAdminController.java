package uk.partnershipplans.portal.governance.group;

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

/** The planning team keeps a plan's vulnerable groups: add, change, delete, from the plan's list of groups. */
@Controller
@RequestMapping("/admin/plans/{parentId:\\d{1,18}}/vulnerable-groups")
class VulnerableGroupAdminController extends RecordPages<VulnerableGroupForm> {

    private final VulnerableGroupAdmin admin;

    VulnerableGroupAdminController(VulnerableGroupAdmin admin, MessageSource messages, ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(VulnerableGroup.class, id)),
                (planId, id) -> "/plans/" + planId + "/vulnerable-groups", (planId, id) -> "/vulnerable-groups/" + id);
        this.admin = admin;
    }

    @Override
    protected String formPage(Long planId, Long id, Model model) {
        PlanOutline plan = admin.plan(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("priorities", plan.prioritiesInYears().stream()
                .map(p -> new Option(p.id().toString(), "%s: %s %s".formatted(p.yearLabel(), p.number(), p.title())))
                .toList());
        return "governance/vulnerable-group-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        VulnerableGroup group = admin.group(id);
        return DeletePage.confirm(DeletePage.text("group.thing", group.getName()),
                "/admin/plans/" + group.getPlanId() + "/vulnerable-groups/" + id + "/delete", "/vulnerable-groups/" + id,
                group.getVersion(), null);
    }
}
