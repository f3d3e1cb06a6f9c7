package uk.partnershipplans.portal.plan.edit;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.FigureRule;
import uk.partnershipplans.portal.plan.IndicatorUnit;
import uk.partnershipplans.portal.plan.ReportingPeriods;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.plan.model.indicator.Indicator;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorCategory;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorPriority;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorPriorityRepository;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValue;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValueRepository;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicator;
import uk.partnershipplans.portal.plan.read.IndicatorPage;
import uk.partnershipplans.portal.shared.Figures;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.SavedVersion;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for how a plan year uses an indicator and for indicators' targets. An indicator in use has a category (key
 * outcome or supplementary); only one still to be developed may have none. A target is a figure in the indicator's unit,
 * as {@link FigureRule} reads it; a target for a new period needs the period, which may already have no figure or
 * target of its own.
 */
@Service
@RequiredArgsConstructor
class IndicatorEditService {

    record IndicatorPage(Long yearId, String yearLabel, String planTitle, Long indicatorId, String indicatorName,
            List<PriorityRow> priorities, List<ValueRow> values) {
    }

    record PriorityRow(Long id, String number, String title) {
    }

    /** A figure or target of the indicator, as the list of targets shows it. */
    record ValueRow(Long id, String periodLabel, String figure, boolean provisional, String target, String targetNote) {
    }

    /** What the target form shows around its fields; {@code valueId} is empty when adding a target for a new period. */
    record TargetPage(Long indicatorId, String indicatorName, Long valueId, String periodLabel, String figure,
            boolean provisional) {
    }

    private final PlanEditQueries queries;
    private final IndicatorPriorityRepository indicatorPriorities;
    private final IndicatorValueRepository values;
    private final EditLocks locks;

    @Transactional(readOnly = true)
    IndicatorPage page(Long yearId, Long indicatorId) {
        PlanYearIndicator used = find(yearId, indicatorId);
        PlanYear year = used.getPlanYear();
        List<PriorityRow> priorities = queries.prioritiesOfYear(yearId).stream()
                .map(p -> new PriorityRow(p.getId(), p.getNumber(), p.getTitle())).toList();
        List<ValueRow> rows = queries.valuesOfIndicator(indicatorId).stream()
                .map(v -> new ValueRow(v.getId(), v.getPeriodLabel(), figureOf(v), v.isProvisional(),
                        Figures.format(v.getTarget()), v.getTargetNote()))
                .toList();
        return new IndicatorPage(yearId, year.getLabel(), year.getPlan().getTitle(), indicatorId,
                used.getIndicator().getName(), priorities, rows);
    }

    @Transactional(readOnly = true)
    IndicatorYearForm form(Long yearId, Long indicatorId) {
        PlanYearIndicator used = find(yearId, indicatorId);
        IndicatorYearForm form = new IndicatorYearForm();
        form.setVersion(used.getVersion());
        form.setCategory(used.getCategory() == null ? IndicatorYearForm.NONE : used.getCategory().name());
        form.setNewIndicator(used.isNewIndicator());
        form.setInDevelopment(used.isInDevelopment());
        form.setAlsoReportedIn(used.getAlsoReportedIn());
        List<Priority> priorities = queries.prioritiesOfYear(yearId);
        Map<Long, IndicatorPriority> links = linksOf(indicatorId, priorities);
        for (Priority priority : priorities) {
            IndicatorPriority link = links.get(priority.getId());
            String choice = link == null ? IndicatorYearForm.NONE
                    : link.isPrimary() ? IndicatorYearForm.PRIMARY : IndicatorYearForm.ADDITIONAL;
            form.getLinks().add(new IndicatorYearForm.Link(priority.getId(), choice));
        }
        return form;
    }

    /** The form as saved, with who saved it last and when, for showing beside a form refused as out of date. */
    @Transactional(readOnly = true)
    SavedVersion saved(Long yearId, Long indicatorId) {
        return SavedVersion.of(form(yearId, indicatorId), find(yearId, indicatorId).lastSaved());
    }

