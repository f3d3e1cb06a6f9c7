package uk.partnershipplans.portal.governance.group;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.PlanFacts;
import uk.partnershipplans.portal.plan.PlanFacts.Measures;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.plan.PlanOutlines.PlanOutline;
import uk.partnershipplans.portal.plan.PlanOutlines.PriorityInYear;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * A plan's vulnerable groups as their pages show them, and for one group the actions and indicators of the plan that
 * serve it: those of the priorities linked to it, year by year (read through {@link PlanFacts}).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class VulnerableGroups {

    private final VulnerableGroupRepository groups;
    private final VulnerableGroupAdmin admin;
    private final PlanFacts facts;

    record GroupRow(Long id, String name, Narrative definition, List<PriorityInYear> priorities) {
    }

    record PlanGroups(PlanOutline plan, List<GroupRow> groups) {
    }

    /** An action or indicator of a year, with the group's priorities it serves. */
    record Work(Long id, String number, String text, String when, String lead, List<PriorityFacts> priorities) {
    }

    record YearWork(Long id, String label, List<Work> actions, List<Work> indicators) {
    }

    record OneGroup(PlanOutline plan, GroupRow group, List<YearWork> years) {
    }

    /** The plan's groups by name: two queries beside the plan's outline. */
    PlanGroups ofPlan(Long planId) {
        PlanOutline plan = admin.plan(planId);
        return new PlanGroups(plan, groups.findByPlanIdOrderByNameAscIdAsc(planId).stream().map(row(plan)).toList());
    }

    /** The group, and each year of the plan that has priorities linked to it with their actions and indicators. */
    OneGroup group(Long id) {
        VulnerableGroup group = admin.group(id);
        PlanOutline plan = admin.plan(group.getPlanId());
        GroupRow row = row(plan).apply(group);
        Set<Long> linked = group.getPriorityIds();
        List<YearWork> years = plan.years().stream()
                .filter(year -> year.priorities().stream().anyMatch(p -> linked.contains(p.id())))
                .flatMap(year -> facts.year(year.id()).stream())
                .map(year -> work(year, linked))
                .toList();
        return new OneGroup(plan, row, years);
    }

    private static YearWork work(YearFacts year, Set<Long> linked) {
        Map<Long, PriorityFacts> priorities = year.priorities().stream()
                .collect(Collectors.toMap(PriorityFacts::id, Function.identity()));
        List<Work> actions = year.actions().stream()
                .map(a -> new Work(a.id(), a.number(), a.text(), a.targetWording(), a.lead(),
                        served(a.priorityIds(), linked, priorities)))
                .filter(work -> !work.priorities().isEmpty())
                .toList();
        List<Work> indicators = year.indicators().stream()
                .map(i -> new Work(i.id(), i.code(), i.name(), null, null,
                        served(i.measures().stream().map(Measures::priorityId).distinct().toList(), linked, priorities)))
                .filter(work -> !work.priorities().isEmpty())
                .toList();
        return new YearWork(year.id(), year.label(), actions, indicators);
    }

    private static List<PriorityFacts> served(List<Long> priorityIds, Set<Long> linked,
            Map<Long, PriorityFacts> priorities) {
        return priorityIds.stream().filter(linked::contains).map(priorities::get).filter(p -> p != null).toList();
    }

    private static Function<VulnerableGroup, GroupRow> row(PlanOutline plan) {
        List<PriorityInYear> order = plan.prioritiesInYears();
        return group -> new GroupRow(group.getId(), group.getName(), Narrative.parse(group.getDefinition()),
                order.stream().filter(p -> group.getPriorityIds().contains(p.id())).toList());
    }
}
