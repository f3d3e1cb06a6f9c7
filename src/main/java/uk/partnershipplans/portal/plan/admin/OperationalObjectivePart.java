package uk.partnershipplans.portal.plan.admin;

import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.model.OperationalObjective;
import uk.partnershipplans.portal.plan.model.OperationalObjectiveRepository;
import uk.partnershipplans.portal.plan.model.PriorityRepository;
import uk.partnershipplans.portal.plan.model.StrategicObjective;
import uk.partnershipplans.portal.shared.Usage;

/**
 * Operational objectives, under a strategic objective: numbered "1.1", "1.2" ... and unique across the whole plan, so
 * that "1.1" names one objective. One that priorities sit under is not deleted.
 */
@Component
@Order(4)
class OperationalObjectivePart extends ObjectiveKind<OperationalObjective> {

    private final OperationalObjectiveRepository objectives;
    private final PriorityRepository priorities;

    OperationalObjectivePart(StrategicObjectivePart strategicObjectives, OperationalObjectiveRepository objectives,
            PriorityRepository priorities) {
        super("operational-objectives", "operational-objective", "objectives", strategicObjectives,
                "uk_operational_objective_number", objectives);
        this.objectives = objectives;
        this.priorities = priorities;
    }

    /** Starts the number with the strategic objective's, as most plans number them. */
    @Override
    ObjectiveForm newForm(Place place) {
        ObjectiveForm form = blankForm();
        form.setNumber(place.parent().numberText() + ".");
        return form;
    }

    @Override
    Optional<OperationalObjective> sameNumber(Long planId, ObjectiveForm form) {
        return objectives.findFirstByStrategicObjectivePlanIdAndNumberIgnoreCase(planId, form.numberText());
    }

    @Override
    OperationalObjective add(Place place, ObjectiveForm form) {
        StrategicObjective parent = (StrategicObjective) place.parent();
        return parent.addOperationalObjective(form.numberText(), title(form), description(form));
    }

    @Override
    void detach(OperationalObjective objective) {
        objective.getStrategicObjective().getOperationalObjectives().remove(objective);
    }

    @Override
    Place placeOf(OperationalObjective objective) {
        return new Place(objective.getPlan(), objective.getStrategicObjective());
    }

    @Override
    List<Usage> uses(OperationalObjective objective) {
        return List.of(new Usage("admin.usage.priorities-under", priorities.countByOperationalObjectiveId(objective.getId())));
    }
}
