package uk.partnershipplans.portal.plan.admin.list;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.plan.admin.PlanAdmin;
import uk.partnershipplans.portal.plan.model.SupportedInitiative;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins keep the work a plan supports: add, change, delete, from the plan's admin page. */
@Controller
@RequestMapping("/admin/plans/{parentId:\\d{1,18}}/initiatives")
class InitiativeAdminController extends RecordPages<InitiativeForm> {

    private static final PlanList LIST = new PlanList("initiatives", "initiatives");

    private final InitiativeAdmin admin;
    private final PlanAdmin plans;

    InitiativeAdminController(InitiativeAdmin admin, PlanAdmin plans, MessageSource messages, ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(SupportedInitiative.class, id)),
                LIST::page);
        this.admin = admin;
        this.plans = plans;
    }

    @Override
    protected String formPage(Long planId, Long id, Model model) {
        model.addAttribute("plan", plans.plan(planId));
        return "plan/admin/initiative-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        SupportedInitiative initiative = admin.initiative(id);
        return LIST.deletePage("admin.initiative.thing", initiative.getTitle(), initiative.getPlan().getId(), id,
                initiative.getVersion());
    }
}
