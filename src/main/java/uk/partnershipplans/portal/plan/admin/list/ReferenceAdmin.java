package uk.partnershipplans.portal.plan.admin.list;

import static uk.partnershipplans.portal.shared.Forms.optional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.admin.PlanAdmin;
import uk.partnershipplans.portal.plan.model.PlanReference;
import uk.partnershipplans.portal.plan.model.PlanReferenceRepository;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The documents a plan refers to (title, date as given, address), each in its place in the plan's list; a place left
 * empty puts it at the end.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class ReferenceAdmin implements RecordAdmin<ReferenceForm> {

    private final PlanAdmin plans;
    private final PlanReferenceRepository references;

    @Transactional(readOnly = true)
    public List<PlanReference> ofPlan(Long planId) {
        return references.findByPlanIdOrderByPositionAscIdAsc(planId);
    }

    @Transactional(readOnly = true)
    PlanReference reference(Long id) {
        PlanReference reference = references.findById(id).orElseThrow(PlanAdmin::notFound);
        reference.getPlan().getTitle(); // its pages name the plan
        return reference;
    }

    @Override
    @Transactional(readOnly = true)
    public ReferenceForm form(Long id) {
        return ReferenceForm.of(reference(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return reference(id).getPlan().getId();
    }

    @Override
    public Long create(Long planId, ReferenceForm form) {
        int position = form.getPosition() == null ? references.lastPosition(planId) + 1 : form.getPosition();
        return references.saveAndFlush(new PlanReference(plans.plan(planId), position, form.getTitle().strip(),
                optional(form.getDated()), optional(form.getUrl()))).getId();
    }

    @Override
    public void update(Long id, ReferenceForm form) {
        PlanReference reference = reference(id);
        StaleEdit.check(form.getVersion(), reference.getVersion());
        int position = form.getPosition() == null ? reference.getPosition() : form.getPosition();
        reference.revise(position, form.getTitle().strip(), optional(form.getDated()), optional(form.getUrl()));
        Writes.flushed(references::flush, Map.of());
    }

    @Override
    public void delete(Long id, long version) {
        PlanReference reference = reference(id);
        Writes.delete(references, reference, version, reference.getVersion(), Optional::empty);
    }
}
