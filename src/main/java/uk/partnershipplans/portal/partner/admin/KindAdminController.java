package uk.partnershipplans.portal.partner.admin;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.partner.model.PartnerKind;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins keep the list of kinds of partner: list, add, rename, delete when no organisation is of that kind. */
@Controller
@RequestMapping("/admin/partner-kinds")
class KindAdminController extends RecordPages<KindForm> {

    private static final String LIST = "/admin/partner-kinds";
    private static final String FORM_VIEW = "partner/admin/kind-form";

    private final KindAdmin admin;

    KindAdminController(KindAdmin admin, MessageSource messages, ChangeHistory changes) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), changes.lastSaved(PartnerKind.class, id)),
                (parent, id) -> LIST, (parent, id) -> LIST);
        this.admin = admin;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("kinds", admin.rows());
        return "partner/admin/kinds";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        PartnerKind kind = admin.kind(id);
        return DeletePage.confirm(DeletePage.text("admin.kind.thing", kind.getName()), LIST + "/" + id + "/delete", LIST,
                kind.getVersion(), null);
    }

    @Override
    protected String formPage(Long parentId, Long id, Model model) {
        return FORM_VIEW;
    }
}
