package uk.partnershipplans.portal.refresh.next;

import jakarta.validation.Valid;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.partnershipplans.portal.shared.Refusal;

/**
 * The planning team starts the next plan year from a year's page: the form (keep, reword or drop each priority, add new
 * ones), the summary of what will happen ("Check what will happen", nothing saved yet, the answers carried in hidden
 * fields), and on confirming, the new year. One address answers every step: {@code step} says which button was pressed.
 */
@Controller
@RequiredArgsConstructor
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/plan-years/{id:\\d{1,18}}/next-year")
class NextYearController {

    private final NextYearPlanner planner;
    private final MessageSource messages;

    @GetMapping
    String form(@PathVariable Long id, Model model) {
        NextYearPlanner.Year year = planner.year(id);
        if (year.alreadyStarted().isPresent()) {
            return refused(year, model);
        }
        NextYearForm form = planner.firstAnswers(year);
        return showForm(year, form, model.addAttribute("form", form));
    }

    @PostMapping
    String step(@PathVariable Long id, @RequestParam(defaultValue = "check") String step,
            @Valid @ModelAttribute("form") NextYearForm form, BindingResult errors, Authentication authentication,
            Model model, RedirectAttributes redirect) {
        NextYearPlanner.Year year = planner.year(id);
        if (year.alreadyStarted().isPresent()) {
            return refused(year, model);
        }
        planner.check(year, form, errors);
        if (errors.hasErrors() || "change".equals(step)) {
            return showForm(year, form, model);
        }
        if (!"confirm".equals(step)) {
            model.addAttribute("plan", planner.plan(year, form));
            model.addAttribute("year", year.name());
            return "refresh/next/check";
        }
        try {
            Long started = planner.confirm(id, form, new BeanPropertyBindingResult(form, "form"), authentication.getName());
            redirect.addFlashAttribute("savedMessage", messages.getMessage("refresh.next.started",
                    new Object[] {form.getLabel().strip(), year.name().label()}, Locale.UK));
            return "redirect:/plan-years/" + started;
        } catch (Refusal refusal) {
            refusal.applyTo(errors);
            return showForm(year, form, model);
        }
    }

    private static String showForm(NextYearPlanner.Year year, NextYearForm form, Model model) {
        form.offerEmptyRows();
        model.addAttribute("year", year.name());
        model.addAttribute("priorities", year.facts().priorities());
        return "refresh/next/form";
    }

    private static String refused(NextYearPlanner.Year year, Model model) {
        model.addAttribute("year", year.name());
        model.addAttribute("started", year.alreadyStarted().orElseThrow());
        return "refresh/next/refused";
    }
}
