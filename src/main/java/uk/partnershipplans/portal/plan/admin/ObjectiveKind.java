package uk.partnershipplans.portal.plan.admin;

import org.springframework.data.jpa.repository.JpaRepository;
import uk.partnershipplans.portal.plan.model.Objective;

/**
 * Strategic and operational objectives: numbered as the plan prints them, letters allowed, both through the
 * {@link ObjectiveForm}. A subclass says where its objectives sit and what stops one being deleted.
 *
 * @param <P> the entity
 */
abstract class ObjectiveKind<P extends Objective> extends NumberedPart<P, ObjectiveForm> {

    ObjectiveKind(String segment, String key, String section, NumberedPart<?, ?> parent, String numberConstraint,
            JpaRepository<P, Long> objectives) {
        super(segment, key, section, parent, numberConstraint, ObjectiveForm.class, objectives);
    }

    @Override
    ObjectiveForm blankForm() {
        return new ObjectiveForm();
    }

    @Override
    ObjectiveForm form(P objective) {
        return ObjectiveForm.of(objective.getNumber(), objective.getTitle(), objective.getDescription(), objective.getVersion());
    }

    @Override
    void revise(P objective, ObjectiveForm form) {
        objective.revise(form.numberText(), title(form), description(form));
    }
}