    /**
     * The rules, checked into {@code errors}: a category unless the indicator is still to be developed, and one of the
     * three choices for each of the year's own priorities.
     */
    @Transactional(readOnly = true)
    void check(Long yearId, Long indicatorId, IndicatorYearForm form, Errors errors) {
        PlanYear year = find(yearId, indicatorId).getPlanYear();
        if (year.isReadOnly()) {
            errors.reject("plan.year.read-only", new Object[] {year.getLabel()}, null);
        }
        Optional<IndicatorCategory> category = categoryOf(form.getCategory());
        if (!IndicatorYearForm.NONE.equals(form.getCategory()) && category.isEmpty()) {
            errors.rejectValue("category", "edit.indicator.category.required");
        } else if (category.isEmpty() && !form.isInDevelopment()) {
            errors.rejectValue("category", "edit.indicator.category.required");
        }
        Set<Long> yearPriorities = queries.prioritiesOfYear(yearId).stream().map(Priority::getId).collect(Collectors.toSet());
        for (int i = 0; i < form.getLinks().size(); i++) {
            IndicatorYearForm.Link link = form.getLinks().get(i);
            if (!Set.of(IndicatorYearForm.NONE, IndicatorYearForm.PRIMARY, IndicatorYearForm.ADDITIONAL).contains(link.getChoice())
                    || !yearPriorities.contains(link.getPriorityId())) {
                errors.rejectValue("links[" + i + "].choice", "edit.indicator.link.invalid");
            }
        }
    }

    /** Saves how the year uses the indicator, and its links to the year's priorities. */
    @Transactional
    void save(Long yearId, Long indicatorId, IndicatorYearForm form) {
        Errors problems = new BeanPropertyBindingResult(form, "form");
        check(yearId, indicatorId, form, problems);
        Refusal.ifAny(problems);
        PlanYearIndicator used = find(yearId, indicatorId);
        Writes.flushed(() -> {
            locks.lockForEdit(used, form.getVersion(), used.getVersion());
            used.revise(categoryOf(form.getCategory()).orElse(null), form.isNewIndicator(), form.isInDevelopment(),
                    Forms.optional(form.getAlsoReportedIn()));
            List<Priority> priorities = queries.prioritiesOfYear(yearId);
            Map<Long, Priority> byId = priorities.stream().collect(Collectors.toMap(Priority::getId, Function.identity()));
            Map<Long, IndicatorPriority> saved = linksOf(indicatorId, priorities);
            for (IndicatorYearForm.Link link : form.getLinks()) {
                IndicatorPriority existing = saved.get(link.getPriorityId());
                boolean primary = IndicatorYearForm.PRIMARY.equals(link.getChoice());
                if (IndicatorYearForm.NONE.equals(link.getChoice())) {
                    if (existing != null) {
                        indicatorPriorities.delete(existing);
                    }
                } else if (existing != null) {
                    existing.markPrimary(primary);
                } else {
                    indicatorPriorities.save(new IndicatorPriority(used.getIndicator(), byId.get(link.getPriorityId()), primary));
                }
            }
            queries.flush();
        }, Map.of("pk_indicator_priority", new Refusal.Problem(null, "edit.indicator.changed-meanwhile")));
    }

    @Transactional(readOnly = true)
    TargetPage targetPage(Long indicatorId, Long valueId) {
        IndicatorValue value = findValue(indicatorId, valueId);
        return new TargetPage(indicatorId, value.getIndicator().getName(), valueId, value.getPeriodLabel(), figureOf(value),
                value.isProvisional());
    }

