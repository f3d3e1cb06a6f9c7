package uk.partnershipplans.portal.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.read.PlanReadQueries;

/**
 * A plan in outline for other modules: its title, its partnership and its years in order, each with its priorities in
 * the plan's order. Three queries, whatever the size of the plan.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class PlanOutlines {

    private final PlanReadQueries queries;

    public record PlanOutline(Long id, String title, Long partnershipId, List<YearOutline> years) {

        /** Every priority of every year, in the plan's order. */
        public List<PriorityFacts> priorities() {
            return years.stream().flatMap(year -> year.priorities().stream()).toList();
        }

        /** Every priority of every year with its year, in the plan's order, for lists that name the year. */
        public List<PriorityInYear> prioritiesInYears() {
            return years.stream().flatMap(year -> year.priorities().stream()
                    .map(p -> new PriorityInYear(p.id(), year.label(), p.number(), p.title()))).toList();
        }

        /** The year with this id, if it is one of the plan's. */
        public Optional<YearOutline> year(Long yearId) {
            return years.stream().filter(year -> year.id().equals(yearId)).findFirst();
        }
    }

    public record YearOutline(Long id, String label, List<PriorityFacts> priorities) {
    }

    /** A priority with the label of its year ("2013-14"), as a list of priorities of several years names it. */
    public record PriorityInYear(Long id, String yearLabel, String number, String title) {
    }

    /** The first plan with this title in outline (for the demo data, whose plans are found by their titles). */
    public Optional<PlanOutline> titled(String title) {
        return queries.plans().stream().filter(plan -> plan.getTitle().equals(title)).findFirst()
                .flatMap(plan -> of(plan.getId()));
    }

    /** The plan in outline; empty when there is no such plan. */
    public Optional<PlanOutline> of(Long planId) {
        return queries.plan(planId).map(plan -> {
            Map<Long, List<PriorityFacts>> priorities = queries.prioritiesOfPlan(planId).stream()
                    .collect(Collectors.groupingBy(p -> p.getPlanYear().getId(),
                            Collectors.mapping(p -> new PriorityFacts(p.getId(), p.getNumber(), p.getTitle()),
                                    Collectors.toList())));
            List<YearOutline> years = queries.yearsOfPlan(planId).stream()
                    .map(y -> new YearOutline(y.getId(), y.getLabel(), List.copyOf(priorities.getOrDefault(y.getId(), List.of()))))
                    .toList();
            return new PlanOutline(plan.getId(), plan.getTitle(), plan.getPartnershipId(), years);
        });
    }
}
