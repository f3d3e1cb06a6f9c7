package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.shared.DeletePage.text;

import jakarta.validation.Valid;
import java.util.Optional;
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
import uk.partnershipplans.portal.plan.model.PriorityGroup;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Deletions;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins put priorities of a plan year under one column heading of the year's own wording, as its tables print them. */
@Controller
@RequiredArgsConstructor
class PriorityGroupAdminController {

    private final PriorityGroupAdmin admin;
    private final MessageSource messages;

    @GetMapping("/admin/plan-years/{yearId:\\d{1,18}}/priority-groups/new")
    String newGroup(@PathVariable Long yearId, Model model) {
        model.addAttribute("form", new PriorityGroupForm());
        return form(yearId, null, model);
    }

    @PostMapping("/admin/plan-years/{yearId:\\d{1,18}}/priority-groups/new")
    String create(@PathVariable Long yearId, @Valid @ModelAttribute("form") PriorityGroupForm form, BindingResult errors,
            Model model) {
        return Forms.save(errors, model, () -> admin.create(yearId, form), () -> form)
                .map(id -> "redirect:/admin/plan-years/" + yearId + "#priority-groups")
                .orElseGet(() -> form(yearId, null, model));
    }

    @GetMapping("/admin/priority-groups/{id:\\d{1,18}}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.form(id));
        return form(admin.group(id).getPlanYear().getId(), id, model);
    }

    @PostMapping("/admin/priority-groups/{id:\\d{1,18}}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") PriorityGroupForm form, BindingResult errors,
            Model model) {
        Long yearId = admin.group(id).getPlanYear().getId();
        return Forms.save(errors, model, () -> {
            admin.update(id, form);
            return id;
        }, () -> SavedVersion.of(admin.form(id), admin.group(id).lastSaved()))
                .map(saved -> "redirect:/admin/plan-years/" + yearId + "#priority-groups")
                .orElseGet(() -> form(yearId, id, model));
    }

    @GetMapping("/admin/priority-groups/{id:\\d{1,18}}/delete")
    String confirmDelete(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, deletePage(id), Optional.empty());
    }

    @PostMapping("/admin/priority-groups/{id:\\d{1,18}}/delete")
    String delete(@PathVariable Long id, @RequestParam long version, Model model) {
        Long yearId = admin.group(id).getPlanYear().getId();
        return Deletions.delete(model, messages, () -> deletePage(id), () -> admin.delete(id, version),
                "/admin/plan-years/" + yearId + "#priority-groups");
    }

    private DeletePage deletePage(Long id) {
        PriorityGroup group = admin.group(id);
        return DeletePage.confirm(text("admin.priority-group.thing", group.getActionsHeading()),
                "/admin/priority-groups/" + id + "/delete", "/admin/plan-years/" + group.getPlanYear().getId(),
                group.getVersion(), text("admin.priority-group.delete.consequence"));
    }

    private String form(Long yearId, Long groupId, Model model) {
        model.addAttribute("year", admin.year(yearId));
        model.addAttribute("groupId", groupId);
        model.addAttribute("priorityOptions", admin.prioritiesOf(yearId).stream()
                .map(p -> new Option(String.valueOf(p.getId()), p.getNumber() + " " + p.getTitle())).toList());
        return "plan/admin/priority-group-form";
    }
}
