package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.shared.DeletePage.text;

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
import org.springframework.web.bind.annotation.RequestParam;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Deletions;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins enter a plan year's priorities: number, title, lead, operational objective and focus points. */
@Controller
@RequiredArgsConstructor
class PriorityAdminController {

    private final PriorityAdmin admin;
    private final MessageSource messages;

    @GetMapping("/admin/plan-years/{yearId}/priorities/new")
    String newPriority(@PathVariable Long yearId, Model model) {
        model.addAttribute("form", new PriorityStructureForm());
        return form(yearId, null, model);
    }

    @PostMapping("/admin/plan-years/{yearId}/priorities/new")
    String create(@PathVariable Long yearId, @Valid @ModelAttribute("form") PriorityStructureForm form, BindingResult errors,
            Model model) {
        return Forms.save(errors, model, () -> admin.create(yearId, form), () -> form)
                .map(id -> "redirect:/admin/plan-years/" + yearId + "#priorities")
                .orElseGet(() -> form(yearId, null, model));
    }

    @GetMapping("/admin/priorities/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.form(id));
        return form(admin.priority(id).getPlanYear().getId(), id, model);
    }

    @PostMapping("/admin/priorities/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") PriorityStructureForm form, BindingResult errors, Model model) {
        Long yearId = admin.priority(id).getPlanYear().getId();
        return Forms.save(errors, model, () -> {
            admin.update(id, form);
            return id;
        }, () -> SavedVersion.of(admin.form(id), admin.priority(id).lastSaved()))
                .map(saved -> "redirect:/admin/plan-years/" + yearId + "#priorities")
                .orElseGet(() -> form(yearId, id, model));
    }

    @GetMapping("/admin/priorities/{id}/delete")
    String confirmDelete(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, deletePage(id), admin.deletionRefusal(id));
    }

    @PostMapping("/admin/priorities/{id}/delete")
    String delete(@PathVariable Long id, @RequestParam long version, Model model) {
        Long yearId = admin.priority(id).getPlanYear().getId();
        return Deletions.delete(model, messages, () -> deletePage(id), () -> admin.delete(id, version),
                "/admin/plan-years/" + yearId + "#priorities");
    }

    private DeletePage deletePage(Long id) {
        Priority priority = admin.priority(id);
        return DeletePage.confirm(text("admin.priority.thing", priority.getNumber(), priority.getTitle()),
                "/admin/priorities/" + id + "/delete", "/admin/plan-years/" + priority.getPlanYear().getId(),
                priority.getVersion(), text("admin.priority.delete.consequence"));
    }

    private String form(Long yearId, Long priorityId, Model model) {
        model.addAttribute("year", admin.overview(yearId).year());
        model.addAttribute("priorityId", priorityId);
        model.addAttribute("objectives", admin.objectivesFor(yearId).stream()
                .map(o -> new Option(String.valueOf(o.getId()), o.getNumber() + " " + o.getTitle())).toList());
        return "plan/admin/priority-form";
    }
}
