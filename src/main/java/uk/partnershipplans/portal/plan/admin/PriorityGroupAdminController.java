package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.shared.DeletePage.text;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.plan.model.PriorityGroup;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins put priorities of a plan year under one column heading of the year's own wording, as its tables print them. */
@Controller
@RequestMapping("/admin/plan-years/{parentId:\\d{1,18}}/priority-groups")
class PriorityGroupAdminController extends RecordPages<PriorityGroupForm> {

    private final PriorityGroupAdmin admin;

    PriorityGroupAdminController(PriorityGroupAdmin admin, MessageSource messages) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), admin.group(id).lastSaved()),
                PriorityGroupAdminController::yearPage);
        this.admin = admin;
    }

    @Override
    protected String formPage(Long yearId, Long id, Model model) {
        model.addAttribute("year", admin.year(yearId));
        model.addAttribute("priorityOptions", admin.prioritiesOf(yearId).stream()
                .map(p -> new Option(String.valueOf(p.getId()), p.getNumber() + " " + p.getTitle())).toList());
        return "plan/admin/priority-group-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        PriorityGroup group = admin.group(id);
        Long yearId = group.getPlanYear().getId();
        return DeletePage.confirm(text("admin.priority-group.thing", group.getActionsHeading()),
                "/admin/plan-years/" + yearId + "/priority-groups/" + id + "/delete", "/admin/plan-years/" + yearId,
                group.getVersion(), text("admin.priority-group.delete.consequence"));
    }

    private static String yearPage(Long yearId) {
        return "/admin/plan-years/" + yearId + "#priority-groups";
    }
}
