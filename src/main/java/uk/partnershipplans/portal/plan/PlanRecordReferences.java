package uk.partnershipplans.portal.plan;

import java.util.List;
import uk.partnershipplans.portal.shared.Usage;

/**
 * Implemented by a module that keeps records naming a plan, one of its years or one of their priorities (governance
 * keeps risks and vulnerable groups), so that none is deleted from under them: the plan module asks each implementation
 * before deleting, without depending on it, and names what it found in its refusal ("2 risks").
 */
public interface PlanRecordReferences {

    /** What the module keeps of the plan, counted by kind; only kinds with a count above zero. */
    List<Usage> ofPlan(Long planId);

    /** What the module keeps of the plan year. */
    List<Usage> ofYear(Long yearId);

    /** What the module keeps of the priority. */
    List<Usage> ofPriority(Long priorityId);
}
