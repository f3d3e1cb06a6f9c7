package uk.partnershipplans.portal.plan;

import static uk.partnershipplans.portal.system.Forms.optional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.partner.PartnerDirectory.PartnershipSummary;
import uk.partnershipplans.portal.system.Refusal;
import uk.partnershipplans.portal.system.Refusal.Problem;
import uk.partnershipplans.portal.system.StaleEdit;
import uk.partnershipplans.portal.system.Usage;
import uk.partnershipplans.portal.system.Writes;

/**
 * The rules for keeping a plan's structure: plans, plan years, key themes, cross-cutting principles, and strategic
 * objectives with their operational objectives. Numbers, titles and labels are unique where a reader would be confused
 * by two; a stale save is refused; nothing that priorities or actions rely on is deleted.
 */
@Service
@RequiredArgsConstructor
@Transactional
class PlanAdmin {

    static final int PAGE_SIZE = 20;

    private final PartnerDirectory partners;
    private final PlanRepository plans;
    private final PlanYearRepository years;
    private final KeyThemeRepository themes;
    private final PrincipleRepository principles;
    private final StrategicObjectiveRepository strategicObjectives;
    private final OperationalObjectiveRepository operationalObjectives;
    private final PriorityRepository priorities;
    private final PlanActionRepository actions;
    private final PlanYearIndicatorRepository reportedIndicators;

    record PlanRow(Long id, String title, String period, PlanStatus status, String partnershipName) {
    }

    /** A plan with everything its admin page lists, loaded with a fixed number of queries. */
    record PlanOverview(Plan plan, String period, String partnershipName, List<PlanYear> years, List<KeyTheme> themes,
            List<Principle> principles, List<StrategicObjective> objectives) {
    }

    // Plans

    @Transactional(readOnly = true)
    Page<PlanRow> plans(Long partnershipId, int page) {
        PageRequest request = PageRequest.of(page, PAGE_SIZE, Sort.by(Sort.Order.desc("startYear"), Sort.Order.asc("title")));
        Page<Plan> found = partnershipId == null ? plans.findAll(request) : plans.findByPartnershipId(partnershipId, request);
        Map<Long, String> names = partnershipNames();
        return found.map(p -> new PlanRow(p.getId(), p.getTitle(), p.period(), p.getStatus(), names.get(p.getPartnershipId())));
    }

    @Transactional(readOnly = true)
    PlanOverview overview(Long planId) {
        Plan plan = plan(planId);
        return new PlanOverview(plan, plan.period(), partnershipName(plan.getPartnershipId()), years.findByPlanIdOrderByStartDate(planId),
                List.copyOf(plan.getThemes()), List.copyOf(plan.getPrinciples()),
                strategicObjectives.findWithOperationalByPlanId(planId));
    }

    @Transactional(readOnly = true)
    Plan plan(Long planId) {
        return plans.findById(planId).orElseThrow(PlanAdmin::notFound);
    }

    @Transactional(readOnly = true)
    PlanForm planForm(Long planId) {
        return PlanForm.of(plan(planId));
    }

    Long createPlan(PlanForm form) {
        Long partnershipId = form.getPartnershipId();
        if (partnershipId == null || partners.partnership(partnershipId).isEmpty()) {
            throw Refusal.of("partnershipId", "admin.plan.partnership.required");
        }
        String title = form.getTitle().strip();
        checkPlan(partnershipId, null, title, form);
        Plan plan = new Plan(partnershipId, title, form.getStartYear(), form.getEndYear(), optional(form.getVision()),
                form.getStatus());
        return savePlan(plan).getId();
    }

    void updatePlan(Long planId, PlanForm form) {
        Plan plan = plan(planId);
        checkVersion(form.getVersion(), plan.getVersion());
        String title = form.getTitle().strip();
        checkPlan(plan.getPartnershipId(), planId, title, form);
        plan.revise(title, form.getStartYear(), form.getEndYear(), optional(form.getVision()), form.getStatus());
        savePlan(plan);
    }

