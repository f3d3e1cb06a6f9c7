package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.shared.Forms.optional;

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
import uk.partnershipplans.portal.partner.PartnerDirectory.PartnershipSummary;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.plan.PlanRecordReferences;
import uk.partnershipplans.portal.plan.model.framework.ExternalFramework;
import uk.partnershipplans.portal.plan.model.framework.ExternalFrameworkRepository;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.PlanActionRepository;
import uk.partnershipplans.portal.plan.model.PlanRepository;
import uk.partnershipplans.portal.plan.PlanStatus;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.PlanYearRepository;
import uk.partnershipplans.portal.plan.model.PriorityRepository;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicatorRepository;
import uk.partnershipplans.portal.shared.Reaches;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Usage;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for keeping plans and their years: titles and labels are unique where a reader would be confused by two; a
 * stale save is refused; nothing that priorities or actions rely on is deleted. The numbered parts of a plan (themes,
 * principles, objectives) are kept by {@link NumberedParts}.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class PlanAdmin {

    static final int PAGE_SIZE = 20;

    private final PartnerDirectory partners;
    private final PlanRepository plans;
    private final PlanYearRepository years;
    private final NumberedParts parts;
    private final PriorityRepository priorities;
    private final PlanActionRepository actions;
    private final PlanYearIndicatorRepository reportedIndicators;
    private final Reaches reaches;
    private final ExternalFrameworkRepository frameworks;
    private final List<PlanRecordReferences> references;

    record PlanRow(Long id, String title, String period, PlanStatus status, String partnershipName) {
    }

    /** A plan with everything its admin page lists, loaded with a fixed number of queries. */
    record PlanOverview(Plan plan, String period, String partnershipName, List<PlanYear> years,
            List<NumberedParts.PartList> parts) {
    }

    // Plans

    @Transactional(readOnly = true)
    Page<PlanRow> plans(Long partnershipId, int page) {
        PageRequest request = PageRequest.of(page, PAGE_SIZE, Sort.by(Sort.Order.desc("startYear"), Sort.Order.asc("title")));
        Page<Plan> found = reaches.current().listed(partnershipId).map(ids -> plans.findByPartnershipIdIn(ids, request))
                .orElseGet(() -> plans.findAll(request));
        Map<Long, String> names = partnershipNames();
        return found.map(p -> new PlanRow(p.getId(), p.getTitle(), p.period(), p.getStatus(), names.get(p.getPartnershipId())));
    }

    @Transactional(readOnly = true)
    PlanOverview overview(Long planId) {
        Plan plan = plan(planId);
        return new PlanOverview(plan, plan.period(), partnershipName(plan.getPartnershipId()), years.findByPlanIdOrderByStartDate(planId),
                parts.inPlan(plan));
    }

    @Transactional(readOnly = true)
    public Plan plan(Long planId) {
        return plans.findById(planId).orElseThrow(PlanAdmin::notFound);
    }

    @Transactional(readOnly = true)
    PlanForm planForm(Long planId) {
        return PlanForm.of(plan(planId));
    }

    Long createPlan(PlanForm form) {
        Long partnershipId = form.getPartnershipId();
        if (partners.partnershipIn(partnershipId, reaches.current()).isEmpty()) {
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
        StaleEdit.check(form.getVersion(), plan.getVersion());
        String title = form.getTitle().strip();
        checkPlan(plan.getPartnershipId(), planId, title, form);
        plan.revise(title, form.getStartYear(), form.getEndYear(), optional(form.getVision()), form.getStatus());
        plan.workTowards(chosenFrameworks(plan.getPartnershipId(), form.getFrameworkIds()));
        savePlan(plan);
    }

    /** The frameworks a plan of the partnership may work towards: the partnership's own, by name. */
    @Transactional(readOnly = true)
    List<ExternalFramework> frameworksOf(Long partnershipId) {
        return frameworks.findByPartnershipIdOrderByName(partnershipId);
    }

    private List<ExternalFramework> chosenFrameworks(Long partnershipId, List<Long> ids) {
        List<ExternalFramework> own = frameworksOf(partnershipId);
        List<Long> chosen = ids == null ? List.of() : ids;
        if (!own.stream().map(ExternalFramework::getId).toList().containsAll(chosen)) {
            throw Refusal.of("frameworkIds", "admin.plan.frameworks.other");
        }
        return own.stream().filter(f -> chosen.contains(f.getId())).toList();
    }

    @Transactional(readOnly = true)
    Optional<Refusal> planDeletionRefusal(Long planId) {
        Plan plan = plan(planId);
        List<Usage> uses = uses(
                new Usage("admin.usage.plan-years", years.countByPlanId(planId)),
                new Usage("admin.usage.priorities", priorities.countByPlanYearPlanId(planId)),
                new Usage("admin.usage.actions", actions.countByPlanYearPlanId(planId)));
        references.forEach(module -> uses.addAll(module.ofPlan(planId)));
        return refusal(uses, "admin.plan.delete.refused", plan.getTitle());
    }

    void deletePlan(Long planId, long version) {
        Plan plan = plan(planId);
        Writes.delete(plans, plan, version, plan.getVersion(), () -> planDeletionRefusal(planId));
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
        year.noteData(optional(form.getDataNote()));
        return saveYear(year).getId();
    }

    void updateYear(Long yearId, PlanYearForm form) {
        PlanYear year = year(yearId);
        StaleEdit.check(form.getVersion(), year.getVersion());
        year.refuseChanges();
        YearDates dates = checkYear(year.getPlan(), yearId, form);
        year.revise(form.getLabel().strip(), dates.start(), dates.end(), optional(form.getPreviousYearLabel()));
        year.noteData(optional(form.getDataNote()));
        saveYear(year);
    }

    @Transactional(readOnly = true)
    Optional<Refusal> yearDeletionRefusal(Long yearId) {
        PlanYear year = year(yearId);
        if (year.isReadOnly()) {
            return Optional.of(Refusal.of(null, "plan.year.read-only", year.getLabel()));
        }
        List<Usage> uses = uses(
                new Usage("admin.usage.priorities", priorities.countByPlanYearId(yearId)),
                new Usage("admin.usage.actions", actions.countByPlanYearId(yearId)),
                new Usage("admin.usage.reported-indicators", reportedIndicators.countByPlanYearId(yearId)));
        references.forEach(module -> uses.addAll(module.ofYear(yearId)));
        return refusal(uses, "admin.plan-year.delete.refused", year.getLabel());
    }

    void deleteYear(Long yearId, long version) {
        PlanYear year = year(yearId);
        Writes.delete(years, year, version, year.getVersion(), () -> yearDeletionRefusal(yearId));
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

    // Shared

    @Transactional(readOnly = true)
    List<PartnershipSummary> partnerships() {
        return partners.partnershipsIn(reaches.current());
    }

    /** The partnership's name, if it is in the admin's reach: a list filtered by another names nobody. */
    String partnershipName(Long partnershipId) {
        return partners.partnershipIn(partnershipId, reaches.current()).map(PartnershipSummary::name).orElse(null);
    }

    private Map<Long, String> partnershipNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        partners.partnerships().forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    public static List<Usage> uses(Usage... counted) {
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

    public static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
