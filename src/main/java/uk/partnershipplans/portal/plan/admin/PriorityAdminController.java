package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.shared.DeletePage.text;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins enter a plan year's priorities: number, title, lead, operational objective and focus points. */
@Controller
@RequestMapping("/admin/plan-years/{parentId:\\d{1,18}}/priorities")
class PriorityAdminController extends RecordPages<PriorityStructureForm> {

    private final PriorityAdmin admin;

    PriorityAdminController(PriorityAdmin admin, MessageSource messages) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), admin.priority(id).lastSaved()),
                PriorityAdminController::yearPage);
        this.admin = admin;
    }

    @Override
    protected String formPage(Long yearId, Long id, Model model) {
        model.addAttribute("year", admin.overview(yearId).year());
        model.addAttribute("objectives", admin.objectivesFor(yearId).stream()
                .map(o -> new Option(String.valueOf(o.getId()), o.getNumber() + " " + o.getTitle())).toList());
        return "plan/admin/priority-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        Priority priority = admin.priority(id);
        Long yearId = priority.getPlanYear().getId();
        return DeletePage.confirm(text("admin.priority.thing", priority.getNumber(), priority.getTitle()),
                "/admin/plan-years/" + yearId + "/priorities/" + id + "/delete", "/admin/plan-years/" + yearId,
                priority.getVersion(), text("admin.priority.delete.consequence"));
    }

    private static String yearPage(Long yearId) {
        return "/admin/plan-years/" + yearId + "#priorities";
    }
}
