package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.shared.DeletePage.text;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.partnershipplans.portal.history.ChangeHistory.Track;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.history.HistoryPage;
import uk.partnershipplans.portal.plan.model.framework.ExternalFramework;
import uk.partnershipplans.portal.plan.model.framework.FrameworkAmbition;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins keep a partnership's external frameworks; their ambitions have pages of their own. */
@Controller
@RequestMapping("/admin/frameworks")
class FrameworkAdminController extends RecordPages<FrameworkForm> {

    private static final String LIST = "/admin/frameworks";

    private final FrameworkAdmin admin;
    private final PlanAdmin plans;
    private final AdminChoices choices;
    private final ChangeHistory history;

    FrameworkAdminController(FrameworkAdmin admin, PlanAdmin plans, AdminChoices choices, MessageSource messages,
            ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(ExternalFramework.class, id)),
                (parent, id) -> LIST + "?partnership=" + admin.framework(id).getPartnershipId(),
                (parent, id) -> LIST + "/" + id);
        this.admin = admin;
        this.plans = plans;
        this.choices = choices;
        this.history = history;
    }

    @GetMapping
    String frameworks(@RequestParam(required = false) Long partnership, @RequestParam(defaultValue = "1") int page,
            Model model) {
        model.addAttribute("frameworks", admin.frameworks(partnership, Math.max(page, 1) - 1));
        model.addAttribute("partnership", partnership);
        model.addAttribute("partnershipName", partnership == null ? null : plans.partnershipName(partnership));
        model.addAttribute("partnerships", admin.partnerships());
        return "plan/admin/frameworks";
    }

    @GetMapping("/{id}")
    String framework(@PathVariable Long id, Model model) {
        ExternalFramework framework = admin.framework(id);
        model.addAttribute("framework", framework);
        model.addAttribute("partnershipName", plans.partnershipName(framework.getPartnershipId()));
        return "plan/admin/framework";
    }

    /** The framework's history of changes, with its ambitions'. */
    @GetMapping("/{id}/history")
    String history(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        ExternalFramework framework = admin.framework(id);
        String path = LIST + "/" + id;
        model.addAttribute("page", new HistoryPage(plans.partnershipName(framework.getPartnershipId()),
                framework.getName(), path, path + "/history", history.read(List.of(Track.of(ExternalFramework.class, id),
                        Track.related(FrameworkAmbition.class, "framework", id, "history.FrameworkAmbition.subject",
                                "shortName")), Math.max(page, 1) - 1)));
        return "admin/history";
    }

    @Override
    protected String formPage(Long parentId, Long id, Model model) {
        model.addAttribute("partnerships", choices.partnerships(admin.partnerships()));
        if (id != null) {
            model.addAttribute("partnershipName", plans.partnershipName(admin.framework(id).getPartnershipId()));
        }
        return "plan/admin/framework-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        ExternalFramework framework = admin.framework(id);
        return DeletePage.confirm(text("admin.framework.thing", framework.getName()), LIST + "/" + id + "/delete",
                LIST + "/" + id, framework.getVersion(), text("admin.framework.delete.consequence"));
    }
}
