package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.shared.DeletePage.text;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.PriorityRepository;
import uk.partnershipplans.portal.plan.model.StrategicObjective;
import uk.partnershipplans.portal.plan.model.StrategicObjectiveRepository;
import uk.partnershipplans.portal.shared.Numbering;
import uk.partnershipplans.portal.shared.Usage;

/**
 * Strategic objectives: numbered "1", "2" ... in their plan (letters allowed, case ignored), each with operational
 * objectives under it. One that priorities sit under, through its operational objectives, is not deleted.
 */
@Component
@Order(1)
class StrategicObjectivePart extends ObjectiveKind<StrategicObjective> {

    private final StrategicObjectiveRepository objectives;
    private final PriorityRepository priorities;

    StrategicObjectivePart(StrategicObjectiveRepository objectives, PriorityRepository priorities) {
        super("strategic-objectives", "strategic-objective", "objectives", null, "uk_strategic_objective_number",
                objectives);
        this.objectives = objectives;
        this.priorities = priorities;
    }

    @Override
    Optional<StrategicObjective> sameNumber(Long planId, ObjectiveForm form) {
        return objectives.findFirstByPlanIdAndNumberIgnoreCase(planId, form.numberText());
    }

    @Override
    StrategicObjective add(Place place, ObjectiveForm form) {
        StrategicObjective objective = new StrategicObjective(place.plan(), form.numberText(), title(form), description(form));
        place.plan().getStrategicObjectives().add(objective);
        return objective;
    }

    @Override
    void detach(StrategicObjective objective) {
        objective.getPlan().getStrategicObjectives().remove(objective);
    }

    /** With their operational objectives, in one query. */
    @Override
    List<StrategicObjective> inPlan(Plan plan) {
        return objectives.findWithOperationalByPlanId(plan.getId()).stream()
                .sorted(Comparator.comparing(StrategicObjective::getNumber, Numbering.ORDER)).toList();
    }

    @Override
    List<Usage> uses(StrategicObjective objective) {
        return List.of(new Usage("admin.usage.priorities-under-operational",
                priorities.countByOperationalObjectiveStrategicObjectiveId(objective.getId())));
    }

    @Override
    MessageSourceResolvable deleteConsequence() {
        return text("admin.strategic-objective.delete.consequence");
    }
}
