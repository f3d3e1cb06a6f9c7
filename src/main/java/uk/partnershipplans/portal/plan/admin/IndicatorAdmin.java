package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.plan.admin.PlanAdmin.refusal;
import static uk.partnershipplans.portal.plan.admin.PlanAdmin.refuseIfAny;
import static uk.partnershipplans.portal.plan.admin.PlanAdmin.uses;
import static uk.partnershipplans.portal.shared.Forms.optional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.plan.FigureRule;
import uk.partnershipplans.portal.plan.IndicatorUnit;
import uk.partnershipplans.portal.plan.ReportingPeriods;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.PlanYearRepository;
import uk.partnershipplans.portal.plan.model.indicator.Indicator;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorCategory;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorPriorityRepository;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorRepository;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValue;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValueRepository;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicator;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicatorRepository;
import uk.partnershipplans.portal.shared.Reaches;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Usage;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for indicator definitions, which plan years report them, and their values: names and codes unique in a
 * partnership, one value per period, and figures that make sense for the unit, as {@link FigureRule} reads them.
 */
@Service
@RequiredArgsConstructor
@Transactional
class IndicatorAdmin {

    private final PartnerDirectory partners;
    private final IndicatorRepository indicators;
    private final PlanYearRepository years;
    private final PlanYearIndicatorRepository reporting;
    private final IndicatorPriorityRepository priorityLinks;
    private final IndicatorValueRepository values;
    private final Reaches reaches;

    record IndicatorRow(Long id, String name, String code, IndicatorUnit unit, String partnershipName) {
    }

    /** An indicator with the plan years that report it and one page of its values, newest period first. */
    record IndicatorOverview(Indicator indicator, String partnershipName, List<PlanYearIndicator> reportedIn,
            Page<IndicatorValue> values) {
    }

    @Transactional(readOnly = true)
    Page<IndicatorRow> indicators(Long partnershipId, int page) {
        PageRequest request = PageRequest.of(page, PlanAdmin.PAGE_SIZE, Sort.by("name"));
        Page<Indicator> found = reaches.current().listed(partnershipId)
                .map(ids -> indicators.findByPartnershipIdIn(ids, request)).orElseGet(() -> indicators.findAll(request));
        Map<Long, String> names = new java.util.HashMap<>();
        partners.partnerships().forEach(p -> names.put(p.id(), p.name()));
        return found.map(i -> new IndicatorRow(i.getId(), i.getName(), i.getCode(), i.getUnit(), names.get(i.getPartnershipId())));
    }

    @Transactional(readOnly = true)
    IndicatorOverview overview(Long indicatorId, int valuesPage) {
        Indicator indicator = indicator(indicatorId);
        Page<IndicatorValue> page = values.findByIndicatorId(indicatorId, PageRequest.of(valuesPage, PlanAdmin.PAGE_SIZE,
                Sort.by(Sort.Order.desc("periodEnd").nullsLast(), Sort.Order.asc("periodLabel"))));
        return new IndicatorOverview(indicator, partners.partnership(indicator.getPartnershipId())
                .map(PartnerDirectory.PartnershipSummary::name).orElse(null),
                reporting.findWithYearByIndicatorId(indicatorId), page);
    }

    @Transactional(readOnly = true)
    Indicator indicator(Long indicatorId) {
        return indicators.findById(indicatorId).orElseThrow(PlanAdmin::notFound);
    }

    @Transactional(readOnly = true)
    IndicatorForm form(Long indicatorId) {
        return IndicatorForm.of(indicator(indicatorId));
    }

    Long create(IndicatorForm form) {
        Long partnershipId = form.getPartnershipId();
        if (partners.partnershipIn(partnershipId, reaches.current()).isEmpty()) {
            throw Refusal.of("partnershipId", "admin.indicator.partnership.required");
        }
        checkIndicator(partnershipId, null, form);
        Indicator indicator = new Indicator(partnershipId, form.getName().strip(), optional(form.getCode()), form.getUnit(),
                form.getPolarity(), form.getFrequency(), form.getPeriodType());
        indicator.revise(indicator.getName(), indicator.getCode(), optional(form.getDefinition()), form.getUnit(),
                form.getPolarity(), form.getFrequency(), form.getPeriodType(), optional(form.getSource()),
                form.getTolerancePercent());
        return Writes.flushed(() -> indicators.saveAndFlush(indicator), constraint(indicator.getName())).getId();
    }

    void update(Long indicatorId, IndicatorForm form) {
        Indicator indicator = indicator(indicatorId);
        StaleEdit.check(form.getVersion(), indicator.getVersion());
        checkIndicator(indicator.getPartnershipId(), indicatorId, form);
        indicator.revise(form.getName().strip(), optional(form.getCode()), optional(form.getDefinition()), form.getUnit(),
                form.getPolarity(), form.getFrequency(), form.getPeriodType(), optional(form.getSource()),
                form.getTolerancePercent());
        Writes.flushed(() -> indicators.saveAndFlush(indicator), constraint(indicator.getName()));
    }

