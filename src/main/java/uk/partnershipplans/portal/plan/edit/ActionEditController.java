package uk.partnershipplans.portal.plan.edit;

import static uk.partnershipplans.portal.shared.DeletePage.text;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Deletions;
import uk.partnershipplans.portal.shared.Forms;

/** Adding, changing and deleting a plan year's actions. */
@Controller
@PreAuthorize(EditSecurityConfig.BOARD_OR_ADMIN)
@RequiredArgsConstructor
class ActionEditController {

    private static final String VIEW = "plan/edit/action";

    private final ActionEditService service;
    private final MessageSource messages;

    @GetMapping("/actions/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", service.form(id));
        model.addAttribute("page", service.page(id));
        return VIEW;
    }

    @PostMapping("/actions/{id}/edit")
    String save(@PathVariable Long id, @Valid @ModelAttribute("form") ActionForm form, BindingResult errors, Model model) {
        // The service\'s rules with Bean Validation\'s, so every problem shows at once; saving checks them again.
        service.check(id, form, errors);
        return Forms.save(errors, model, () -> {
            service.save(id, form);
            return id;
        }, () -> service.saved(id)).map(saved -> "redirect:/actions/" + id).orElseGet(() -> {
            model.addAttribute("page", service.page(id));
            return VIEW;
        });
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
        // The service\'s rules with Bean Validation\'s, so every problem shows at once; saving checks them again.
        service.checkNew(yearId, form, errors);
        return Forms.save(errors, model, () -> service.create(yearId, form), () -> form)
                .map(id -> "redirect:/actions/" + id).orElseGet(() -> {
                    model.addAttribute("page", service.newPage(yearId));
                    return VIEW;
                });
    }

    @GetMapping("/actions/{id}/delete")
    String confirmDelete(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, deletePage(id), service.deletionRefusal(id));
    }

    /** The version is optional here so that method security answers first; a missing one is refused as stale. */
    @PostMapping("/actions/{id}/delete")
    String delete(@PathVariable Long id, @RequestParam(required = false) Long version, Model model) {
        Long yearId = service.deletePage(id).yearId();
        return Deletions.delete(model, messages, () -> deletePage(id), () -> service.delete(id, version),
                "/plan-years/" + yearId + "/actions");
    }

    /** The shared delete page; when milestones stop the deletion, it links to each so they can be moved first. */
    private DeletePage deletePage(Long id) {
        ActionEditService.DeletePage action = service.deletePage(id);
        return DeletePage.confirm(text("edit.action.thing", action.number(), action.text()), "/actions/" + id + "/delete",
                        "/actions/" + id, action.version(), text("edit.action.delete.consequence"))
                .blockedBy(action.milestones().stream()
                        .map(m -> new DeletePage.Link(messages.getMessage(text("edit.action.delete.blocker",
                                m.priorityNumber(), m.text()), LocaleContextHolder.getLocale()),
                                "/milestones/" + m.milestoneId() + "/edit"))
                        .toList());
    }
}
