package uk.partnershipplans.portal.refresh.plan;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.partnershipplans.portal.plan.PlanCopies.PlanToCopy;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Refusal;

/**
 * Admins start a new plan from the previous one: the form (prefilled), the summary of what will be copied (nothing
 * saved yet), and Confirm, which makes it, or Change, back to the form with what was typed.
 */
@Controller
@RequiredArgsConstructor
@PreAuthorize("hasRole('ADMIN')")
class NewPlanController {

    private static final String ID = "{id:\\d{1,18}}";
    private static final String FORM = "refresh/plan/form";
    private static final String SUMMARY = "refresh/plan/summary";

    private final NewPlanService service;
    private final MessageSource messages;

    @GetMapping("/plans/" + ID + "/new-plan")
    String form(@PathVariable Long id, Model model) {
        PlanToCopy previous = service.previous(id);
        model.addAttribute("form", NewPlanService.prefilled(previous));
        return form(previous, model);
    }

    /** Checks what was typed: the form again with its problems, or the summary of what will be copied. */
    @PostMapping("/plans/" + ID + "/new-plan")
    String check(@PathVariable Long id, @Valid @ModelAttribute("form") NewPlanForm form, BindingResult errors,
            Model model) {
        PlanToCopy previous = service.previous(id);
        service.problems(previous, form).forEach(Refusal.into(errors));
        model.addAttribute("previous", previous);
        return Forms.save(errors, model, () -> SUMMARY, () -> form).orElse(FORM);
    }

    /** Confirm makes the plan; Change (the button named "change") goes back to the form with what was typed. */
    @PostMapping("/plans/" + ID + "/new-plan/confirm")
    String confirm(@PathVariable Long id, @Valid @ModelAttribute("form") NewPlanForm form, BindingResult errors,
            @RequestParam(name = "change", required = false) String change, Authentication authentication,
            Model model, RedirectAttributes redirect) {
        PlanToCopy previous = service.previous(id);
        if (change != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
            return form(previous, model);
        }
        return Forms.save(errors, model, () -> service.confirm(id, form, authentication.getName()), () -> form)
                .map(planId -> {
                    redirect.addFlashAttribute("savedMessage", messages.getMessage("refresh.plan.made",
                            new Object[] {form.getTitle().strip(), previous.title()}, LocaleContextHolder.getLocale()));
                    return "redirect:/plans/" + planId;
                })
                .orElseGet(() -> form(previous, model));
    }

    private static String form(PlanToCopy previous, Model model) {
        model.addAttribute("previous", previous);
        return FORM;
    }
}
