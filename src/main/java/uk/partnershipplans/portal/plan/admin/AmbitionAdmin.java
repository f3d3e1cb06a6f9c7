package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.plan.admin.PlanAdmin.refusal;
import static uk.partnershipplans.portal.plan.admin.PlanAdmin.uses;
import static uk.partnershipplans.portal.shared.Forms.optional;

import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.model.framework.ExternalFramework;
import uk.partnershipplans.portal.plan.model.framework.FrameworkAmbition;
import uk.partnershipplans.portal.plan.model.framework.FrameworkAmbitionRepository;
import uk.partnershipplans.portal.plan.model.PlanActionRepository;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Usage;
import uk.partnershipplans.portal.shared.Writes;

/** The rules for the ambitions of an external framework: short names unique in it, none deleted that actions support. */
@Service
@RequiredArgsConstructor
@Transactional
class AmbitionAdmin implements RecordAdmin<AmbitionForm> {

    private final FrameworkAdmin frameworks;
    private final FrameworkAmbitionRepository ambitions;
    private final PlanActionRepository actions;

    @Transactional(readOnly = true)
    FrameworkAmbition ambition(Long ambitionId) {
        FrameworkAmbition ambition = ambitions.findById(ambitionId).orElseThrow(PlanAdmin::notFound);
        ambition.getFramework().getName();
        return ambition;
    }

    @Override
    @Transactional(readOnly = true)
    public AmbitionForm form(Long ambitionId) {
        return AmbitionForm.of(ambition(ambitionId));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long ambitionId) {
        return ambition(ambitionId).getFramework().getId();
    }

    @Override
    public Long create(Long frameworkId, AmbitionForm form) {
        ExternalFramework framework = frameworks.framework(frameworkId);
        String shortName = form.getShortName().strip();
        refuseTakenName(frameworkId, null, shortName);
        int position = framework.getAmbitions().stream().mapToInt(FrameworkAmbition::getPosition).max().orElse(0) + 1;
        FrameworkAmbition ambition = new FrameworkAmbition(framework, position, shortName, optional(form.getDescription()));
        framework.getAmbitions().add(ambition);
        return Writes.flushed(() -> ambitions.saveAndFlush(ambition), constraint(shortName)).getId();
    }

    @Override
    public void update(Long ambitionId, AmbitionForm form) {
        FrameworkAmbition ambition = ambition(ambitionId);
        StaleEdit.check(form.getVersion(), ambition.getVersion());
        String shortName = form.getShortName().strip();
        refuseTakenName(ambition.getFramework().getId(), ambitionId, shortName);
        ambition.revise(shortName, optional(form.getDescription()));
        Writes.flushed(() -> ambitions.saveAndFlush(ambition), constraint(shortName));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Refusal> deletionRefusal(Long ambitionId) {
        FrameworkAmbition ambition = ambition(ambitionId);
        return refusal(uses(new Usage("admin.usage.supporting-actions", actions.countByAmbitionId(ambitionId))),
                "admin.ambition.delete.refused", ambition.getShortName());
    }

    @Override
    public void delete(Long ambitionId, long version) {
        FrameworkAmbition ambition = ambition(ambitionId);
        StaleEdit.check(version, ambition.getVersion());
        deletionRefusal(ambitionId).ifPresent(refusal -> {
            throw refusal;
        });
        ambition.getFramework().getAmbitions().remove(ambition);
        Writes.flushed(() -> {
            ambitions.delete(ambition);
            ambitions.flush();
        }, Map.of());
    }

    private void refuseTakenName(Long frameworkId, Long ambitionId, String shortName) {
        ambitions.findFirstByFrameworkIdAndShortNameIgnoreCase(frameworkId, shortName)
                .filter(existing -> !existing.getId().equals(ambitionId))
                .ifPresent(existing -> {
                    throw Refusal.of("shortName", "admin.ambition.short-name.taken", existing.getShortName());
                });
    }

    private static Map<String, Problem> constraint(String shortName) {
        return Map.of("uk_framework_ambition_name", new Problem("shortName", "admin.ambition.short-name.taken", shortName));
    }
}