    @Transactional(readOnly = true)
    Optional<Refusal> planDeletionRefusal(Long planId) {
        Plan plan = plan(planId);
        List<Usage> uses = uses(
                new Usage("admin.usage.plan-years", years.countByPlanId(planId)),
                new Usage("admin.usage.priorities", priorities.countByPlanYearPlanId(planId)),
                new Usage("admin.usage.actions", actions.countByPlanYearPlanId(planId)));
        return refusal(uses, "admin.plan.delete.refused", plan.getTitle());
    }

    void deletePlan(Long planId, long version) {
        Plan plan = plan(planId);
        checkVersion(version, plan.getVersion());
        planDeletionRefusal(planId).ifPresent(refusal -> {
            throw refusal;
        });
        Writes.flushed(() -> {
            plans.delete(plan);
            plans.flush();
        }, Map.of());
    }

    private void checkPlan(Long partnershipId, Long planId, String title, PlanForm form) {
        List<Problem> problems = new ArrayList<>();
        plans.findFirstByPartnershipIdAndTitleIgnoreCase(partnershipId, title)
                .filter(existing -> !existing.getId().equals(planId))
                .ifPresent(existing -> problems.add(new Problem("title", "admin.plan.title.taken", existing.getTitle(),
                        existing.period())));
        if (form.getEndYear() < form.getStartYear()) {
            problems.add(new Problem("endYear", "admin.plan.end-year.before-start", String.valueOf(form.getStartYear())));
        }
        refuseIfAny(problems);
    }

    private Plan savePlan(Plan plan) {
        return Writes.flushed(() -> plans.saveAndFlush(plan), Map.of(
                "uk_plan_title", new Problem("title", "admin.plan.title.taken", plan.getTitle(), plan.period()),
                "ck_plan_years", new Problem("endYear", "admin.plan.end-year.before-start", String.valueOf(plan.getStartYear()))));
    }

    // Plan years

    @Transactional(readOnly = true)
    PlanYear year(Long yearId) {
        PlanYear year = years.findById(yearId).orElseThrow(PlanAdmin::notFound);
        year.getPlan().getTitle(); // the year's pages name its plan
        return year;
    }

    @Transactional(readOnly = true)
    PlanYearForm yearForm(Long yearId) {
        return PlanYearForm.of(year(yearId));
    }

    Long createYear(Long planId, PlanYearForm form) {
        Plan plan = plan(planId);
        YearDates dates = checkYear(plan, null, form);
        PlanYear year = new PlanYear(plan, form.getLabel().strip(), dates.start(), dates.end(),
                optional(form.getPreviousYearLabel()));
        return saveYear(year).getId();
    }

    void updateYear(Long yearId, PlanYearForm form) {
        PlanYear year = year(yearId);
        checkVersion(form.getVersion(), year.getVersion());
        YearDates dates = checkYear(year.getPlan(), yearId, form);
        year.revise(form.getLabel().strip(), dates.start(), dates.end(), optional(form.getPreviousYearLabel()));
        saveYear(year);
    }

    @Transactional(readOnly = true)
    Optional<Refusal> yearDeletionRefusal(Long yearId) {
        PlanYear year = year(yearId);
        List<Usage> uses = uses(
                new Usage("admin.usage.priorities", priorities.countByPlanYearId(yearId)),
                new Usage("admin.usage.actions", actions.countByPlanYearId(yearId)),
                new Usage("admin.usage.reported-indicators", reportedIndicators.countByPlanYearId(yearId)));
        return refusal(uses, "admin.plan-year.delete.refused", year.getLabel());
    }

    void deleteYear(Long yearId, long version) {
        PlanYear year = year(yearId);
        checkVersion(version, year.getVersion());
        yearDeletionRefusal(yearId).ifPresent(refusal -> {
            throw refusal;
        });
        Writes.flushed(() -> {
            years.delete(year);
            years.flush();
        }, Map.of());
    }

    private record YearDates(LocalDate start, LocalDate end) {
    }

    private YearDates checkYear(Plan plan, Long yearId, PlanYearForm form) {
        List<Problem> problems = new ArrayList<>();
        String label = form.getLabel().strip();
        years.findFirstByPlanIdAndLabelIgnoreCase(plan.getId(), label)
                .filter(existing -> !existing.getId().equals(yearId))
                .ifPresent(existing -> problems.add(new Problem("label", "admin.plan-year.label.taken", plan.getTitle(),
                        existing.getLabel())));
        LocalDate start = form.getStartDate().toDate().orElseThrow();
        LocalDate end = form.getEndDate().toDate().orElseThrow();
        if (!end.isAfter(start)) {
            problems.add(new Problem("endDate", "admin.plan-year.end-date.not-after-start"));
        }
        refuseIfAny(problems);
        return new YearDates(start, end);
    }

