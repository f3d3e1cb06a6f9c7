package uk.partnershipplans.portal.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.partner.PartnerDirectory.OrganisationSummary;
import uk.partnershipplans.portal.plan.model.KeyTheme;
import uk.partnershipplans.portal.plan.model.OperationalObjective;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.PlanPartner;
import uk.partnershipplans.portal.plan.model.PlanRepository;
import uk.partnershipplans.portal.plan.model.PlanSection;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.PlanYearRepository;
import uk.partnershipplans.portal.plan.model.Principle;
import uk.partnershipplans.portal.plan.model.StrategicObjective;
import uk.partnershipplans.portal.plan.model.framework.ExternalFramework;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicator;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicatorRepository;
import uk.partnershipplans.portal.plan.read.PlanReadQueries;
import uk.partnershipplans.portal.shared.Numbering;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.Writes;

/**
 * A new plan started from the previous one, for the refresh module: what would be copied (the plan's partners, key
 * themes, principles, strategic and operational objectives, the frameworks it works towards, its sections, and the
 * indicators its latest year reports), and the copy itself, made in the caller's transaction: a draft plan with copies
 * of those parts and its first year, which reports the same indicators (the same records, so that their figures run on
 * across plans). Priorities, actions and the links of indicators to priorities belong to a year and are not copied.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class PlanCopies {

    private final PlanReadQueries queries;
    private final PlanRepository plans;
    private final PlanYearRepository years;
    private final PlanYearIndicatorRepository reportedIndicators;
    private final PartnerDirectory partnerDirectory;

    /** The kinds of record copied. Frameworks are not copied but worked towards again: the same records. */
    public enum Kind {
        PARTNER, THEME, PRINCIPLE, STRATEGIC_OBJECTIVE, OPERATIONAL_OBJECTIVE, FRAMEWORK, SECTION, INDICATOR
    }

    /** A plan and what a new plan started from it would copy. {@code latestYear} is null for a plan without years. */
    public record PlanToCopy(Long id, Long partnershipId, String title, int startYear, int endYear, String period,
            String vision, YearToCopy latestYear, List<PartnerToCopy> partners, List<PartToCopy> themes,
            List<PartToCopy> principles, List<ObjectiveToCopy> objectives, List<PartToCopy> frameworks,
            List<PartToCopy> sections, List<IndicatorToCopy> indicators) {
    }

    public record YearToCopy(Long id, String label, LocalDate startDate, LocalDate endDate) {
    }

    /** A partner as the plan names it: its organisation's name, its category and the words the plan adds (or null). */
    public record PartnerToCopy(Long id, String name, PartnerCategory category, String qualifier) {
    }

    /** A numbered part (a theme, a principle, a section), or a framework (number null). */
    public record PartToCopy(Long id, String number, String title) {
    }

    public record ObjectiveToCopy(Long id, String number, String title, List<PartToCopy> operational) {
    }

    /**
     * An indicator the latest year reports, with how it reports it ({@code category}: KEY_OUTCOME or SUPPLEMENTARY) and
     * how many of the year's priorities it measures (links that are not copied).
     */
    public record IndicatorToCopy(Long id, String code, String name, String category, boolean newIndicator,
            boolean inDevelopment, String alsoReportedIn, long prioritiesMeasured) {
    }

    /** The new plan and its first year, as typed. */
    public record NewPlan(String title, int startYear, int endYear, String vision, String yearLabel,
            LocalDate yearStart, LocalDate yearEnd) {
    }

    /** One record copied: {@code fromId} in the previous plan, {@code toId} in the new (the same for an indicator). */
    public record Copied(Kind kind, Long fromId, Long toId, String words) {
    }

    /** The plan made, its first year, the year it was started from, and each record copied, in the summary's order. */
    public record Made(Long planId, Long yearId, Long fromYearId, List<Copied> copied) {
    }

    /** The plan with what a new plan would copy, in a fixed number of queries; empty when there is no such plan. */
    @Transactional(readOnly = true)
    public Optional<PlanToCopy> toCopy(Long planId) {
        return queries.plan(planId).map(this::toCopy);
    }

    /** The title of the partnership's plan of that title (whatever its case), if there is one. */
    @Transactional(readOnly = true)
    public Optional<String> planTitled(Long partnershipId, String title) {
        return plans.findFirstByPartnershipIdAndTitleIgnoreCase(partnershipId, title).map(Plan::getTitle);
    }

    /**
     * Makes the new plan (a draft) from the previous one, with its first year (a draft), in the caller's transaction.
     * The caller has checked what was typed; a plan of the same title saved meanwhile is refused on "title".
     */
    public Made copy(Long previousPlanId, NewPlan typed) {
        Plan previous = plans.findById(previousPlanId).orElseThrow();
        PlanToCopy source = toCopy(previous);
        Plan plan = new Plan(previous.getPartnershipId(), typed.title(), typed.startYear(), typed.endYear(), typed.vision(),
                PlanStatus.DRAFT);
        List<Runnable> afterSave = new ArrayList<>();
        List<Copied> copied = new ArrayList<>();
        Map<Long, PartnerToCopy> partnerNames = source.partners().stream()
                .collect(Collectors.toMap(PartnerToCopy::id, Function.identity()));
        for (PlanPartner partner : queries.partners(previousPlanId)) {
            PlanPartner copy = new PlanPartner(plan, partner.getOrganisationId(), partner.getCategory(), partner.getQualifier());
            plan.getPartners().add(copy);
            PartnerToCopy named = partnerNames.get(partner.getId());
            afterSave.add(() -> copied.add(new Copied(Kind.PARTNER, partner.getId(), copy.getId(), named.name())));
        }
        for (KeyTheme theme : queries.themes(previousPlanId)) {
            KeyTheme copy = new KeyTheme(plan, theme.getNumber(), theme.getTitle(), theme.getDescription());
            plan.getThemes().add(copy);
            afterSave.add(() -> copied.add(new Copied(Kind.THEME, theme.getId(), copy.getId(), theme.getTitle())));
        }
        for (Principle principle : queries.principles(previousPlanId)) {
            Principle copy = new Principle(plan, principle.getNumber(), principle.getTitle(), principle.getDescription());
            plan.getPrinciples().add(copy);
            afterSave.add(() -> copied.add(new Copied(Kind.PRINCIPLE, principle.getId(), copy.getId(), principle.getTitle())));
        }
        for (StrategicObjective objective : strategicObjectives(previousPlanId)) {
            StrategicObjective copy = new StrategicObjective(plan, objective.getNumber(), objective.getTitle(),
                    objective.getDescription());
            plan.getStrategicObjectives().add(copy);
            afterSave.add(() -> copied.add(new Copied(Kind.STRATEGIC_OBJECTIVE, objective.getId(), copy.getId(),
                    objective.getTitle())));
            for (OperationalObjective operational : objective.partsUnder()) {
                OperationalObjective operationalCopy = copy.addOperationalObjective(operational.getNumber(),
                        operational.getTitle(), operational.getDescription());
                afterSave.add(() -> copied.add(new Copied(Kind.OPERATIONAL_OBJECTIVE, operational.getId(),
                        operationalCopy.getId(), operational.getTitle())));
            }
        }
        List<ExternalFramework> frameworks = queries.frameworksOfPlan(previousPlanId).stream()
                .sorted(Comparator.comparing(ExternalFramework::getName)).toList();
        plan.workTowards(frameworks);
        frameworks.forEach(f -> afterSave.add(() -> copied.add(new Copied(Kind.FRAMEWORK, f.getId(), f.getId(), f.getName()))));
        for (PlanSection section : queries.planSections(previousPlanId)) {
            PlanSection copy = new PlanSection(plan, section.getNumber(), section.getTitle(), section.getDescription());
            plan.getSections().add(copy);
            afterSave.add(() -> copied.add(new Copied(Kind.SECTION, section.getId(), copy.getId(), section.getTitle())));
        }
        Writes.flushed(() -> plans.saveAndFlush(plan), Map.of(
                "uk_plan_title", new Problem("title", "admin.plan.title.taken", plan.getTitle(), plan.period())));
        afterSave.forEach(Runnable::run);

        YearToCopy from = source.latestYear();
        PlanYear year = years.saveAndFlush(new PlanYear(plan, typed.yearLabel(), typed.yearStart(), typed.yearEnd(),
                from == null ? null : from.label()));
        if (from != null) {
            for (PlanYearIndicator reported : reportedIndicators.findWithIndicatorByPlanYearId(from.id())) {
                reportedIndicators.save(new PlanYearIndicator(year, reported.getIndicator(), reported.getCategory(),
                        reported.isNewIndicator(), reported.isInDevelopment(), reported.getAlsoReportedIn(),
                        reported.getPosition()));
                copied.add(new Copied(Kind.INDICATOR, reported.getIndicator().getId(), reported.getIndicator().getId(),
                        reported.getIndicator().getName()));
            }
            reportedIndicators.flush();
        }
        return new Made(plan.getId(), year.getId(), from == null ? null : from.id(), List.copyOf(copied));
    }

    private PlanToCopy toCopy(Plan plan) {
        Long planId = plan.getId();
        List<PlanYear> planYears = queries.yearsOfPlan(planId);
        PlanYear latest = planYears.isEmpty() ? null : planYears.get(planYears.size() - 1);
        List<PlanPartner> partners = queries.partners(planId);
        Map<Long, OrganisationSummary> organisations = partners.isEmpty() ? Map.of()
                : partnerDirectory.organisations(partners.stream().map(PlanPartner::getOrganisationId).toList()).stream()
                        .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        List<PartnerToCopy> partnersToCopy = partners.stream()
                .map(p -> new PartnerToCopy(p.getId(), organisations.get(p.getOrganisationId()).name(), p.getCategory(),
                        p.getQualifier()))
                .sorted(Comparator.comparing((PartnerToCopy p) -> p.category().ordinal())
                        .thenComparing(p -> p.name().toLowerCase(Locale.UK)))
                .toList();
        List<ObjectiveToCopy> objectives = strategicObjectives(planId).stream()
                .map(o -> new ObjectiveToCopy(o.getId(), o.getNumber(), o.getTitle(),
                        o.partsUnder().stream().map(u -> new PartToCopy(u.getId(), u.getNumber(), u.getTitle())).toList()))
                .toList();
        List<IndicatorToCopy> indicators = List.of();
        if (latest != null) {
            Map<Long, Long> measured = queries.indicatorPriorities(latest.getId()).stream()
                    .collect(Collectors.groupingBy(PlanReadQueries.Pair::fromId, Collectors.counting()));
            indicators = queries.indicatorsOfYear(latest.getId()).stream()
                    .map(u -> new IndicatorToCopy(u.getIndicator().getId(), u.getIndicator().getCode(),
                            u.getIndicator().getName(), u.getCategory() == null ? null : u.getCategory().name(),
                            u.isNewIndicator(), u.isInDevelopment(), u.getAlsoReportedIn(),
                            measured.getOrDefault(u.getIndicator().getId(), 0L)))
                    .toList();
        }
        return new PlanToCopy(planId, plan.getPartnershipId(), plan.getTitle(), plan.getStartYear(), plan.getEndYear(),
                plan.period(), plan.getVision(),
                latest == null ? null : new YearToCopy(latest.getId(), latest.getLabel(), latest.getStartDate(), latest.getEndDate()),
                partnersToCopy,
                queries.themes(planId).stream().map(t -> new PartToCopy(t.getId(), t.numberText(), t.getTitle())).toList(),
                queries.principles(planId).stream().map(t -> new PartToCopy(t.getId(), t.numberText(), t.getTitle())).toList(),
                objectives,
                queries.frameworksOfPlan(planId).stream().sorted(Comparator.comparing(ExternalFramework::getName))
                        .map(f -> new PartToCopy(f.getId(), null, f.getName())).toList(),
                queries.planSections(planId).stream().map(s -> new PartToCopy(s.getId(), s.numberText(), s.getTitle())).toList(),
                indicators);
    }

    private List<StrategicObjective> strategicObjectives(Long planId) {
        return queries.objectives(planId).stream()
                .sorted(Comparator.comparing(StrategicObjective::getNumber, Numbering.ORDER)).toList();
    }
}
