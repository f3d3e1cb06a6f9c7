package uk.partnershipplans.portal.plan.admin;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.PlanWidePart;
import uk.partnershipplans.portal.plan.model.PlanWidePartRepository;

/**
 * Key themes and cross-cutting principles: numbered 1, 2, 3 ... in their plan, kept in one of the plan's lists, and
 * nothing depends on them. A subclass names the kind, its list in the plan and how to make one.
 *
 * @param <P> the entity
 */
abstract class PlanWidePartKind<P extends PlanWidePart> extends NumberedPart<P, NumberedForm> {

    /** Makes a part of the kind in a plan. */
    interface Maker<P> {
        P make(Plan plan, int number, String title, String description);
    }

    private final PlanWidePartRepository<P> parts;
    private final Function<Plan, List<P>> listIn;
    private final Maker<P> maker;

    PlanWidePartKind(String segment, String key, String section, String numberConstraint,
            PlanWidePartRepository<P> parts, Function<Plan, List<P>> listIn, Maker<P> maker) {
        super(segment, key, section, null, numberConstraint, NumberedForm.class, parts);
        this.parts = parts;
        this.listIn = listIn;
        this.maker = maker;
    }

    @Override
    NumberedForm blankForm() {
        return new NumberedForm();
    }

    @Override
    NumberedForm form(P part) {
        return NumberedForm.of(part.getNumber(), part.getTitle(), part.getDescription(), part.getVersion());
    }

    @Override
    Optional<P> sameNumber(Long planId, NumberedForm form) {
        return parts.findByPlanIdAndNumber(planId, form.getNumber());
    }

    @Override
    P add(Place place, NumberedForm form) {
        P part = maker.make(place.plan(), form.getNumber(), title(form), description(form));
        listIn.apply(place.plan()).add(part);
        return part;
    }

    @Override
    void revise(P part, NumberedForm form) {
        part.revise(form.getNumber(), title(form), description(form));
    }

    @Override
    void detach(P part) {
        listIn.apply(part.getPlan()).remove(part);
    }

    @Override
    List<P> inPlan(Plan plan) {
        return List.copyOf(listIn.apply(plan));
    }
}
