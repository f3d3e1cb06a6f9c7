package uk.partnershipplans.portal.plan.admin.list;

import static uk.partnershipplans.portal.shared.Forms.optional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.admin.PlanAdmin;
import uk.partnershipplans.portal.plan.model.SupportedInitiative;
import uk.partnershipplans.portal.plan.model.SupportedInitiativeRepository;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The work a plan supports, with who leads it, the partnership it answers to and how the partnership supports it, each
 * in its place in the plan's list; a place left empty puts it at the end.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class InitiativeAdmin implements RecordAdmin<InitiativeForm> {

    private final PlanAdmin plans;
    private final SupportedInitiativeRepository initiatives;

    @Transactional(readOnly = true)
    public List<SupportedInitiative> ofPlan(Long planId) {
        return initiatives.findByPlanIdOrderByPositionAscIdAsc(planId);
    }

    @Transactional(readOnly = true)
    SupportedInitiative initiative(Long id) {
        SupportedInitiative initiative = initiatives.findById(id).orElseThrow(PlanAdmin::notFound);
        initiative.getPlan().getTitle(); // its pages name the plan
        return initiative;
    }

    @Override
    @Transactional(readOnly = true)
    public InitiativeForm form(Long id) {
        return InitiativeForm.of(initiative(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return initiative(id).getPlan().getId();
    }

    @Override
    public Long create(Long planId, InitiativeForm form) {
        int position = form.getPosition() == null ? initiatives.lastPosition(planId) + 1 : form.getPosition();
        SupportedInitiative initiative = new SupportedInitiative(plans.plan(planId), position, form.getTitle().strip(),
                null, null);
        revise(initiative, position, form);
        return save(initiative).getId();
    }

    @Override
    public void update(Long id, InitiativeForm form) {
        SupportedInitiative initiative = initiative(id);
        StaleEdit.check(form.getVersion(), initiative.getVersion());
        revise(initiative, form.getPosition() == null ? initiative.getPosition() : form.getPosition(), form);
        save(initiative);
    }

    @Override
    public void delete(Long id, long version) {
        SupportedInitiative initiative = initiative(id);
        Writes.delete(initiatives, initiative, version, initiative.getVersion(), Optional::empty);
    }

    private static void revise(SupportedInitiative initiative, int position, InitiativeForm form) {
        initiative.revise(position, form.getTitle().strip(), optional(form.getDescription()), optional(form.getLead()),
                optional(form.getAccountablePartnership()), optional(form.getSupport()));
    }

    private SupportedInitiative save(SupportedInitiative initiative) {
        return Writes.flushed(() -> initiatives.saveAndFlush(initiative), Map.of("uk_supported_initiative_position",
                new Problem("position", "admin.initiative.position.taken", initiative.getPosition())));
    }
}