    @Transactional(readOnly = true)
    Optional<Refusal> deletionRefusal(Long indicatorId) {
        Indicator indicator = indicator(indicatorId);
        List<Usage> uses = uses(
                new Usage("admin.usage.reporting-years", reporting.countByIndicatorId(indicatorId)),
                new Usage("admin.usage.values", values.countByIndicatorId(indicatorId)),
                new Usage("admin.usage.priority-links", priorityLinks.countByIndicatorId(indicatorId)));
        return refusal(uses, "admin.indicator.delete.refused", indicator.getName());
    }

    void delete(Long indicatorId, long version) {
        Indicator indicator = indicator(indicatorId);
        Writes.delete(indicators, indicator, version, indicator.getVersion(), () -> deletionRefusal(indicatorId));
    }

    private void checkIndicator(Long partnershipId, Long indicatorId, IndicatorForm form) {
        List<Problem> problems = new ArrayList<>();
        indicators.findFirstByPartnershipIdAndNameIgnoreCase(partnershipId, form.getName().strip())
                .filter(existing -> !existing.getId().equals(indicatorId))
                .ifPresent(existing -> problems.add(new Problem("name", "admin.indicator.name.taken", existing.getName())));
        String code = optional(form.getCode());
        if (code != null) {
            indicators.findFirstByPartnershipIdAndCodeIgnoreCase(partnershipId, code)
                    .filter(existing -> !existing.getId().equals(indicatorId))
                    .ifPresent(existing -> problems.add(new Problem("code", "admin.indicator.code.taken", existing.getCode(),
                            existing.getName())));
        }
        refuseIfAny(problems);
    }

    private static Map<String, Problem> constraint(String name) {
        return Map.of("uk_indicator_name", new Problem("name", "admin.indicator.name.taken", name));
    }

    // Which plan years report the indicator

    /** The plan years of the indicator's partnership, for the "add to a plan year" form. */
    @Transactional(readOnly = true)
    List<PlanYear> yearsFor(Long indicatorId) {
        return years.findWithPlanByPartnershipId(indicator(indicatorId).getPartnershipId());
    }

    @Transactional(readOnly = true)
    PlanYearIndicator reporting(Long reportingId) {
        PlanYearIndicator found = reporting.findById(reportingId).orElseThrow(PlanAdmin::notFound);
        found.getPlanYear().getPlan().getTitle();
        found.getIndicator().getName();
        return found;
    }

    @Transactional(readOnly = true)
    ReportingForm reportingForm(Long reportingId) {
        return ReportingForm.of(reporting(reportingId));
    }

    Long addToYear(Long indicatorId, ReportingForm form) {
        Indicator indicator = indicator(indicatorId);
        PlanYear year = Optional.ofNullable(form.getPlanYearId()).flatMap(years::findById)
                .filter(y -> y.getPlan().getPartnershipId().equals(indicator.getPartnershipId()))
                .orElseThrow(() -> Refusal.of("planYearId", "admin.reporting.plan-year.required"));
        reporting.findByPlanYearIdAndIndicatorId(year.getId(), indicatorId).ifPresent(existing -> {
            throw Refusal.of("planYearId", "admin.reporting.plan-year.taken", year.getLabel(), year.getPlan().getTitle());
        });
        year.refuseChanges();
        PlanYearIndicator added = new PlanYearIndicator(year, indicator, category(form), form.isNewIndicator(),
                form.isInDevelopment(), optional(form.getAlsoReportedIn()), reporting.lastPosition(year.getId()) + 1);
        return Writes.flushed(() -> reporting.saveAndFlush(added), Map.of("uk_plan_year_indicator",
                new Problem("planYearId", "admin.reporting.plan-year.taken", year.getLabel(), year.getPlan().getTitle()))).getId();
    }

    void updateReporting(Long reportingId, ReportingForm form) {
        PlanYearIndicator found = reporting(reportingId);
        StaleEdit.check(form.getVersion(), found.getVersion());
        found.getPlanYear().refuseChanges();
        found.revise(category(form), form.isNewIndicator(), form.isInDevelopment(), optional(form.getAlsoReportedIn()));
        Writes.flushed(() -> reporting.saveAndFlush(found), Map.of());
    }

    void removeFromYear(Long reportingId, long version) {
        PlanYearIndicator found = reporting(reportingId);
        PlanYear year = found.getPlanYear();
        Writes.delete(reporting, found, version, found.getVersion(), () -> year.isReadOnly()
                ? Optional.of(Refusal.of(null, "plan.year.read-only", year.getLabel())) : Optional.empty());
    }

    private static IndicatorCategory category(ReportingForm form) {
        String category = optional(form.getCategory());
        if (category == null) {
            return null;
        }
        try {
            return IndicatorCategory.valueOf(category);
        } catch (IllegalArgumentException e) {
            throw Refusal.of("category", "admin.reporting.category.invalid");
        }
    }

