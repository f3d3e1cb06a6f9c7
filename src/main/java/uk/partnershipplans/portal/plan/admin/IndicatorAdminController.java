package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.shared.DeletePage.text;

import jakarta.validation.Valid;
import java.util.List;
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
import uk.partnershipplans.portal.plan.IndicatorUnit;
import uk.partnershipplans.portal.plan.Polarity;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.indicator.Indicator;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorCategory;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValue;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicator;
import uk.partnershipplans.portal.plan.model.indicator.ReportingFrequency;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Deletions;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins keep indicator definitions, which plan years report them, and their values. */
@Controller
@RequiredArgsConstructor
class IndicatorAdminController {

    private final IndicatorAdmin admin;
    private final PlanAdmin plans;
    private final AdminChoices choices;
    private final MessageSource messages;

    @GetMapping("/admin/indicators")
    String indicators(@RequestParam(required = false) Long partnership, @RequestParam(defaultValue = "1") int page,
            Model model) {
        model.addAttribute("indicators", admin.indicators(partnership, Math.max(page, 1) - 1));
        model.addAttribute("partnership", partnership);
        model.addAttribute("partnershipName", partnership == null ? null : plans.partnershipName(partnership));
        model.addAttribute("partnerships", admin.partnerships());
        return "plan/admin/indicators";
    }

    @GetMapping("/admin/indicators/{id}")
    String indicator(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("overview", admin.overview(id, Math.max(page, 1) - 1));
        return "plan/admin/indicator";
    }

    @GetMapping("/admin/indicators/new")
    String newIndicator(@RequestParam(name = "partnershipId", required = false) Long partnership, Model model) {
        IndicatorForm form = new IndicatorForm();
        form.setPartnershipId(partnership);
        model.addAttribute("form", form);
        return form(null, model);
    }

