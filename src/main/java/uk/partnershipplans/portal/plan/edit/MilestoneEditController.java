package uk.partnershipplans.portal.plan.edit;

import static uk.partnershipplans.portal.shared.DeletePage.text;

import jakarta.validation.Valid;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
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

/** Adding, changing and deleting a priority's milestones. Each save returns to the priority. */
@Controller
@PreAuthorize(EditSecurityConfig.BOARD_OR_ADMIN)
@RequiredArgsConstructor
class MilestoneEditController {

    private static final String VIEW = "plan/edit/milestone";

    private final MilestoneEditService service;
    private final MessageSource messages;

    @GetMapping("/priorities/{priorityId}/milestones/new")
    String add(@PathVariable Long priorityId, Model model) {
        model.addAttribute("form", new MilestoneForm());
        model.addAttribute("page", service.newPage(priorityId));
        return VIEW;
    }

    @PostMapping("/priorities/{priorityId}/milestones/new")
    String create(@PathVariable Long priorityId, @Valid @ModelAttribute("form") MilestoneForm form, BindingResult errors,
            Model model) {
        // The service\'s rules with Bean Validation\'s, so every problem shows at once; saving checks them again.
        service.checkNew(priorityId, form, errors);
        return Forms.save(errors, model, () -> {
            service.create(priorityId, form);
            return priorityId;
        }, () -> form).map(saved -> "redirect:/priorities/" + priorityId).orElseGet(() -> {
            model.addAttribute("page", service.newPage(priorityId));
            return VIEW;
        });
    }

    @GetMapping("/milestones/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", service.form(id));
        model.addAttribute("page", service.page(id));
        return VIEW;
    }

    @PostMapping("/milestones/{id}/edit")
    String save(@PathVariable Long id, @Valid @ModelAttribute("form") MilestoneForm form, BindingResult errors, Model model) {
        // The service\'s rules with Bean Validation\'s, so every problem shows at once; saving checks them again.
        service.check(id, form, errors);
        return Forms.save(errors, model, () -> service.save(id, form), () -> service.saved(id))
                .map(priorityId -> "redirect:/priorities/" + priorityId).orElseGet(() -> {
                    model.addAttribute("page", service.page(id));
                    return VIEW;
                });
    }

    @GetMapping("/milestones/{id}/delete")
    String confirmDelete(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, deletePage(id), Optional.empty());
    }

    /** The version is optional here so that method security answers first; a missing one is refused as stale. */
    @PostMapping("/milestones/{id}/delete")
    String delete(@PathVariable Long id, @RequestParam(required = false) Long version, Model model) {
        Long priorityId = service.deletePage(id).priorityId();
        return Deletions.delete(model, messages, () -> deletePage(id), () -> service.delete(id, version),
                "/priorities/" + priorityId);
    }

    private DeletePage deletePage(Long id) {
        MilestoneEditService.DeletePage milestone = service.deletePage(id);
        return DeletePage.confirm(text("edit.milestone.thing", milestone.priorityNumber(), milestone.text()),
                "/milestones/" + id + "/delete", "/priorities/" + milestone.priorityId(), milestone.version(), null);
    }
}