    // Values

    @Transactional(readOnly = true)
    IndicatorValue value(Long valueId) {
        IndicatorValue value = values.findById(valueId).orElseThrow(PlanAdmin::notFound);
        value.getIndicator().getName();
        return value;
    }

    @Transactional(readOnly = true)
    IndicatorValueForm valueForm(Long valueId) {
        return IndicatorValueForm.of(value(valueId));
    }

    /**
     * The figures' rules, checked into {@code errors} with Bean Validation's so that every problem shows at once; saving
     * checks them again.
     */
    @Transactional(readOnly = true)
    void checkFigures(Long indicatorId, IndicatorValueForm form, Errors errors) {
        figures(indicator(indicatorId).getUnit(), form, Refusal.into(errors));
    }

    Long addValue(Long indicatorId, IndicatorValueForm form) {
        Indicator indicator = indicator(indicatorId);
        String label = form.getPeriodLabel().strip();
        List<Problem> problems = new ArrayList<>();
        ValueFigures figures = figures(indicator.getUnit(), form, problems::add);
        LocalDate periodEnd = checkValue(indicator, null, form, problems);
        IndicatorValue value = new IndicatorValue(indicator, label, periodEnd, null, false, null, null, null);
        revise(value, label, periodEnd, figures, form);
        return Writes.flushed(() -> values.saveAndFlush(value), valueConstraints(label)).getId();
    }

    void updateValue(Long valueId, IndicatorValueForm form) {
        IndicatorValue value = value(valueId);
        StaleEdit.check(form.getVersion(), value.getVersion());
        String label = form.getPeriodLabel().strip();
        List<Problem> problems = new ArrayList<>();
        ValueFigures figures = figures(value.getIndicator().getUnit(), form, problems::add);
        LocalDate periodEnd = checkValue(value.getIndicator(), valueId, form, problems);
        revise(value, label, periodEnd, figures, form);
        Writes.flushed(() -> values.saveAndFlush(value), valueConstraints(label));
    }

    void deleteValue(Long valueId, long version) {
        IndicatorValue value = value(valueId);
        Writes.delete(values, value, version, value.getVersion(), Optional::empty);
    }

    private static void revise(IndicatorValue value, String label, LocalDate periodEnd, ValueFigures figures,
            IndicatorValueForm form) {
        value.revise(label, periodEnd, figures.figure(), optional(form.getNotAvailableReason()), form.isProvisional(),
                figures.nationalAverage(), figures.statisticalNeighbour(), figures.target(),
                optional(form.getNationalComparison()), optional(form.getNote()));
    }

    /** A value's figures as {@link FigureRule} reads them in the indicator's unit; each problem goes to {@code problems}. */
    private record ValueFigures(BigDecimal figure, BigDecimal nationalAverage, BigDecimal statisticalNeighbour,
            BigDecimal target) {
    }

    private static ValueFigures figures(IndicatorUnit unit, IndicatorValueForm form, Consumer<Problem> problems) {
        return new ValueFigures(
                FigureRule.read(form.getFigure(), unit, "figure", "admin.value.figure", problems).orElse(null),
                FigureRule.read(form.getNationalAverage(), unit, "nationalAverage", "admin.value.national-average.name",
                        problems).orElse(null),
                FigureRule.read(form.getStatisticalNeighbour(), unit, "statisticalNeighbour",
                        "admin.value.statistical-neighbour.name", problems).orElse(null),
                FigureRule.read(form.getTarget(), unit, "target", "admin.value.target.short", problems).orElse(null));
    }

    /**
     * Checks the value against its indicator, adding to the problems found with its figures, and returns the end of
     * its period: as typed, or worked out from a label such as "2012/13 Q3" when left blank.
     */
    private LocalDate checkValue(Indicator indicator, Long valueId, IndicatorValueForm form, List<Problem> problems) {
        String label = form.getPeriodLabel().strip();
        values.findFirstByIndicatorIdAndPeriodLabelIgnoreCase(indicator.getId(), label)
                .filter(existing -> !existing.getId().equals(valueId))
                .ifPresent(existing -> problems.add(new Problem("periodLabel", "admin.value.period-label.taken",
                        existing.getPeriodLabel())));
        if (optional(form.getFigure()) != null && optional(form.getNotAvailableReason()) != null) {
            problems.add(new Problem("notAvailableReason", "admin.value.figure-and-reason"));
        }
        refuseIfAny(problems);
        return form.getPeriodEnd().toDate().or(() -> ReportingPeriods.endOf(label)).orElse(null);
    }

    private static Map<String, Problem> valueConstraints(String label) {
        return Map.of(
                "uk_indicator_value_period", new Problem("periodLabel", "admin.value.period-label.taken", label),
                "ck_indicator_value_available", new Problem("notAvailableReason", "admin.value.figure-and-reason"));
    }

    List<PartnerDirectory.PartnershipSummary> partnerships() {
        return partners.partnershipsIn(reaches.current());
    }
}
