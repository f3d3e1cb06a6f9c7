package uk.partnershipplans.portal.plan;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.PartnerDirectory.PartnershipSummary;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.PlanStatus;
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
