package uk.partnershipplans.portal.plan.admin.list;

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
import uk.partnershipplans.portal.plan.admin.PlanAdmin;
import uk.partnershipplans.portal.plan.model.PlanPartner;
import uk.partnershipplans.portal.plan.model.PlanPartnerRepository;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/** The partners a plan names, from the installation's partner directory, with the words the plan adds to their names. */
@Service
@RequiredArgsConstructor
@Transactional
public class PlanPartnerAdmin implements RecordAdmin<PlanPartnerForm> {

    private final PlanAdmin plans;
    private final PlanPartnerRepository planPartners;
    private final PartnerDirectory directory;

    /** A partner a plan names, with the organisation's name. */
    public record NamedPartner(PlanPartner partner, String name) {
    }

    /** The partners the plan names, by the organisations' names. */
    @Transactional(readOnly = true)
    public List<NamedPartner> ofPlan(Long planId) {
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

    @Override
    @Transactional(readOnly = true)
    public PlanPartnerForm form(Long id) {
        return PlanPartnerForm.of(planPartner(id).partner());
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return planPartner(id).partner().getPlan().getId();
    }

    @Override
    public Long create(Long planId, PlanPartnerForm form) {
        if (!directory.organisationExists(form.getOrganisationId())) {
            throw Refusal.of("organisationId", "admin.plan-partner.organisation.required");
        }
        PlanPartner partner = new PlanPartner(plans.plan(planId), form.getOrganisationId(), form.getCategory(),
                optional(form.getQualifier()));
        return Writes.flushed(() -> planPartners.saveAndFlush(partner), Map.of("uk_plan_partner",
                new Problem("organisationId", "admin.plan-partner.organisation.taken"))).getId();
    }

    @Override
    public void update(Long id, PlanPartnerForm form) {
        PlanPartner partner = planPartner(id).partner();
        StaleEdit.check(form.getVersion(), partner.getVersion());
        partner.revise(form.getCategory(), optional(form.getQualifier()));
        Writes.flushed(planPartners::flush, Map.of());
    }

    @Override
    public void delete(Long id, long version) {
        PlanPartner partner = planPartner(id).partner();
        Writes.delete(planPartners, partner, version, partner.getVersion(), Optional::empty);
    }
}