    @Transactional(readOnly = true)
    TargetPage newTargetPage(Long indicatorId) {
        Indicator indicator = queries.indicator(indicatorId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        return new TargetPage(indicatorId, indicator.getName(), null, null, null, false);
    }

    @Transactional(readOnly = true)
    TargetForm targetForm(Long indicatorId, Long valueId) {
        IndicatorValue value = findValue(indicatorId, valueId);
        TargetForm form = new TargetForm();
        form.setVersion(value.getVersion());
        form.setPeriodLabel(value.getPeriodLabel());
        form.setTarget(FigureRule.typed(value.getTarget()));
        form.setTargetNote(value.getTargetNote());
        return form;
    }

    /** The target form as saved, with who saved the figure last and when. */
    @Transactional(readOnly = true)
    SavedVersion savedTarget(Long indicatorId, Long valueId) {
        return SavedVersion.of(targetForm(indicatorId, valueId), findValue(indicatorId, valueId).lastSaved());
    }

    /** The rules of a target, checked into {@code errors}: a figure in the indicator's unit when given. */
    @Transactional(readOnly = true)
    void checkTarget(Long indicatorId, TargetForm form, Errors errors) {
        readTarget(unitOf(indicatorId), form, errors);
    }

    /** The rules of a target for a new period, checked into {@code errors}: the period, and a figure in the unit. */
    @Transactional(readOnly = true)
    void checkNewTarget(Long indicatorId, TargetForm form, Errors errors) {
        if (Forms.isBlank(form.getPeriodLabel())) {
            errors.rejectValue("periodLabel", "edit.target.period.required");
        }
        if (Forms.isBlank(form.getTarget())) {
            errors.rejectValue("target", "edit.target.required");
        } else {
            readTarget(unitOf(indicatorId), form, errors);
        }
    }

    /** Sets or changes the target of a period; an empty target takes it away. */
    @Transactional
    void saveTarget(Long indicatorId, Long valueId, TargetForm form) {
        Errors problems = new BeanPropertyBindingResult(form, "form");
        BigDecimal target = readTarget(unitOf(indicatorId), form, problems);
        Refusal.ifAny(problems);
        IndicatorValue value = findValue(indicatorId, valueId);
        Writes.flushed(() -> {
            locks.lockForEdit(value, form.getVersion(), value.getVersion());
            value.setTarget(target, Forms.optional(form.getTargetNote()));
            queries.flush();
        }, Map.of());
    }

    /** Adds a target for a period that has no figure or target yet. */
    @Transactional
    void createTarget(Long indicatorId, TargetForm form) {
        Indicator indicator = queries.indicator(indicatorId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        Errors problems = new BeanPropertyBindingResult(form, "form");
        checkNewTarget(indicatorId, form, problems);
        Refusal.ifAny(problems);
        String period = form.getPeriodLabel().strip();
        BigDecimal target = readTarget(indicator.getUnit(), form, problems);
        Writes.flushed(() -> {
            values.save(IndicatorValue.targetFor(indicator, period, ReportingPeriods.endOf(period).orElse(null), target,
                    Forms.optional(form.getTargetNote())));
            queries.flush();
        }, Map.of("uk_indicator_value_period", new Refusal.Problem("periodLabel", "edit.target.period.taken", period)));
    }

    /** The target typed, read by the plan's one rule for figures; null when blank or refused. */
    private static BigDecimal readTarget(IndicatorUnit unit, TargetForm form, Errors errors) {
        return FigureRule.read(form.getTarget(), unit, "target", "edit.target.target", Refusal.into(errors)).orElse(null);
    }

    private IndicatorUnit unitOf(Long indicatorId) {
        return queries.indicator(indicatorId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)).getUnit();
    }

    private static Optional<IndicatorCategory> categoryOf(String typed) {
        for (IndicatorCategory category : IndicatorCategory.values()) {
            if (category.name().equals(typed)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    private Map<Long, IndicatorPriority> linksOf(Long indicatorId, List<Priority> priorities) {
        if (priorities.isEmpty()) {
            return Map.of();
        }
        return queries.indicatorLinks(indicatorId, priorities.stream().map(Priority::getId).toList()).stream()
                .collect(Collectors.toMap(link -> link.getPriority().getId(), Function.identity()));
    }

    /** The figure, or the document's reason for having none ("tbc"), or its comparison in words. */
    private static String figureOf(IndicatorValue value) {
        if (value.getFigure() != null) {
            return Figures.format(value.getFigure());
        }
        if (value.getNotAvailableReason() != null) {
            return value.getNotAvailableReason();
        }
        return value.getNationalComparison();
    }

    private PlanYearIndicator find(Long yearId, Long indicatorId) {
        return queries.indicatorInYear(yearId, indicatorId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    private IndicatorValue findValue(Long indicatorId, Long valueId) {
        return queries.value(indicatorId, valueId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
