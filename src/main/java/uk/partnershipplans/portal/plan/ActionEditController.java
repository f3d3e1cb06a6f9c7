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

/** Adding, changing and deleting a plan year's actions. */
@Controller
@PreAuthorize(EditSecurityConfig.BOARD_OR_ADMIN)
@RequiredArgsConstructor
class ActionEditController {

    private static final String VIEW = "plan/edit/action";
    private static final String DELETE_VIEW = "plan/edit/action-delete";

    private final ActionEditService service;

    @GetMapping("/actions/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", service.form(id));
        model.addAttribute("page", service.page(id));
        return VIEW;
    }

    @PostMapping("/actions/{id}/edit")
    String save(@PathVariable Long id, @Valid @ModelAttribute("form") ActionForm form, BindingResult errors, Model model) {
        SaveResult result = service.save(id, form, errors);
        if (result.isSaved()) {
            return "redirect:/actions/" + id;
        }
        if (result.isStale()) {
            ActionForm saved = service.form(id);
            form.setVersion(saved.getVersion());
            errors.reject("edit.stale.action");
            model.addAttribute("saved", saved);
            model.addAttribute("globalErrorTarget", "saved-version");
        }
        model.addAttribute("page", service.page(id));
        return VIEW;
    }

    @GetMapping("/plan-years/{yearId}/actions/new")
    String add(@PathVariable Long yearId, Model model) {
        model.addAttribute("form", new ActionForm());
        model.addAttribute("page", service.newPage(yearId));
        return VIEW;
    }

    @PostMapping("/plan-years/{yearId}/actions/new")
    String create(@PathVariable Long yearId, @Valid @ModelAttribute("form") ActionForm form, BindingResult errors,
            Model model) {
        SaveResult result = service.create(yearId, form, errors);
        if (result.isSaved()) {
            return "redirect:/actions/" + result.id();
        }
        model.addAttribute("page", service.newPage(yearId));
        return VIEW;
    }

    @GetMapping("/actions/{id}/delete")
    String confirmDelete(@PathVariable Long id, Model model) {
        ActionEditService.DeletePage page = service.deletePage(id);
        model.addAttribute("form", new VersionForm(page.version()));
        model.addAttribute("page", page);
        return DELETE_VIEW;
    }

    @PostMapping("/actions/{id}/delete")
    String delete(@PathVariable Long id, @ModelAttribute("form") VersionForm form, BindingResult errors, Model model) {
        SaveResult result = service.delete(id, form, errors);
        if (result.isSaved()) {
            return "redirect:/plan-years/" + result.id() + "/actions";
        }
        ActionEditService.DeletePage page = service.deletePage(id);
        if (result.isStale()) {
            errors.reject("edit.stale.action-delete");
        }
        form.setVersion(page.version());
        model.addAttribute("page", page);
        return DELETE_VIEW;
    }
}
