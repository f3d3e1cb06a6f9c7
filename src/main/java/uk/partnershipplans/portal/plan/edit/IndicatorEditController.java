package uk.partnershipplans.portal.plan.edit;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
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
import uk.partnershipplans.portal.plan.model.indicator.IndicatorCategory;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Option;

/** How a plan year uses an indicator (its category, flags and links to the year's priorities), and its targets. */
@Controller
@PreAuthorize(EditSecurityConfig.BOARD_OR_ADMIN)
@RequiredArgsConstructor
class IndicatorEditController {

    private static final String VIEW = "plan/edit/indicator";
    private static final String TARGET_VIEW = "plan/edit/target";

    private final IndicatorEditService service;

    private final MessageSource messages;

    @ModelAttribute("categories")
    List<Option> categories(Locale locale) {
        return List.of(option(IndicatorCategory.KEY_OUTCOME.name(), "edit.indicator.category.key-outcome", locale),
                option(IndicatorCategory.SUPPLEMENTARY.name(), "edit.indicator.category.supplementary", locale),
                option(IndicatorYearForm.NONE, "edit.indicator.category.none", locale));
    }

    @ModelAttribute("linkChoices")
    List<Option> linkChoices(Locale locale) {
        return List.of(option(IndicatorYearForm.NONE, "edit.indicator.link.none", locale),
                option(IndicatorYearForm.PRIMARY, "edit.indicator.link.primary", locale),
                option(IndicatorYearForm.ADDITIONAL, "edit.indicator.link.additional", locale));
    }

    @ModelAttribute("flags")
    List<Option> flags(Locale locale) {
        return List.of(option("true", "edit.indicator.new.option", locale));
    }

    @ModelAttribute("developmentFlags")
    List<Option> developmentFlags(Locale locale) {
        return List.of(option("true", "edit.indicator.in-development.option", locale));
    }

    @GetMapping("/plan-years/{yearId}/indicators/{indicatorId}/edit")
    String edit(@PathVariable Long yearId, @PathVariable Long indicatorId, Model model) {
        model.addAttribute("form", service.form(yearId, indicatorId));
        model.addAttribute("page", service.page(yearId, indicatorId));
        return VIEW;
    }

    @PostMapping("/plan-years/{yearId}/indicators/{indicatorId}/edit")
    String save(@PathVariable Long yearId, @PathVariable Long indicatorId, @Valid @ModelAttribute("form") IndicatorYearForm form,
            BindingResult errors, Model model) {
        // The service\'s rules with Bean Validation\'s, so every problem shows at once; saving checks them again.
        service.check(yearId, indicatorId, form, errors);
        return Forms.save(errors, model, () -> {
            service.save(yearId, indicatorId, form);
            return indicatorId;
        }, () -> service.saved(yearId, indicatorId)).map(saved -> "redirect:/plan-years/" + yearId + "/indicators")
                .orElseGet(() -> {
                    model.addAttribute("page", service.page(yearId, indicatorId));
                    return VIEW;
                });
    }

    @GetMapping("/indicators/{indicatorId}/values/{valueId}/target")
    String editTarget(@PathVariable Long indicatorId, @PathVariable Long valueId, Model model) {
        model.addAttribute("form", service.targetForm(indicatorId, valueId));
        model.addAttribute("page", service.targetPage(indicatorId, valueId));
        return TARGET_VIEW;
    }

    @PostMapping("/indicators/{indicatorId}/values/{valueId}/target")
    String saveTarget(@PathVariable Long indicatorId, @PathVariable Long valueId, @Valid @ModelAttribute("form") TargetForm form,
            BindingResult errors, Model model) {
        // The service\'s rules with Bean Validation\'s, so every problem shows at once; saving checks them again.
        service.checkTarget(indicatorId, form, errors);
        return Forms.save(errors, model, () -> {
            service.saveTarget(indicatorId, valueId, form);
            return valueId;
        }, () -> service.savedTarget(indicatorId, valueId)).map(saved -> "redirect:/indicators/" + indicatorId)
                .orElseGet(() -> {
                    model.addAttribute("page", service.targetPage(indicatorId, valueId));
                    return TARGET_VIEW;
                });
    }

    @GetMapping("/indicators/{indicatorId}/targets/new")
    String addTarget(@PathVariable Long indicatorId, Model model) {
        model.addAttribute("form", new TargetForm());
        model.addAttribute("page", service.newTargetPage(indicatorId));
        return TARGET_VIEW;
    }

    @PostMapping("/indicators/{indicatorId}/targets/new")
    String createTarget(@PathVariable Long indicatorId, @Valid @ModelAttribute("form") TargetForm form, BindingResult errors,
            Model model) {
        // The service\'s rules with Bean Validation\'s, so every problem shows at once; saving checks them again.
        service.checkNewTarget(indicatorId, form, errors);
        return Forms.save(errors, model, () -> {
            service.createTarget(indicatorId, form);
            return indicatorId;
        }, () -> form).map(saved -> "redirect:/indicators/" + indicatorId).orElseGet(() -> {
            model.addAttribute("page", service.newTargetPage(indicatorId));
            return TARGET_VIEW;
        });
    }

    private Option option(String value, String labelCode, Locale locale) {
        return new Option(value, messages.getMessage(labelCode, null, locale));
    }
}
