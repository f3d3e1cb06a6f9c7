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
import uk.partnershipplans.portal.partner.model.Partnership;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Deletions;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins keep the list of partnerships: list, add, change, delete when nothing uses them. */
@Controller
@RequestMapping("/admin/partnerships")
@RequiredArgsConstructor
class PartnershipAdminController {

    private static final String FORM_VIEW = "partner/admin/partnership-form";

    private final PartnershipAdmin admin;
    private final MessageSource messages;
    private final ChangeHistory changes;

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("partnerships", admin.page(Math.max(page, 1) - 1));
        return "partner/admin/partnerships";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("partnership", admin.partnership(id));
        return "partner/admin/partnership";
    }

    @GetMapping("/new")
    String newPartnership(Model model) {
        model.addAttribute("form", new PartnershipForm());
        return showForm(null, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") PartnershipForm form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> admin.create(form), () -> form)
                .map(id -> "redirect:/admin/partnerships/" + id)
                .orElseGet(() -> showForm(null, model));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.form(id));
        return showForm(id, model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") PartnershipForm form, BindingResult errors,
            Model model) {
        return Forms.save(errors, model, () -> {
            admin.update(id, form);
            return id;
        }, () -> SavedVersion.of(admin.form(id), changes.lastSaved(Partnership.class, id)))
                .map(saved -> "redirect:/admin/partnerships/" + id)
                .orElseGet(() -> showForm(id, model));
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, deletePage(id), admin.deletionRefusal(id));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, @RequestParam long version, Model model) {
        return Deletions.delete(model, messages, () -> deletePage(id), () -> admin.delete(id, version), "/admin/partnerships");
    }

    private DeletePage deletePage(Long id) {
        Partnership partnership = admin.partnership(id);
        return DeletePage.confirm(DeletePage.text("admin.partnership.thing", partnership.getName()),
                "/admin/partnerships/" + id + "/delete", "/admin/partnerships/" + id, partnership.getVersion(), null);
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("partnershipId", id);
        return FORM_VIEW;
    }
}