    @PostMapping("/admin/indicators/new")
    String create(@Valid @ModelAttribute("form") IndicatorForm form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> admin.create(form), () -> form)
                .map(id -> "redirect:/admin/indicators/" + id)
                .orElseGet(() -> form(null, model));
    }

    @GetMapping("/admin/indicators/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.form(id));
        return form(id, model);
    }

    @PostMapping("/admin/indicators/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> {
            admin.update(id, form);
            return id;
        }, () -> admin.form(id)).map(saved -> "redirect:/admin/indicators/" + id).orElseGet(() -> form(id, model));
    }

    @GetMapping("/admin/indicators/{id}/delete")
    String confirmDelete(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, deletePage(id), admin.deletionRefusal(id));
    }

    @PostMapping("/admin/indicators/{id}/delete")
    String delete(@PathVariable Long id, @RequestParam long version, Model model) {
        Long partnershipId = admin.indicator(id).getPartnershipId();
        return Deletions.delete(model, messages, () -> deletePage(id), () -> admin.delete(id, version),
                "/admin/indicators?partnership=" + partnershipId);
    }

    private DeletePage deletePage(Long id) {
        Indicator indicator = admin.indicator(id);
        return DeletePage.confirm(text("admin.indicator.thing", indicator.getName()), "/admin/indicators/" + id + "/delete",
                "/admin/indicators/" + id, indicator.getVersion(), null);
    }

    private String form(Long id, Model model) {
        model.addAttribute("indicatorId", id);
        model.addAttribute("partnerships", choices.partnerships(admin.partnerships()));
        model.addAttribute("units", choices.of(IndicatorUnit.class));
        model.addAttribute("polarities", choices.of(Polarity.class));
        model.addAttribute("frequencies", choices.of(ReportingFrequency.class));
        model.addAttribute("periodTypes", choices.of(PeriodType.class));
        if (id != null) {
            model.addAttribute("partnershipName", plans.partnershipName(admin.indicator(id).getPartnershipId()));
        }
        return "plan/admin/indicator-form";
    }

    // Which plan years report it

    @GetMapping("/admin/indicators/{indicatorId}/plan-years/new")
    String newReporting(@PathVariable Long indicatorId, Model model) {
        model.addAttribute("form", new ReportingForm());
        return reportingForm(indicatorId, null, model);
    }

    @PostMapping("/admin/indicators/{indicatorId}/plan-years/new")
    String addToYear(@PathVariable Long indicatorId, @Valid @ModelAttribute("form") ReportingForm form, BindingResult errors,
            Model model) {
        return Forms.save(errors, model, () -> admin.addToYear(indicatorId, form), () -> form)
                .map(id -> "redirect:/admin/indicators/" + indicatorId + "#plan-years")
                .orElseGet(() -> reportingForm(indicatorId, null, model));
    }

    @GetMapping("/admin/plan-year-indicators/{id}/edit")
    String editReporting(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.reportingForm(id));
        return reportingForm(admin.reporting(id).getIndicator().getId(), id, model);
    }

    @PostMapping("/admin/plan-year-indicators/{id}/edit")
    String updateReporting(@PathVariable Long id, @Valid @ModelAttribute("form") ReportingForm form, BindingResult errors,
            Model model) {
        Long indicatorId = admin.reporting(id).getIndicator().getId();
        return Forms.save(errors, model, () -> {
            admin.updateReporting(id, form);
            return id;
        }, () -> SavedVersion.of(admin.reportingForm(id), admin.reporting(id).lastSaved()))
                .map(saved -> "redirect:/admin/indicators/" + indicatorId + "#plan-years")
                .orElseGet(() -> reportingForm(indicatorId, id, model));
    }

    @GetMapping("/admin/plan-year-indicators/{id}/delete")
    String confirmRemoveFromYear(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, reportingDeletePage(id), Optional.empty());
    }

    @PostMapping("/admin/plan-year-indicators/{id}/delete")
    String removeFromYear(@PathVariable Long id, @RequestParam long version, Model model) {
        Long indicatorId = admin.reporting(id).getIndicator().getId();
        return Deletions.delete(model, messages, () -> reportingDeletePage(id), () -> admin.removeFromYear(id, version),
                "/admin/indicators/" + indicatorId + "#plan-years");
    }

    private DeletePage reportingDeletePage(Long id) {
        PlanYearIndicator reporting = admin.reporting(id);
        return DeletePage.confirm(text("admin.reporting.thing", reporting.getPlanYear().getLabel(),
                        reporting.getPlanYear().getPlan().getTitle()), "/admin/plan-year-indicators/" + id + "/delete",
                "/admin/indicators/" + reporting.getIndicator().getId(), reporting.getVersion(),
                text("admin.reporting.delete.consequence"));
    }

    private String reportingForm(Long indicatorId, Long reportingId, Model model) {
        model.addAttribute("indicator", admin.indicator(indicatorId));
        model.addAttribute("reportingId", reportingId);
        if (reportingId == null) {
            model.addAttribute("years", admin.yearsFor(indicatorId).stream()
                    .map(y -> new Option(String.valueOf(y.getId()), y.getLabel() + " (" + y.getPlan().getTitle() + ")")).toList());
        } else {
            PlanYear year = admin.reporting(reportingId).getPlanYear();
            model.addAttribute("yearName", year.getLabel() + " (" + year.getPlan().getTitle() + ")");
        }
        model.addAttribute("categories", categories());
        return "plan/admin/reporting-form";
    }

    private List<Option> categories() {
        List<Option> options = new java.util.ArrayList<>(choices.of(IndicatorCategory.class));
        options.add(new Option("", messages.getMessage("admin.reporting.category.none", null,
                org.springframework.context.i18n.LocaleContextHolder.getLocale())));
        return options;
    }

    // Values

    @GetMapping("/admin/indicators/{indicatorId}/values/new")
    String newValue(@PathVariable Long indicatorId, Model model) {
        model.addAttribute("form", new IndicatorValueForm());
        return valueForm(indicatorId, null, model);
    }

    @PostMapping("/admin/indicators/{indicatorId}/values/new")
    String addValue(@PathVariable Long indicatorId, @Valid @ModelAttribute("form") IndicatorValueForm form,
            BindingResult errors, Model model) {
        admin.checkFigures(indicatorId, form, errors);
        return Forms.save(errors, model, () -> admin.addValue(indicatorId, form), () -> form)
                .map(id -> "redirect:/admin/indicators/" + indicatorId + "#values")
                .orElseGet(() -> valueForm(indicatorId, null, model));
    }

    @GetMapping("/admin/indicator-values/{id}/edit")
    String editValue(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.valueForm(id));
        return valueForm(admin.value(id).getIndicator().getId(), id, model);
    }

    @PostMapping("/admin/indicator-values/{id}/edit")
    String updateValue(@PathVariable Long id, @Valid @ModelAttribute("form") IndicatorValueForm form, BindingResult errors,
            Model model) {
        Long indicatorId = admin.value(id).getIndicator().getId();
        admin.checkFigures(indicatorId, form, errors);
        return Forms.save(errors, model, () -> {
            admin.updateValue(id, form);
            return id;
        }, () -> SavedVersion.of(admin.valueForm(id), admin.value(id).lastSaved()))
                .map(saved -> "redirect:/admin/indicators/" + indicatorId + "#values")
                .orElseGet(() -> valueForm(indicatorId, id, model));
    }

    @GetMapping("/admin/indicator-values/{id}/delete")
    String confirmDeleteValue(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, valueDeletePage(id), Optional.empty());
    }

    @PostMapping("/admin/indicator-values/{id}/delete")
    String deleteValue(@PathVariable Long id, @RequestParam long version, Model model) {
        Long indicatorId = admin.value(id).getIndicator().getId();
        return Deletions.delete(model, messages, () -> valueDeletePage(id), () -> admin.deleteValue(id, version),
                "/admin/indicators/" + indicatorId + "#values");
    }

    private DeletePage valueDeletePage(Long id) {
        IndicatorValue value = admin.value(id);
        return DeletePage.confirm(text("admin.value.thing", value.getPeriodLabel(), value.getIndicator().getName()),
                "/admin/indicator-values/" + id + "/delete", "/admin/indicators/" + value.getIndicator().getId(),
                value.getVersion(), null);
    }

    private String valueForm(Long indicatorId, Long valueId, Model model) {
        model.addAttribute("indicator", admin.indicator(indicatorId));
        model.addAttribute("valueId", valueId);
        return "plan/admin/value-form";
    }
}
