package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.plan.admin.PlanAdmin.refusal;
import static uk.partnershipplans.portal.plan.admin.PlanAdmin.uses;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.admin.NumberedPart.Place;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.PlanPart;
import uk.partnershipplans.portal.plan.model.PlanRepository;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Usage;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for keeping the numbered parts of a plan, the same for every kind ({@link NumberedPart}): a number is used
 * once in the plan, a stale save is refused, and nothing that priorities sit under is deleted.
 */
@Service
@Transactional
class NumberedParts {

    private final PlanRepository plans;
    private final List<NumberedPart<?, ?>> kinds;

    /** The kinds come in their {@code @Order}, which is the order of their sections on the plan's admin page. */
    NumberedParts(PlanRepository plans, List<NumberedPart<?, ?>> kinds) {
        this.plans = plans;
        this.kinds = List.copyOf(kinds);
    }

    /** The parts of one kind in a plan; {@code kindUnder} is the kind of the parts under each, or null. */
    record PartList(NumberedPart<?, ?> kind, List<? extends PlanPart> parts, NumberedPart<?, ?> kindUnder) {
    }

    List<NumberedPart<?, ?>> kinds() {
        return kinds;
    }

    /** The kind whose URL segment this is; not found for any other. */
    NumberedPart<?, ?> kind(String segment) {
        return kinds.stream().filter(kind -> kind.getSegment().equals(segment)).findFirst()
                .orElseThrow(PlanAdmin::notFound);
    }

    /** What a plan's admin page lists, kind by kind. Call inside the transaction that loaded the plan. */
    List<PartList> inPlan(Plan plan) {
        return kinds.stream().filter(kind -> kind.getParent() == null)
                .map(kind -> new PartList(kind, kind.inPlan(plan), kindUnder(kind)))
                .toList();
    }

    private NumberedPart<?, ?> kindUnder(NumberedPart<?, ?> kind) {
        return kinds.stream().filter(under -> under.getParent() == kind).findFirst().orElse(null);
    }

    @Transactional(readOnly = true)
    <P extends PlanPart> P part(NumberedPart<P, ?> kind, Long id) {
        P part = kind.getRepository().findById(id).orElseThrow(PlanAdmin::notFound);
        part.getPlan().getTitle(); // the part's pages name its plan, and the part it sits under
        return part;
    }

    @Transactional(readOnly = true)
    <P extends PlanPart> PartForm form(NumberedPart<P, ?> kind, Long id) {
        return kind.form(part(kind, id));
    }

    /** Where a new part goes, from the id of the plan or the part it goes under. */
    @Transactional(readOnly = true)
    Place place(NumberedPart<?, ?> kind, Long parentId) {
        if (kind.getParent() == null) {
            return new Place(plans.findById(parentId).orElseThrow(PlanAdmin::notFound), null);
        }
        PlanPart parent = part(kind.getParent(), parentId);
        return new Place(parent.getPlan(), parent);
    }

    @Transactional(readOnly = true)
    <P extends PlanPart> Place placeOf(NumberedPart<P, ?> kind, Long id) {
        return kind.placeOf(part(kind, id));
    }

    <P extends PlanPart, F extends PartForm> Long create(NumberedPart<P, F> kind, Long parentId, PartForm sent) {
        F form = kind.typed(sent);
        Place place = place(kind, parentId);
        refuseTakenNumber(kind, place.plan().getId(), null, form);
        P part = kind.add(place, form);
        return Writes.flushed(() -> kind.getRepository().saveAndFlush(part), numberClash(kind, form)).getId();
    }

    <P extends PlanPart, F extends PartForm> void update(NumberedPart<P, F> kind, Long id, PartForm sent) {
        F form = kind.typed(sent);
        P part = part(kind, id);
        StaleEdit.check(form.getVersion(), part.getVersion());
        refuseTakenNumber(kind, part.getPlan().getId(), id, form);
        kind.revise(part, form);
        Writes.flushed(() -> kind.getRepository().saveAndFlush(part), numberClash(kind, form));
    }

    @Transactional(readOnly = true)
    <P extends PlanPart> Optional<Refusal> deletionRefusal(NumberedPart<P, ?> kind, Long id) {
        P part = part(kind, id);
        return refusal(uses(kind.uses(part).toArray(Usage[]::new)), "admin." + kind.getKey() + ".delete.refused",
                part.numberText());
    }

    <P extends PlanPart> void delete(NumberedPart<P, ?> kind, Long id, long version) {
        P part = part(kind, id);
        StaleEdit.check(version, part.getVersion());
        deletionRefusal(kind, id).ifPresent(refusal -> {
            throw refusal;
        });
        kind.detach(part);
        Writes.flushed(() -> {
            kind.getRepository().delete(part);
            kind.getRepository().flush();
        }, Map.of());
    }

    private static <P extends PlanPart, F extends PartForm> void refuseTakenNumber(NumberedPart<P, F> kind, Long planId,
            Long id, F form) {
        kind.sameNumber(planId, form).filter(existing -> !existing.getId().equals(id)).ifPresent(existing -> {
            throw Refusal.of("number", "admin." + kind.getKey() + ".number.taken", existing.numberText(), existing.getTitle());
        });
    }

    private static Map<String, Problem> numberClash(NumberedPart<?, ?> kind, PartForm form) {
        return Map.of(kind.getNumberConstraint(), new Problem("number", "admin.numbered.number.taken", form.numberText()));
    }
}
