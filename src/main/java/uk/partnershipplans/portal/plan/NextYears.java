package uk.partnershipplans.portal.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.model.Milestone;
import uk.partnershipplans.portal.plan.model.MilestoneRepository;
import uk.partnershipplans.portal.plan.model.PlanAction;
import uk.partnershipplans.portal.plan.model.PlanActionRepository;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.PlanYearRepository;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.plan.model.PriorityLink;
import uk.partnershipplans.portal.plan.model.PriorityRepository;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorPriority;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorPriorityRepository;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicator;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicatorRepository;
import uk.partnershipplans.portal.plan.read.PlanReadQueries;

/**
 * Starting the next year of a plan from one of its years, for the refresh module: what it needs to read of the year
 * that {@link PlanFacts} does not give (the plan's span, the labels of its years, each priority's narrative), and the
 * copy itself, done as the refresh decided it. The copy decides nothing: which priorities, actions and milestones go
 * forward, and with what words, is the caller's; the year's indicators always go forward as the same indicators.
 */
@Service
@RequiredArgsConstructor
public class NextYears {

    private final PlanReadQueries queries;
    private final PlanYearRepository years;
    private final PriorityRepository priorities;
    private final PlanActionRepository actions;
    private final MilestoneRepository milestones;
    private final PlanYearIndicatorRepository yearIndicators;
    private final IndicatorPriorityRepository indicatorPriorities;

    /** A year with its plan, as a page names it. */
    public record YearName(Long id, String label, Long planId, String planTitle, int planStartYear, int planEndYear,
            LocalDate startDate, LocalDate endDate) {
    }

    /** One part of a priority's narrative. */
    public record Section(String heading, String body) {
    }

    /** The year to start from: its name, the labels of its plan's years, and each priority's narrative by priority id. */
    public record Source(YearName year, List<String> planYearLabels, Map<Long, List<Section>> sections) {
    }

    /**
     * The year to start. {@code priorities} in the new year's order; {@code actions} the actions to carry forward, in
     * order; {@code milestones} the milestones to carry forward.
     */
    public record NextYear(Long fromYearId, String label, LocalDate startDate, LocalDate endDate,
            List<NewPriority> priorities, List<CarriedAction> actions, List<CarriedMilestone> milestones) {
    }

    /**
     * A priority of the new year: a copy of {@code fromPriorityId} (its lead, links and operational objective, with the
     * sections given), or a new one when that is null.
     */
    public record NewPriority(Long fromPriorityId, String number, String title, List<Section> sections) {
    }

    /** An action carried forward, serving the copies of {@code fromPriorityIds} (each a priority carried forward). */
    public record CarriedAction(Long actionId, List<Long> fromPriorityIds) {
    }

    /** A milestone carried forward to the copy of {@code fromPriorityId}, with the copy of its action if it goes too. */
    public record CarriedMilestone(Long milestoneId, Long fromPriorityId) {
    }

    /**
     * The year started: its id, its priorities' ids in the order given, and the new id of each action, milestone and
     * indicator use (by the old id; indicators by the indicator's id, which stays the same).
     */
    public record Started(Long yearId, List<Long> priorityIds, Map<Long, Long> actionIds, Map<Long, Long> milestoneIds) {
    }

    /** The year with its plan; empty when there is no such year. One query. */
    @Transactional(readOnly = true)
    public Optional<YearName> name(Long yearId) {
        return queries.planYear(yearId).map(NextYears::name);
    }

    /** What starting the next year from this one needs to read; empty when there is no such year. Three queries. */
    @Transactional(readOnly = true)
    public Optional<Source> source(Long yearId) {
        return queries.planYear(yearId).map(year -> {
            Map<Long, List<Section>> sections = queries.prioritySectionsOfYear(yearId).stream()
                    .collect(Collectors.groupingBy(s -> s.getPriority().getId(), LinkedHashMap::new,
                            Collectors.mapping(s -> new Section(s.getHeading(), s.getBody()), Collectors.toList())));
            List<String> labels = years.findByPlanIdOrderByStartDate(year.getPlan().getId()).stream()
                    .map(PlanYear::getLabel).toList();
            return new Source(name(year), labels, sections);
        });
    }