    private PlanYear saveYear(PlanYear year) {
        return Writes.flushed(() -> years.saveAndFlush(year), Map.of(
                "uk_plan_year_label", new Problem("label", "admin.plan-year.label.taken", year.getPlan().getTitle(), year.getLabel()),
                "ck_plan_year_dates", new Problem("endDate", "admin.plan-year.end-date.not-after-start")));
    }

    // Key themes and cross-cutting principles

    @Transactional(readOnly = true)
    KeyTheme theme(Long themeId) {
        return themes.findById(themeId).orElseThrow(PlanAdmin::notFound);
    }

    @Transactional(readOnly = true)
    NumberedForm themeForm(Long themeId) {
        KeyTheme theme = theme(themeId);
        return NumberedForm.of(theme.getNumber(), theme.getTitle(), theme.getDescription(), theme.getVersion());
    }

    Long createTheme(Long planId, NumberedForm form) {
        Plan plan = plan(planId);
        refuseTakenTheme(planId, null, form.getNumber());
        KeyTheme theme = new KeyTheme(plan, form.getNumber(), form.getTitle().strip(), optional(form.getDescription()));
        plan.getThemes().add(theme);
        return Writes.flushed(() -> themes.saveAndFlush(theme), themeConstraint(form.getNumber())).getId();
    }

    void updateTheme(Long themeId, NumberedForm form) {
        KeyTheme theme = theme(themeId);
        checkVersion(form.getVersion(), theme.getVersion());
        refuseTakenTheme(theme.getPlan().getId(), themeId, form.getNumber());
        theme.revise(form.getNumber(), form.getTitle().strip(), optional(form.getDescription()));
        Writes.flushed(() -> themes.saveAndFlush(theme), themeConstraint(form.getNumber()));
    }

    void deleteTheme(Long themeId, long version) {
        KeyTheme theme = theme(themeId);
        checkVersion(version, theme.getVersion());
        theme.getPlan().getThemes().remove(theme);
        Writes.flushed(() -> {
            themes.delete(theme);
            themes.flush();
        }, Map.of());
    }

    private void refuseTakenTheme(Long planId, Long themeId, int number) {
        themes.findByPlanIdAndNumber(planId, number).filter(existing -> !existing.getId().equals(themeId))
                .ifPresent(existing -> {
                    throw Refusal.of("number", "admin.theme.number.taken", String.valueOf(number), existing.getTitle());
                });
    }

    private static Map<String, Problem> themeConstraint(int number) {
        return Map.of("uk_key_theme_number", new Problem("number", "admin.numbered.number.taken", String.valueOf(number)));
    }

    @Transactional(readOnly = true)
    Principle principle(Long principleId) {
        return principles.findById(principleId).orElseThrow(PlanAdmin::notFound);
    }

    @Transactional(readOnly = true)
    NumberedForm principleForm(Long principleId) {
        Principle principle = principle(principleId);
        return NumberedForm.of(principle.getNumber(), principle.getTitle(), principle.getDescription(), principle.getVersion());
    }

    Long createPrinciple(Long planId, NumberedForm form) {
        Plan plan = plan(planId);
        refuseTakenPrinciple(planId, null, form.getNumber());
        Principle principle = new Principle(plan, form.getNumber(), form.getTitle().strip(), optional(form.getDescription()));
        plan.getPrinciples().add(principle);
        return Writes.flushed(() -> principles.saveAndFlush(principle), principleConstraint(form.getNumber())).getId();
    }

    void updatePrinciple(Long principleId, NumberedForm form) {
        Principle principle = principle(principleId);
        checkVersion(form.getVersion(), principle.getVersion());
        refuseTakenPrinciple(principle.getPlan().getId(), principleId, form.getNumber());
        principle.revise(form.getNumber(), form.getTitle().strip(), optional(form.getDescription()));
        Writes.flushed(() -> principles.saveAndFlush(principle), principleConstraint(form.getNumber()));
    }

