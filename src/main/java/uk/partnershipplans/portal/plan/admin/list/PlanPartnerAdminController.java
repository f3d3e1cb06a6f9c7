package uk.partnershipplans.portal.plan.admin.list;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.plan.admin.AdminChoices;
import uk.partnershipplans.portal.plan.admin.PlanAdmin;
import uk.partnershipplans.portal.plan.model.PlanPartner;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins keep the partners a plan names: add one from the partner directory, change its wording, delete. */
@Controller
@RequestMapping("/admin/plans/{parentId:\\d{1,18}}/plan-partners")
class PlanPartnerAdminController extends RecordPages<PlanPartnerForm> {

    private static final PlanList LIST = new PlanList("plan-partners", "partners");

    private final PlanPartnerAdmin admin;
    private final PlanAdmin plans;
    private final AdminChoices choices;

    PlanPartnerAdminController(PlanPartnerAdmin admin, PlanAdmin plans, AdminChoices choices, MessageSource messages,
            ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(PlanPartner.class, id)),
                LIST::page);
        this.admin = admin;
        this.plans = plans;
        this.choices = choices;
    }

    @Override
    protected String formPage(Long planId, Long id, Model model) {
        model.addAttribute("plan", plans.plan(planId));
        model.addAttribute("organisationName", id == null ? null : admin.planPartner(id).name());
        model.addAttribute("organisationOptions", id != null ? List.of() : admin.organisationsToName(planId).stream()
                .map(o -> new Option(String.valueOf(o.id()), o.name())).toList());
        model.addAttribute("categoryOptions", choices.of(PartnerCategory.class));
        return "plan/admin/plan-partner-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        PlanPartnerAdmin.NamedPartner named = admin.planPartner(id);
        return LIST.deletePage("admin.plan-partner.thing", named.name(), named.partner().getPlan().getId(), id,
                named.partner().getVersion());
    }
}
