package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.shared.Forms.optional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.PartnerDirectory.OrganisationSummary;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.PlanPartner;
import uk.partnershipplans.portal.plan.model.PlanPartnerRepository;
import uk.partnershipplans.portal.plan.model.PlanReference;
import uk.partnershipplans.portal.plan.model.PlanReferenceRepository;
import uk.partnershipplans.portal.plan.model.SupportedInitiative;
import uk.partnershipplans.portal.plan.model.SupportedInitiativeRepository;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The lists a plan keeps beside its numbered parts: the partners it names (with the words it adds to their names), the
 * work it supports (with who leads it, the partnership it answers to and how the partnership supports it) and the
 * documents it refers to (title, date as given, address). Each is in
 * its place in the plan's list; a place left empty puts it at the end.
 */
@Service
@RequiredArgsConstructor
@Transactional
class PlanListsAdmin {

    private final PlanAdmin plans;
    private final SupportedInitiativeRepository initiatives;
    private final PlanReferenceRepository references;
    private final PlanPartnerRepository planPartners;
    private final PartnerDirectory directory;

    /** A partner a plan names, with the organisation's name. */
    record NamedPartner(PlanPartner partner, String name) {
    }

    @Transactional(readOnly = true)
    List<SupportedInitiative> initiativesOf(Long planId) {
        return initiatives.findByPlanIdOrderByPositionAscIdAsc(planId);
    }

    @Transactional(readOnly = true)
    List<PlanReference> referencesOf(Long planId) {
        return references.findByPlanIdOrderByPositionAscIdAsc(planId);
    }

    // Partners the plan names

    /** The partners the plan names, by the organisations' names. */
    @Transactional(readOnly = true)
    List<NamedPartner> partnersOf(Long planId) {
        List<PlanPartner> named = planPartners.findByPlanId(planId);
        Map<Long, String> names = directory.organisations(named.stream().map(PlanPartner::getOrganisationId).toList())
                .stream().collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        return named.stream().map(p -> new NamedPartner(p, names.get(p.getOrganisationId())))
                .sorted(Comparator.comparing(NamedPartner::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The organisations a plan may name: the installation's partner directory, less those it names already. */
    @Transactional(readOnly = true)
    List<OrganisationSummary> organisationsToName(Long planId) {
        Set<Long> named = planPartners.findByPlanId(planId).stream().map(PlanPartner::getOrganisationId)
                .collect(Collectors.toSet());
        return directory.allOrganisations().stream().filter(o -> !named.contains(o.id())).toList();
    }

    @Transactional(readOnly = true)
    NamedPartner planPartner(Long id) {
        PlanPartner partner = planPartners.findById(id).orElseThrow(PlanAdmin::notFound);
        partner.getPlan().getTitle(); // its pages name the plan
        return new NamedPartner(partner, directory.organisations(List.of(partner.getOrganisationId())).stream()
                .map(OrganisationSummary::name).findFirst().orElse(null));
    }

    @Transactional(readOnly = true)
    PlanPartnerForm planPartnerForm(Long id) {
        return PlanPartnerForm.of(planPartner(id).partner());
    }

    Long addPartner(Long planId, PlanPartnerForm form) {
        Plan plan = plans.plan(planId);
        if (!directory.organisationExists(form.getOrganisationId())) {
            throw Refusal.of("organisationId", "admin.plan-partner.organisation.required");
        }
        PlanPartner partner = new PlanPartner(plan, form.getOrganisationId(), form.getCategory(), optional(form.getQualifier()));
        return Writes.flushed(() -> planPartners.saveAndFlush(partner), Map.of("uk_plan_partner",
                new Problem("organisationId", "admin.plan-partner.organisation.taken"))).getId();
    }

    void updatePartner(Long id, PlanPartnerForm form) {
        PlanPartner partner = planPartner(id).partner();
        StaleEdit.check(form.getVersion(), partner.getVersion());
        partner.revise(form.getCategory(), optional(form.getQualifier()));
        Writes.flushed(planPartners::flush, Map.of());
    }

    void deletePartner(Long id, long version) {
        PlanPartner partner = planPartner(id).partner();
        Writes.delete(planPartners, partner, version, partner.getVersion(), Optional::empty);
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
