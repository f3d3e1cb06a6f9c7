package uk.partnershipplans.portal.governance.risk;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.PlanRecordReferences;
import uk.partnershipplans.portal.shared.Usage;

/** The risks that name a plan, a year or a priority, which are not deleted from under them. */
@Component
@RequiredArgsConstructor
class RiskReferences implements PlanRecordReferences {

    private final RiskRepository risks;

    @Override
    public List<Usage> ofPlan(Long planId) {
        return counted(risks.countByPlanId(planId));
    }

    @Override
    public List<Usage> ofYear(Long yearId) {
        return counted(risks.countByPlanYearId(yearId));
    }

    @Override
    public List<Usage> ofPriority(Long priorityId) {
        return counted(risks.countNamingPriority(priorityId));
    }

    private static List<Usage> counted(long count) {
        return count == 0 ? List.of() : List.of(new Usage("risk.usage", count));
    }
}
