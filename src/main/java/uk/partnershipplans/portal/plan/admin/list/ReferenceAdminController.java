package uk.partnershipplans.portal.plan.admin.list;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.plan.admin.PlanAdmin;
import uk.partnershipplans.portal.plan.model.PlanReference;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins keep the documents a plan refers to: add, change, delete, from the plan's admin page. */
@Controller
@RequestMapping("/admin/plans/{parentId:\\d{1,18}}/references")
class ReferenceAdminController extends RecordPages<ReferenceForm> {

    private static final PlanList LIST = new PlanList("references", "references");

    private final ReferenceAdmin admin;
    private final PlanAdmin plans;

    ReferenceAdminController(ReferenceAdmin admin, PlanAdmin plans, MessageSource messages, ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(PlanReference.class, id)),
                LIST::page);
        this.admin = admin;
        this.plans = plans;
    }

    @Override
    protected String formPage(Long planId, Long id, Model model) {
        model.addAttribute("plan", plans.plan(planId));
        return "plan/admin/reference-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        PlanReference reference = admin.reference(id);
        return LIST.deletePage("admin.reference.thing", reference.getTitle(), reference.getPlan().getId(), id,
                reference.getVersion());
    }
}