    /** Starts the year as {@code next} says, in the caller's transaction: nothing is written if any part fails. */
    @Transactional
    public Started start(NextYear next) {
        PlanYear from = queries.planYear(next.fromYearId()).orElseThrow();
        PlanYear year = years.save(new PlanYear(from.getPlan(), next.label(), next.startDate(), next.endDate(),
                from.getLabel()));
        Map<Long, Priority> oldPriorities = priorities.findWithObjectiveByPlanYearId(from.getId()).stream()
                .collect(Collectors.toMap(Priority::getId, Function.identity()));
        Map<Long, Priority> copies = new HashMap<>();
        List<Long> priorityIds = new ArrayList<>();
        int position = 0;
        for (NewPriority wanted : next.priorities()) {
            Priority old = wanted.fromPriorityId() == null ? null : oldPriorities.get(wanted.fromPriorityId());
            Priority priority = new Priority(year, wanted.number(), wanted.title(),
                    old == null ? null : old.getLeadResponsibility(), ++position);
            if (old != null) {
                priority.revise(wanted.number(), wanted.title(), old.getLeadResponsibility(), old.getOperationalObjective());
                old.getLinks().stream().sorted(Comparator.comparingInt(PriorityLink::getPosition))
                        .forEach(link -> priority.addLink(link.getTitle(), link.getUrl()));
            }
            wanted.sections().forEach(section -> priority.addSection(section.heading(), section.body()));
            priorities.save(priority);
            priorityIds.add(priority.getId());
            if (old != null) {
                copies.put(old.getId(), priority);
            }
        }
        Map<Long, PlanAction> oldActions = actions.findByPlanYearIdOrderByPosition(from.getId()).stream()
                .collect(Collectors.toMap(PlanAction::getId, Function.identity()));
        Map<Long, PlanAction> actionCopies = new LinkedHashMap<>();
        position = 0;
        for (CarriedAction carried : next.actions()) {
            PlanAction old = oldActions.get(carried.actionId());
            PlanAction action = new PlanAction(year, old.getNumber(), old.getText(), old.getTargetWording(),
                    old.getTargetDate(), old.getLead(), ++position);
            carried.fromPriorityIds().stream().map(copies::get).forEach(action.getPriorities()::add);
            action.getAmbitions().addAll(old.getAmbitions());
            actionCopies.put(old.getId(), actions.save(action));
        }
        Map<Long, Long> milestoneIds = new LinkedHashMap<>();
        Map<Long, Integer> positions = new HashMap<>();
        List<Milestone> oldMilestones = milestones.findAllById(
                next.milestones().stream().map(CarriedMilestone::milestoneId).toList());
        Map<Long, Milestone> byId = oldMilestones.stream().collect(Collectors.toMap(Milestone::getId, Function.identity()));
        for (CarriedMilestone carried : next.milestones()) {
            Milestone old = byId.get(carried.milestoneId());
            Priority priority = copies.get(carried.fromPriorityId());
            int at = positions.merge(carried.fromPriorityId(), 1, Integer::sum);
            Milestone milestone = new Milestone(priority,
                    old.getAction() == null ? null : actionCopies.get(old.getAction().getId()), at, old.getText(),
                    old.getDueWording(), old.getDueDate());
            if (old.getCompletedOn() != null) {
                milestone.complete(old.getCompletedOn());
            }
            milestoneIds.put(old.getId(), milestones.save(milestone).getId());
        }
        List<PlanYearIndicator> uses = yearIndicators.findWithIndicatorByPlanYearId(from.getId());
        uses.forEach(use -> yearIndicators.save(new PlanYearIndicator(year, use.getIndicator(), use.getCategory(),
                use.isNewIndicator(), use.isInDevelopment(), use.getAlsoReportedIn(), use.getPosition())));
        List<IndicatorPriority> measures = copies.isEmpty() ? List.of()
                : indicatorPriorities.findByPriorityIdIn(copies.keySet());
        measures.forEach(m -> indicatorPriorities.save(
                new IndicatorPriority(m.getIndicator(), copies.get(m.getPriority().getId()), m.isPrimary())));
        Map<Long, Long> actionIds = new LinkedHashMap<>();
        actionCopies.forEach((oldId, copy) -> actionIds.put(oldId, copy.getId()));
        return new Started(year.getId(), priorityIds, actionIds, milestoneIds);
    }

    private static YearName name(PlanYear year) {
        return new YearName(year.getId(), year.getLabel(), year.getPlan().getId(), year.getPlan().getTitle(),
                year.getPlan().getStartYear(), year.getPlan().getEndYear(), year.getStartDate(), year.getEndDate());
    }
}
