package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.shared.Forms.optional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.PlanReference;
import uk.partnershipplans.portal.plan.model.PlanReferenceRepository;
import uk.partnershipplans.portal.plan.model.SupportedInitiative;
import uk.partnershipplans.portal.plan.model.SupportedInitiativeRepository;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The lists a plan keeps beside its numbered parts: the work it supports (with who leads it, the partnership it answers
 * to and how the partnership supports it) and the documents it refers to (title, date as given, address). Each is in
 * its place in the plan's list; a place left empty puts it at the end.
 */
@Service
@RequiredArgsConstructor
@Transactional
class PlanListsAdmin {

    private final PlanAdmin plans;
    private final SupportedInitiativeRepository initiatives;
    private final PlanReferenceRepository references;

    @Transactional(readOnly = true)
    List<SupportedInitiative> initiativesOf(Long planId) {
        return initiatives.findByPlanIdOrderByPositionAscIdAsc(planId);
    }

    @Transactional(readOnly = true)
    List<PlanReference> referencesOf(Long planId) {
        return references.findByPlanIdOrderByPositionAscIdAsc(planId);
    }

    // Supported initiatives

    @Transactional(readOnly = true)
    SupportedInitiative initiative(Long id) {
        SupportedInitiative initiative = initiatives.findById(id).orElseThrow(PlanAdmin::notFound);
        initiative.getPlan().getTitle(); // its pages name the plan
        return initiative;
    }

    @Transactional(readOnly = true)
    InitiativeForm initiativeForm(Long id) {
        return InitiativeForm.of(initiative(id));
    }

    Long addInitiative(Long planId, InitiativeForm form) {
        Plan plan = plans.plan(planId);
        int position = form.getPosition() == null ? initiatives.lastPosition(planId) + 1 : form.getPosition();
        SupportedInitiative initiative = new SupportedInitiative(plan, position, form.getTitle().strip(), null, null);
        reviseInitiative(initiative, position, form);
        return saveInitiative(initiative).getId();
    }

    void updateInitiative(Long id, InitiativeForm form) {
        SupportedInitiative initiative = initiative(id);
        StaleEdit.check(form.getVersion(), initiative.getVersion());
        int position = form.getPosition() == null ? initiative.getPosition() : form.getPosition();
        reviseInitiative(initiative, position, form);
        saveInitiative(initiative);
    }

    void deleteInitiative(Long id, long version) {
        SupportedInitiative initiative = initiative(id);
        Writes.delete(initiatives, initiative, version, initiative.getVersion(), Optional::empty);
    }

    private static void reviseInitiative(SupportedInitiative initiative, int position, InitiativeForm form) {
        initiative.revise(position, form.getTitle().strip(), optional(form.getDescription()), optional(form.getLead()),
                optional(form.getAccountablePartnership()), optional(form.getSupport()));
    }

    private SupportedInitiative saveInitiative(SupportedInitiative initiative) {
        return Writes.flushed(() -> initiatives.saveAndFlush(initiative), Map.of("uk_supported_initiative_position",
                new Problem("position", "admin.initiative.position.taken", initiative.getPosition())));
    }

    // References and related documents

    @Transactional(readOnly = true)
    PlanReference reference(Long id) {
        PlanReference reference = references.findById(id).orElseThrow(PlanAdmin::notFound);
        reference.getPlan().getTitle(); // its pages name the plan
        return reference;
    }

    @Transactional(readOnly = true)
    ReferenceForm referenceForm(Long id) {
        return ReferenceForm.of(reference(id));
    }

    Long addReference(Long planId, ReferenceForm form) {
        Plan plan = plans.plan(planId);
        int position = form.getPosition() == null ? references.lastPosition(planId) + 1 : form.getPosition();
        return references.saveAndFlush(new PlanReference(plan, position, form.getTitle().strip(), optional(form.getDated()),
                optional(form.getUrl()))).getId();
    }

    void updateReference(Long id, ReferenceForm form) {
        PlanReference reference = reference(id);
        StaleEdit.check(form.getVersion(), reference.getVersion());
        int position = form.getPosition() == null ? reference.getPosition() : form.getPosition();
        reference.revise(position, form.getTitle().strip(), optional(form.getDated()), optional(form.getUrl()));
        Writes.flushed(references::flush, Map.of());
    }

    void deleteReference(Long id, long version) {
        PlanReference reference = reference(id);
        Writes.delete(references, reference, version, reference.getVersion(), Optional::empty);
    }
}