    void deletePrinciple(Long principleId, long version) {
        Principle principle = principle(principleId);
        checkVersion(version, principle.getVersion());
        principle.getPlan().getPrinciples().remove(principle);
        Writes.flushed(() -> {
            principles.delete(principle);
            principles.flush();
        }, Map.of());
    }

    private void refuseTakenPrinciple(Long planId, Long principleId, int number) {
        principles.findByPlanIdAndNumber(planId, number).filter(existing -> !existing.getId().equals(principleId))
                .ifPresent(existing -> {
                    throw Refusal.of("number", "admin.principle.number.taken", String.valueOf(number), existing.getTitle());
                });
    }

    private static Map<String, Problem> principleConstraint(int number) {
        return Map.of("uk_principle_number", new Problem("number", "admin.numbered.number.taken", String.valueOf(number)));
    }

    // Strategic and operational objectives

    @Transactional(readOnly = true)
    StrategicObjective strategicObjective(Long objectiveId) {
        StrategicObjective objective = strategicObjectives.findById(objectiveId).orElseThrow(PlanAdmin::notFound);
        objective.getPlan().getTitle();
        return objective;
    }

    @Transactional(readOnly = true)
    ObjectiveForm strategicObjectiveForm(Long objectiveId) {
        StrategicObjective o = strategicObjective(objectiveId);
        return ObjectiveForm.of(o.getNumber(), o.getTitle(), o.getDescription(), o.getVersion());
    }

    Long createStrategicObjective(Long planId, ObjectiveForm form) {
        Plan plan = plan(planId);
        String number = form.getNumber().strip();
        refuseTakenStrategicNumber(planId, null, number);
        StrategicObjective objective = new StrategicObjective(plan, number, form.getTitle().strip(), optional(form.getDescription()));
        plan.getStrategicObjectives().add(objective);
        return Writes.flushed(() -> strategicObjectives.saveAndFlush(objective), strategicConstraint(number)).getId();
    }

    void updateStrategicObjective(Long objectiveId, ObjectiveForm form) {
        StrategicObjective objective = strategicObjective(objectiveId);
        checkVersion(form.getVersion(), objective.getVersion());
        String number = form.getNumber().strip();
        refuseTakenStrategicNumber(objective.getPlan().getId(), objectiveId, number);
        objective.revise(number, form.getTitle().strip(), optional(form.getDescription()));
        Writes.flushed(() -> strategicObjectives.saveAndFlush(objective), strategicConstraint(number));
    }

    @Transactional(readOnly = true)
    Optional<Refusal> strategicObjectiveDeletionRefusal(Long objectiveId) {
        StrategicObjective objective = strategicObjective(objectiveId);
        return refusal(uses(new Usage("admin.usage.priorities-under-operational",
                        priorities.countByOperationalObjectiveStrategicObjectiveId(objectiveId))),
                "admin.strategic-objective.delete.refused", objective.getNumber());
    }

    void deleteStrategicObjective(Long objectiveId, long version) {
        StrategicObjective objective = strategicObjective(objectiveId);
        checkVersion(version, objective.getVersion());
        strategicObjectiveDeletionRefusal(objectiveId).ifPresent(refusal -> {
            throw refusal;
        });
        objective.getPlan().getStrategicObjectives().remove(objective);
        Writes.flushed(() -> {
            strategicObjectives.delete(objective);
            strategicObjectives.flush();
        }, Map.of());
    }

    private void refuseTakenStrategicNumber(Long planId, Long objectiveId, String number) {
        strategicObjectives.findFirstByPlanIdAndNumberIgnoreCase(planId, number)
                .filter(existing -> !existing.getId().equals(objectiveId))
                .ifPresent(existing -> {
                    throw Refusal.of("number", "admin.strategic-objective.number.taken", existing.getNumber(), existing.getTitle());
                });
    }

    private static Map<String, Problem> strategicConstraint(String number) {
        return Map.of("uk_strategic_objective_number", new Problem("number", "admin.numbered.number.taken", number));
    }

