package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.shared.Forms.optional;

import java.util.List;
import java.util.Optional;
import lombok.Getter;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.PlanPart;
import uk.partnershipplans.portal.shared.Usage;

/**
 * One kind of numbered part of a plan: everything that differs between key themes, cross-cutting principles, strategic
 * objectives and operational objectives, so that one service ({@link NumberedParts}), one controller
 * ({@link NumberedPartsController}) and one form template serve them all. A new kind is one more subclass (and its
 * URL segment in the controller's pattern, which the controller checks when it starts).
 * <p>
 * The message keys follow the kind's {@code key}: {@code admin.{key}.add}, {@code .edit}, {@code .named},
 * {@code .thing}, {@code .number.hint}, {@code .number.taken}, and where parts can be refused deletion
 * {@code .delete.refused}; a kind with parts under it adds {@code admin.{key of those}.caption} and {@code .add-to}.
 *
 * @param <P> the entity
 * @param <F> its form
 */
@Getter
abstract class NumberedPart<P extends PlanPart, F extends PartForm> {

    /** Where a new part goes: the plan, and the part it sits under (null when it sits directly in the plan). */
    record Place(Plan plan, PlanPart parent) {
    }

    /** In the URLs: /admin/{segment}/{id}/edit, and /admin/{parent segment}/{parent id}/{segment}/new. */
    private final String segment;

    /** The middle of the kind's message keys: admin.{key}.add and so on. */
    private final String key;

    /** The section of the plan's admin page that lists the parts (the fragment after the # of its address). */
    private final String section;

    /** The kind whose parts these sit under, or null when they sit directly in a plan. */
    private final NumberedPart<?, ?> parent;

    /** The database's unique constraint on the number, for two saves of one number at the same moment. */
    private final String numberConstraint;

    @Getter(lombok.AccessLevel.NONE)
    private final Class<F> formType;

    @Getter(lombok.AccessLevel.PACKAGE)
    private final JpaRepository<P, Long> repository;

    NumberedPart(String segment, String key, String section, NumberedPart<?, ?> parent, String numberConstraint,
            Class<F> formType, JpaRepository<P, Long> repository) {
        this.segment = segment;
        this.key = key;
        this.section = section;
        this.parent = parent;
        this.numberConstraint = numberConstraint;
        this.formType = formType;
        this.repository = repository;
    }

    /** The first segment of the address of a new part's form: "plans", or the segment of the kind above. */
    public String getParentSegment() {
        return parent == null ? "plans" : parent.getSegment();
    }

    /** The form bound from a request: a part's form is always of its kind's form class, made by {@link #blankForm()}. */
    final F typed(PartForm form) {
        return formType.cast(form);
    }

    /** An empty form, for the request to fill in. */
    abstract F blankForm();

    /** The form for a new part at {@code place}. */
    F newForm(Place place) {
        return blankForm();
    }

    /** The form for changing a saved part, with its version. */
    abstract F form(P part);

    /** The part of this kind in the plan that already has the form's number, if any. */
    abstract Optional<P> sameNumber(Long planId, F form);

    /** A new part at {@code place}, added to the list it belongs to. */
    abstract P add(Place place, F form);

    /** Gives the part what the form says. */
    abstract void revise(P part, F form);

    /** Takes the part out of the list it belongs to, before it is deleted. */
    abstract void detach(P part);

    /** The parts of this kind directly in the plan, in number order; none for parts that sit under other parts. */
    List<P> inPlan(Plan plan) {
        return List.of();
    }

    /** Where the part sits. */
    Place placeOf(P part) {
        return new Place(part.getPlan(), null);
    }

    /** What uses the part, counted; anything counted stops it being deleted. */
    List<Usage> uses(P part) {
        return List.of();
    }

    /** What the delete page says goes with the part, or null. */
    MessageSourceResolvable deleteConsequence() {
        return null;
    }

    /** The title as saved: without surrounding spaces. */
    static String title(PartForm form) {
        return form.getTitle().strip();
    }

    /** The description as saved: null when none was typed. */
    static String description(PartForm form) {
        return optional(form.getDescription());
    }
}
