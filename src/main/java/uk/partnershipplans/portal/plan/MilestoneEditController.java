package uk.partnershipplans.portal.plan;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Adding, changing and deleting a priority's milestones. Each save returns to the priority. */
@Controller
@PreAuthorize(EditSecurityConfig.BOARD_OR_ADMIN)
@RequiredArgsConstructor
class MilestoneEditController {

    private static final String VIEW = "plan/edit/milestone";
    private static final String DELETE_VIEW = "plan/edit/milestone-delete";

    private final MilestoneEditService service;

    @GetMapping("/priorities/{priorityId}/milestones/new")
    String add(@PathVariable Long priorityId, Model model) {
        model.addAttribute("form", new MilestoneForm());
        model.addAttribute("page", service.newPage(priorityId));
        return VIEW;
    }

    @PostMapping("/priorities/{priorityId}/milestones/new")
    String create(@PathVariable Long priorityId, @Valid @ModelAttribute("form") MilestoneForm form, BindingResult errors,
            Model model) {
        SaveResult result = service.create(priorityId, form, errors);
        if (result.isSaved()) {
            return "redirect:/priorities/" + priorityId;
        }
        model.addAttribute("page", service.newPage(priorityId));
        return VIEW;
    }

    @GetMapping("/milestones/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", service.form(id));
        model.addAttribute("page", service.page(id));
        return VIEW;
    }

    @PostMapping("/milestones/{id}/edit")
    String save(@PathVariable Long id, @Valid @ModelAttribute("form") MilestoneForm form, BindingResult errors, Model model) {
        SaveResult result = service.save(id, form, errors);
        if (result.isSaved()) {
            return "redirect:/priorities/" + result.id();
        }
        if (result.isStale()) {
            MilestoneForm saved = service.form(id);
            form.setVersion(saved.getVersion());
            errors.reject("edit.stale.milestone");
            model.addAttribute("saved", saved);
            model.addAttribute("globalErrorTarget", "saved-version");
        }
        model.addAttribute("page", service.page(id));
        return VIEW;
    }

    @GetMapping("/milestones/{id}/delete")
    String confirmDelete(@PathVariable Long id, Model model) {
        MilestoneEditService.DeletePage page = service.deletePage(id);
        model.addAttribute("form", new VersionForm(page.version()));
        model.addAttribute("page", page);
        return DELETE_VIEW;
    }

    @PostMapping("/milestones/{id}/delete")
    String delete(@PathVariable Long id, @ModelAttribute("form") VersionForm form, BindingResult errors, Model model) {
        SaveResult result = service.delete(id, form, errors);
        if (result.isSaved()) {
            return "redirect:/priorities/" + result.id();
        }
        MilestoneEditService.DeletePage page = service.deletePage(id);
        errors.reject("edit.stale.milestone-delete");
        form.setVersion(page.version());
        model.addAttribute("page", page);
        return DELETE_VIEW;
    }
}