    @Transactional(readOnly = true)
    OperationalObjective operationalObjective(Long objectiveId) {
        OperationalObjective objective = operationalObjectives.findById(objectiveId).orElseThrow(PlanAdmin::notFound);
        objective.getStrategicObjective().getPlan().getTitle();
        return objective;
    }

    @Transactional(readOnly = true)
    ObjectiveForm operationalObjectiveForm(Long objectiveId) {
        OperationalObjective o = operationalObjective(objectiveId);
        return ObjectiveForm.of(o.getNumber(), o.getTitle(), o.getDescription(), o.getVersion());
    }

    Long createOperationalObjective(Long strategicObjectiveId, ObjectiveForm form) {
        StrategicObjective parent = strategicObjective(strategicObjectiveId);
        String number = form.getNumber().strip();
        refuseTakenOperationalNumber(parent.getPlan().getId(), null, number);
        OperationalObjective objective = parent.addOperationalObjective(number, form.getTitle().strip(),
                optional(form.getDescription()));
        return Writes.flushed(() -> operationalObjectives.saveAndFlush(objective), operationalConstraint(number)).getId();
    }

    void updateOperationalObjective(Long objectiveId, ObjectiveForm form) {
        OperationalObjective objective = operationalObjective(objectiveId);
        checkVersion(form.getVersion(), objective.getVersion());
        String number = form.getNumber().strip();
        refuseTakenOperationalNumber(objective.getStrategicObjective().getPlan().getId(), objectiveId, number);
        objective.revise(number, form.getTitle().strip(), optional(form.getDescription()));
        Writes.flushed(() -> operationalObjectives.saveAndFlush(objective), operationalConstraint(number));
    }

    @Transactional(readOnly = true)
    Optional<Refusal> operationalObjectiveDeletionRefusal(Long objectiveId) {
        OperationalObjective objective = operationalObjective(objectiveId);
        return refusal(uses(new Usage("admin.usage.priorities-under", priorities.countByOperationalObjectiveId(objectiveId))),
                "admin.operational-objective.delete.refused", objective.getNumber());
    }

    void deleteOperationalObjective(Long objectiveId, long version) {
        OperationalObjective objective = operationalObjective(objectiveId);
        checkVersion(version, objective.getVersion());
        operationalObjectiveDeletionRefusal(objectiveId).ifPresent(refusal -> {
            throw refusal;
        });
        objective.getStrategicObjective().getOperationalObjectives().remove(objective);
        Writes.flushed(() -> {
            operationalObjectives.delete(objective);
            operationalObjectives.flush();
        }, Map.of());
    }

    /** Operational objective numbers are unique across the whole plan, so that "1.1" names one objective. */
    private void refuseTakenOperationalNumber(Long planId, Long objectiveId, String number) {
        operationalObjectives.findFirstByStrategicObjectivePlanIdAndNumberIgnoreCase(planId, number)
                .filter(existing -> !existing.getId().equals(objectiveId))
                .ifPresent(existing -> {
                    throw Refusal.of("number", "admin.operational-objective.number.taken", existing.getNumber(), existing.getTitle());
                });
    }

    private static Map<String, Problem> operationalConstraint(String number) {
        return Map.of("uk_operational_objective_number", new Problem("number", "admin.numbered.number.taken", number));
    }

    // Shared

    @Transactional(readOnly = true)
    List<PartnershipSummary> partnerships() {
        return partners.partnerships();
    }

    String partnershipName(Long partnershipId) {
        return partners.partnership(partnershipId).map(PartnershipSummary::name).orElse(null);
    }

    private Map<Long, String> partnershipNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        partners.partnerships().forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    static void checkVersion(Long formVersion, long savedVersion) {
        if (formVersion == null || formVersion != savedVersion) {
            throw new StaleEdit();
        }
    }

    static List<Usage> uses(Usage... counted) {
        List<Usage> uses = new ArrayList<>();
        for (Usage usage : counted) {
            if (usage.count() > 0) {
                uses.add(usage);
            }
        }
        return uses;
    }

    static Optional<Refusal> refusal(List<Usage> uses, String code, String name) {
        return uses.isEmpty() ? Optional.empty() : Optional.of(Refusal.of(null, code, name, Refusal.listed(uses)));
    }

    static void refuseIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
