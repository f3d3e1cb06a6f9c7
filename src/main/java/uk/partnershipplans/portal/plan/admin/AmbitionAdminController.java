package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.shared.DeletePage.text;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.plan.model.framework.FrameworkAmbition;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins keep the ambitions of an external framework: add, change, delete, from the framework's page. */
@Controller
@RequestMapping("/admin/frameworks/{parentId:\\d{1,18}}/ambitions")
class AmbitionAdminController extends RecordPages<AmbitionForm> {

    private final AmbitionAdmin admin;
    private final FrameworkAdmin frameworks;

    AmbitionAdminController(AmbitionAdmin admin, FrameworkAdmin frameworks, MessageSource messages,
            ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(FrameworkAmbition.class, id)),
                AmbitionAdminController::ambitions);
        this.admin = admin;
        this.frameworks = frameworks;
    }

    @Override
    protected String formPage(Long frameworkId, Long id, Model model) {
        model.addAttribute("framework", frameworks.framework(frameworkId));
        return "plan/admin/ambition-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        FrameworkAmbition ambition = admin.ambition(id);
        Long frameworkId = ambition.getFramework().getId();
        return DeletePage.confirm(text("admin.ambition.thing", ambition.getShortName()),
                "/admin/frameworks/" + frameworkId + "/ambitions/" + id + "/delete", "/admin/frameworks/" + frameworkId,
                ambition.getVersion(), null);
    }

    private static String ambitions(Long frameworkId) {
        return "/admin/frameworks/" + frameworkId + "#ambitions";
    }
}
