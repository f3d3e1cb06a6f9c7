package uk.partnershipplans.portal.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.PartnerDirectory.PartnershipSummary;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.read.PlanReadQueries;
import uk.partnershipplans.portal.shared.Reaches;

/** The partnerships with their plans and plan years, for the list of plans (also on the board's home page). */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class PlanCatalogue {

    private final PlanReadQueries queries;
    private final PartnerDirectory partnerDirectory;
    private final Reaches reaches;

    public record PartnershipPlans(Long id, String name, List<PlanSummary> plans) {
    }

    public record PlanSummary(Long id, String title, String period, PlanStatus status, List<YearSummary> years) {
    }

    public record YearSummary(Long id, String label) {
    }

    /** A plan as the records kept beside it name it: its title, its partnership and its years in order. */
    public record PlanOutline(Long id, String title, Long partnershipId, List<YearSummary> years) {

        /** The year of the plan, or empty when it is not one of its years (or null). */
        public Optional<YearSummary> year(Long yearId) {
            return years.stream().filter(year -> year.id().equals(yearId)).findFirst();
        }
    }

    /** The partnership's plan of that title (as the demo data names it), with its years; empty when it has none. */
    public Optional<PlanOutline> outlineNamed(Long partnershipId, String title) {
        return queries.plans().stream()
                .filter(plan -> plan.getPartnershipId().equals(partnershipId) && plan.getTitle().equals(title))
                .findFirst().flatMap(plan -> outline(plan.getId()));
    }

    /** The plan with its years, in two queries; empty when there is no such plan. */
    public Optional<PlanOutline> outline(Long planId) {
        return queries.plan(planId).map(plan -> new PlanOutline(plan.getId(), plan.getTitle(), plan.getPartnershipId(),
                queries.yearsOfPlan(planId).stream().map(y -> new YearSummary(y.getId(), y.getLabel())).toList()));
    }

    /**
     * The partnerships in the person's reach by name, each with its plans (latest first) and their years in order: three
     * queries in all.
     */
    public List<PartnershipPlans> partnershipsWithPlans() {
        Map<Long, List<YearSummary>> yearsByPlan = queries.planYears().stream()
                .collect(Collectors.groupingBy(y -> y.getPlan().getId(),
                        Collectors.mapping(y -> new YearSummary(y.getId(), y.getLabel()), Collectors.toList())));
        Map<Long, List<PlanSummary>> plansByPartnership = queries.plans().stream()
                .collect(Collectors.groupingBy(Plan::getPartnershipId, Collectors.mapping(
                        p -> new PlanSummary(p.getId(), p.getTitle(), p.period(), p.getStatus(),
                                List.copyOf(yearsByPlan.getOrDefault(p.getId(), List.of()))),
                        Collectors.toList())));
        return reaches.current().filter(partnerDirectory.partnerships(), PartnershipSummary::id).stream()
                .map(p -> new PartnershipPlans(p.id(), p.name(), List.copyOf(plansByPartnership.getOrDefault(p.id(), List.of()))))
                .toList();
    }
}
