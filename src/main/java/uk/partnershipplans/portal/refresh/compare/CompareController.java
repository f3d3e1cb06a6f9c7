package uk.partnershipplans.portal.refresh.compare;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.partnershipplans.portal.plan.PartnershipYears.YearOfPartnership;
import uk.partnershipplans.portal.refresh.compare.YearComparison.Choice;
import uk.partnershipplans.portal.shared.Option;

/**
 * Two plan years of a partnership side by side, for everyone signed in to the partnership: the choice of the other
 * year, then the comparison at an address of its own ({@code ?with=}).
 */
@Controller
@RequiredArgsConstructor
class CompareController {

    private final YearComparison comparison;
    private final MessageSource messages;

    @GetMapping("/plan-years/{id:\\d{1,18}}/compare")
    String compare(@PathVariable Long id, @RequestParam(name = "with", required = false) String with,
            @RequestParam(name = "chosen", required = false) String chosen, Model model) {
        Long otherId = parsed(with);
        if (otherId != null && !otherId.equals(id)) {
            model.addAttribute("comparison", comparison.compare(id, otherId));
            return "refresh/compare/comparison";
        }
        Choice choice = comparison.choice(id);
        CompareForm form = new CompareForm();
        form.setWith(with);
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        if (otherId != null) {
            errors.rejectValue("with", "refresh.compare.with.itself", new Object[] {choice.year().label()}, null);
        } else if (chosen != null || with != null) {
            errors.rejectValue("with", "refresh.compare.with.required", new Object[] {choice.year().label()}, null);
        }
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        model.addAttribute("choice", choice);
        model.addAttribute("options", choice.others().stream()
                .map(y -> new Option(String.valueOf(y.id()), label(y))).toList());
        return "refresh/compare/choose";
    }

    private String label(YearOfPartnership year) {
        return messages.getMessage("refresh.compare.year-option", new Object[] {year.label(), year.planTitle()},
                LocaleContextHolder.getLocale());
    }

    private static Long parsed(String with) {
        if (with == null || !with.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(with.strip());
    }
}
