package uk.partnershipplans.portal.plan.edit;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.partnershipplans.portal.shared.Forms;

/**
 * The priority edit page. Its buttons to add, move and remove sections and links change only the form on the page:
 * nothing is saved until "Save changes", and removing a section asks first.
 */
@Controller
@PreAuthorize(EditSecurityConfig.BOARD_OR_ADMIN)
@RequestMapping("/priorities/{id}/edit")
@RequiredArgsConstructor
class PriorityEditController {

    private static final String VIEW = "plan/edit/priority";

    private final PriorityEditService service;

    @GetMapping
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", service.form(id));
        return show(id, model);
    }

    @PostMapping
    String save(@PathVariable Long id, @Valid @ModelAttribute("form") PriorityForm form, BindingResult errors, Model model) {
        // The service\'s rules with Bean Validation\'s, so every problem shows at once; saving checks them again.
        service.check(form, errors);
        return Forms.save(errors, model, () -> {
            service.save(id, form);
            return id;
        }, () -> service.saved(id)).map(saved -> "redirect:/priorities/" + id).orElseGet(() -> show(id, model));
    }

    @PostMapping(params = "addSection")
    String addSection(@PathVariable Long id, @ModelAttribute("form") PriorityForm form, BindingResult errors, Model model) {
        form.getSections().add(new PriorityForm.Section());
        return show(id, model);
    }

    @PostMapping(params = "moveUp")
    String moveUp(@PathVariable Long id, @RequestParam int moveUp, @ModelAttribute("form") PriorityForm form,
            BindingResult errors, Model model) {
        swap(form, moveUp - 1, moveUp);
        return show(id, model);
    }

    @PostMapping(params = "moveDown")
    String moveDown(@PathVariable Long id, @RequestParam int moveDown, @ModelAttribute("form") PriorityForm form,
            BindingResult errors, Model model) {
        swap(form, moveDown, moveDown + 1);
        return show(id, model);
    }

    /** Asks before a section goes: the page shows the question at the section. */
    @PostMapping(params = "removeSection")
    String removeSection(@PathVariable Long id, @RequestParam int removeSection, @ModelAttribute("form") PriorityForm form,
            BindingResult errors, Model model) {
        if (removeSection >= 0 && removeSection < form.getSections().size()) {
            model.addAttribute("confirmRemove", removeSection);
        }
        return show(id, model);
    }

    @PostMapping(params = "confirmRemoveSection")
    String confirmRemoveSection(@PathVariable Long id, @RequestParam int confirmRemoveSection,
            @ModelAttribute("form") PriorityForm form, BindingResult errors, Model model) {
        if (confirmRemoveSection >= 0 && confirmRemoveSection < form.getSections().size()) {
            PriorityForm.Section removed = form.getSections().remove(confirmRemoveSection);
            model.addAttribute("removedSection", removed.getHeading());
        }
        return show(id, model);
    }

    @PostMapping(params = "keepSection")
    String keepSection(@PathVariable Long id, @ModelAttribute("form") PriorityForm form, BindingResult errors, Model model) {
        return show(id, model);
    }

    @PostMapping(params = "addLink")
    String addLink(@PathVariable Long id, @ModelAttribute("form") PriorityForm form, BindingResult errors, Model model) {
        form.getLinks().add(new PriorityForm.Link());
        return show(id, model);
    }

    @PostMapping(params = "removeLink")
    String removeLink(@PathVariable Long id, @RequestParam int removeLink, @ModelAttribute("form") PriorityForm form,
            BindingResult errors, Model model) {
        if (removeLink >= 0 && removeLink < form.getLinks().size()) {
            form.getLinks().remove(removeLink);
        }
        return show(id, model);
    }

    private String show(Long id, Model model) {
        model.addAttribute("page", service.page(id));
        return VIEW;
    }

    private static void swap(PriorityForm form, int first, int second) {
        if (first >= 0 && second < form.getSections().size()) {
            form.getSections().add(first, form.getSections().remove(second));
        }
    }
}
