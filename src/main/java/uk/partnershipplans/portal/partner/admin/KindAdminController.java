package uk.partnershipplans.portal.partner.admin;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.partner.model.PartnerKind;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Deletions;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins keep the list of kinds of partner: list, add, rename, delete when no organisation is of that kind. */
@Controller
@RequestMapping("/admin/partner-kinds")
@RequiredArgsConstructor
class KindAdminController {

    private static final String LIST = "/admin/partner-kinds";
    private static final String FORM_VIEW = "partner/admin/kind-form";

    private final KindAdmin admin;
    private final MessageSource messages;
    private final ChangeHistory changes;

    @GetMapping
    String list(Model model) {
        model.addAttribute("kinds", admin.rows());
        return "partner/admin/kinds";
    }

    @GetMapping("/new")
    String newKind(Model model) {
        model.addAttribute("form", new KindForm());
        return showForm(null, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") KindForm form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> admin.create(form), () -> form)
                .map(id -> "redirect:" + LIST)
                .orElseGet(() -> showForm(null, model));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.form(id));
        return showForm(id, model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") KindForm form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> {
            admin.update(id, form);
            return id;
        }, () -> SavedVersion.of(admin.form(id), changes.lastSaved(PartnerKind.class, id)))
                .map(saved -> "redirect:" + LIST)
                .orElseGet(() -> showForm(id, model));
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, deletePage(id), admin.deletionRefusal(id));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, @RequestParam long version, Model model) {
        return Deletions.delete(model, messages, () -> deletePage(id), () -> admin.delete(id, version), LIST);
    }

    private DeletePage deletePage(Long id) {
        PartnerKind kind = admin.kind(id);
        return DeletePage.confirm(DeletePage.text("admin.kind.thing", kind.getName()), LIST + "/" + id + "/delete", LIST,
                kind.getVersion(), null);
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("kindId", id);
        return FORM_VIEW;
    }
}
