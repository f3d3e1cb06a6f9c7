package uk.partnershipplans.portal.plan.admin;

import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.Principle;
import uk.partnershipplans.portal.plan.model.PrincipleRepository;

/** Cross-cutting principles: numbered 1, 2, 3 ... in their plan; nothing depends on them. */
@Component
@Order(3)
class PrinciplePart extends NumberedPart<Principle, NumberedForm> {

    private final PrincipleRepository principles;

    PrinciplePart(PrincipleRepository principles) {
        super("principles", "principle", "principles", null, "uk_principle_number", NumberedForm.class, principles);
        this.principles = principles;
    }

    @Override
    NumberedForm blankForm() {
        return new NumberedForm();
    }

    @Override
    NumberedForm form(Principle principle) {
        return NumberedForm.of(principle.getNumber(), principle.getTitle(), principle.getDescription(), principle.getVersion());
    }

    @Override
    Optional<Principle> sameNumber(Long planId, NumberedForm form) {
        return principles.findByPlanIdAndNumber(planId, form.getNumber());
    }

    @Override
    Principle add(Place place, NumberedForm form) {
        Principle principle = new Principle(place.plan(), form.getNumber(), title(form), description(form));
        place.plan().getPrinciples().add(principle);
        return principle;
    }

    @Override
    void revise(Principle principle, NumberedForm form) {
        principle.revise(form.getNumber(), title(form), description(form));
    }

    @Override
    void detach(Principle principle) {
        principle.getPlan().getPrinciples().remove(principle);
    }

    @Override
    List<Principle> inPlan(Plan plan) {
        return List.copyOf(plan.getPrinciples());
    }
}
