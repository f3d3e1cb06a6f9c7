package uk.partnershipplans.portal.partner.admin;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.partner.model.Partnership;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Narrative;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins keep the list of partnerships: list, add, change, delete when nothing uses them. */
@Controller
@RequestMapping("/admin/partnerships")
class PartnershipAdminController extends RecordPages<PartnershipForm> {

    private static final String LIST = "/admin/partnerships";
    private static final String FORM_VIEW = "partner/admin/partnership-form";

    private final PartnershipAdmin admin;

    PartnershipAdminController(PartnershipAdmin admin, MessageSource messages, ChangeHistory changes) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), changes.lastSaved(Partnership.class, id)),
                (parent, id) -> LIST, (parent, id) -> LIST + "/" + id);
        this.admin = admin;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("partnerships", admin.page(Math.max(page, 1) - 1));
        model.addAttribute("mayAdd", admin.mayAddAndDelete());
        return "partner/admin/partnerships";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("partnership", admin.partnership(id));
        model.addAttribute("mayDelete", admin.mayAddAndDelete());
        model.addAttribute("members", admin.members(id));
        model.addAttribute("parent", admin.parentOf(id).orElse(null));
        model.addAttribute("vision", Narrative.parse(admin.partnership(id).getVision()));
        return "partner/admin/partnership";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        Partnership partnership = admin.partnership(id);
        return DeletePage.confirm(DeletePage.text("admin.partnership.thing", partnership.getName()),
                LIST + "/" + id + "/delete", LIST + "/" + id, partnership.getVersion(), null);
    }

    @Override
    protected String formPage(Long parentId, Long id, Model model) {
        if (id == null && !admin.mayAddAndDelete()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("parentOptions", admin.parentChoices(id).stream()
                .map(p -> new Option(String.valueOf(p.getId()), p.getName())).toList());
        return FORM_VIEW;
    }
}
