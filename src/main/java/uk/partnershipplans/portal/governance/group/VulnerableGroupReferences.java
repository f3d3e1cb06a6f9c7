package uk.partnershipplans.portal.governance.group;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.PlanRecordReferences;
import uk.partnershipplans.portal.shared.Usage;

/** The vulnerable groups of a plan and those that name a priority, which are not deleted from under them. */
@Component
@RequiredArgsConstructor
class VulnerableGroupReferences implements PlanRecordReferences {

    private final VulnerableGroupRepository groups;

    @Override
    public List<Usage> ofPlan(Long planId) {
        return counted(groups.countByPlanId(planId));
    }

    /** A group belongs to the whole plan, not to a year. */
    @Override
    public List<Usage> ofYear(Long yearId) {
        return List.of();
    }

    @Override
    public List<Usage> ofPriority(Long priorityId) {
        return counted(groups.countNamingPriority(priorityId));
    }

    private static List<Usage> counted(long count) {
        return count == 0 ? List.of() : List.of(new Usage("group.usage", count));
    }
}
