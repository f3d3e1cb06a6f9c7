package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.shared.DeletePage.text;

import jakarta.validation.Valid;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.partnershipplans.portal.history.ChangeHistory.Track;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.history.HistoryPage;
import uk.partnershipplans.portal.plan.model.ExternalFramework;
import uk.partnershipplans.portal.plan.model.FrameworkAmbition;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Deletions;
import uk.partnershipplans.portal.shared.Forms;

/** Admins keep a partnership's external frameworks and their ambitions. */
@Controller
@RequiredArgsConstructor
class FrameworkAdminController {

    private final FrameworkAdmin admin;
    private final PlanAdmin plans;
    private final AdminChoices choices;
    private final MessageSource messages;
    private final ChangeHistory history;

    @GetMapping("/admin/frameworks")
    String frameworks(@RequestParam(required = false) Long partnership, @RequestParam(defaultValue = "1") int page,
            Model model) {
        model.addAttribute("frameworks", admin.frameworks(partnership, Math.max(page, 1) - 1));
        model.addAttribute("partnership", partnership);
        model.addAttribute("partnershipName", partnership == null ? null : plans.partnershipName(partnership));
        model.addAttribute("partnerships", admin.partnerships());
        return "plan/admin/frameworks";
    }

    @GetMapping("/admin/frameworks/{id}")
    String framework(@PathVariable Long id, Model model) {
        ExternalFramework framework = admin.framework(id);
        model.addAttribute("framework", framework);
        model.addAttribute("partnershipName", plans.partnershipName(framework.getPartnershipId()));
        return "plan/admin/framework";
    }

    /** The framework's history of changes, with its ambitions'. */
    @GetMapping("/admin/frameworks/{id}/history")
    String history(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        ExternalFramework framework = admin.framework(id);
        String path = "/admin/frameworks/" + id;
        model.addAttribute("page", new HistoryPage(plans.partnershipName(framework.getPartnershipId()),
                framework.getName(), path, path + "/history", history.read(List.of(Track.of(ExternalFramework.class, id),
                        Track.related(FrameworkAmbition.class, "framework", id, "history.FrameworkAmbition.subject",
                                "shortName")), Math.max(page, 1) - 1)));
        return "admin/history";
    }

    @GetMapping("/admin/frameworks/new")
    String newFramework(@RequestParam(required = false) Long partnership, Model model) {
        FrameworkForm form = new FrameworkForm();
        form.setPartnershipId(partnership);
        model.addAttribute("form", form);
        return form(null, model);
    }

    @PostMapping("/admin/frameworks/new")
    String create(@Valid @ModelAttribute("form") FrameworkForm form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> admin.create(form), () -> form)
                .map(id -> "redirect:/admin/frameworks/" + id)
                .orElseGet(() -> form(null, model));
    }

    @GetMapping("/admin/frameworks/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.form(id));
        return form(id, model);
    }

    @PostMapping("/admin/frameworks/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") FrameworkForm form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> {
            admin.update(id, form);
            return id;
        }, () -> admin.form(id)).map(saved -> "redirect:/admin/frameworks/" + id).orElseGet(() -> form(id, model));
    }

    @GetMapping("/admin/frameworks/{id}/delete")
    String confirmDelete(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, deletePage(id), admin.deletionRefusal(id));
    }

    @PostMapping("/admin/frameworks/{id}/delete")
    String delete(@PathVariable Long id, @RequestParam long version, Model model) {
        Long partnershipId = admin.framework(id).getPartnershipId();
        return Deletions.delete(model, messages, () -> deletePage(id), () -> admin.delete(id, version),
                "/admin/frameworks?partnership=" + partnershipId);
    }

    private DeletePage deletePage(Long id) {
        ExternalFramework framework = admin.framework(id);
        return DeletePage.confirm(text("admin.framework.thing", framework.getName()), "/admin/frameworks/" + id + "/delete",
                "/admin/frameworks/" + id, framework.getVersion(), text("admin.framework.delete.consequence"));
    }

    private String form(Long id, Model model) {
        model.addAttribute("frameworkId", id);
        model.addAttribute("partnerships", choices.partnerships(admin.partnerships()));
        if (id != null) {
            model.addAttribute("partnershipName", plans.partnershipName(admin.framework(id).getPartnershipId()));
        }
        return "plan/admin/framework-form";
    }

    // Ambitions

    @GetMapping("/admin/frameworks/{frameworkId}/ambitions/new")
    String newAmbition(@PathVariable Long frameworkId, Model model) {
        model.addAttribute("form", new AmbitionForm());
        return ambitionForm(frameworkId, null, model);
    }

    @PostMapping("/admin/frameworks/{frameworkId}/ambitions/new")
    String createAmbition(@PathVariable Long frameworkId, @Valid @ModelAttribute("form") AmbitionForm form,
            BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> admin.createAmbition(frameworkId, form), () -> form)
                .map(id -> "redirect:/admin/frameworks/" + frameworkId + "#ambitions")
                .orElseGet(() -> ambitionForm(frameworkId, null, model));
    }

    @GetMapping("/admin/ambitions/{id}/edit")
    String editAmbition(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.ambitionForm(id));
        return ambitionForm(admin.ambition(id).getFramework().getId(), id, model);
    }

    @PostMapping("/admin/ambitions/{id}/edit")
    String updateAmbition(@PathVariable Long id, @Valid @ModelAttribute("form") AmbitionForm form, BindingResult errors,
            Model model) {
        Long frameworkId = admin.ambition(id).getFramework().getId();
        return Forms.save(errors, model, () -> {
            admin.updateAmbition(id, form);
            return id;
        }, () -> admin.ambitionForm(id)).map(saved -> "redirect:/admin/frameworks/" + frameworkId + "#ambitions")
                .orElseGet(() -> ambitionForm(frameworkId, id, model));
    }

    @GetMapping("/admin/ambitions/{id}/delete")
    String confirmDeleteAmbition(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, ambitionDeletePage(id), admin.ambitionDeletionRefusal(id));
    }

    @PostMapping("/admin/ambitions/{id}/delete")
    String deleteAmbition(@PathVariable Long id, @RequestParam long version, Model model) {
        Long frameworkId = admin.ambition(id).getFramework().getId();
        return Deletions.delete(model, messages, () -> ambitionDeletePage(id), () -> admin.deleteAmbition(id, version),
                "/admin/frameworks/" + frameworkId + "#ambitions");
    }

    private DeletePage ambitionDeletePage(Long id) {
        FrameworkAmbition ambition = admin.ambition(id);
        return DeletePage.confirm(text("admin.ambition.thing", ambition.getShortName()), "/admin/ambitions/" + id + "/delete",
                "/admin/frameworks/" + ambition.getFramework().getId(), ambition.getVersion(), null);
    }

    private String ambitionForm(Long frameworkId, Long ambitionId, Model model) {
        model.addAttribute("framework", admin.framework(frameworkId));
        model.addAttribute("ambitionId", ambitionId);
        return "plan/admin/ambition-form";
    }
}
