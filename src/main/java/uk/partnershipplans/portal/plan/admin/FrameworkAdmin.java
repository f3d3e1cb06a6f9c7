package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.plan.admin.PlanAdmin.refusal;
import static uk.partnershipplans.portal.plan.admin.PlanAdmin.uses;
import static uk.partnershipplans.portal.shared.Forms.optional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.plan.model.ExternalFramework;
import uk.partnershipplans.portal.plan.model.ExternalFrameworkRepository;
import uk.partnershipplans.portal.plan.model.FrameworkAmbition;
import uk.partnershipplans.portal.plan.model.FrameworkAmbitionRepository;
import uk.partnershipplans.portal.plan.model.PlanActionRepository;
import uk.partnershipplans.portal.shared.Reaches;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Usage;
import uk.partnershipplans.portal.shared.Writes;

/** The rules for external frameworks and their ambitions: names unique, nothing deleted that actions support. */
@Service
@RequiredArgsConstructor
@Transactional
class FrameworkAdmin {

    private final PartnerDirectory partners;
    private final ExternalFrameworkRepository frameworks;
    private final FrameworkAmbitionRepository ambitions;
    private final PlanActionRepository actions;
    private final Reaches reaches;

    record FrameworkRow(Long id, String name, String period, String partnershipName) {
    }

    @Transactional(readOnly = true)
    Page<FrameworkRow> frameworks(Long partnershipId, int page) {
        PageRequest request = PageRequest.of(page, PlanAdmin.PAGE_SIZE, Sort.by("name"));
        Page<ExternalFramework> found = reaches.current().listed(partnershipId)
                .map(ids -> frameworks.findByPartnershipIdIn(ids, request)).orElseGet(() -> frameworks.findAll(request));
        Map<Long, String> names = new java.util.HashMap<>();
        partners.partnerships().forEach(p -> names.put(p.id(), p.name()));
        return found.map(f -> new FrameworkRow(f.getId(), f.getName(), f.getPeriod(), names.get(f.getPartnershipId())));
    }

    /** The framework with its ambitions loaded. */
    @Transactional(readOnly = true)
    ExternalFramework framework(Long frameworkId) {
        ExternalFramework framework = frameworks.findById(frameworkId).orElseThrow(PlanAdmin::notFound);
        framework.getAmbitions().size();
        return framework;
    }

    @Transactional(readOnly = true)
    FrameworkForm form(Long frameworkId) {
        return FrameworkForm.of(framework(frameworkId));
    }

    Long create(FrameworkForm form) {
        Long partnershipId = form.getPartnershipId();
        if (partners.partnershipIn(partnershipId, reaches.current()).isEmpty()) {
            throw Refusal.of("partnershipId", "admin.framework.partnership.required");
        }
        String name = form.getName().strip();
        refuseTakenName(partnershipId, null, name);
        ExternalFramework framework = new ExternalFramework(partnershipId, name, optional(form.getPeriod()), optional(form.getUrl()));
        return Writes.flushed(() -> frameworks.saveAndFlush(framework), constraint(name)).getId();
    }

    void update(Long frameworkId, FrameworkForm form) {
        ExternalFramework framework = framework(frameworkId);
        StaleEdit.check(form.getVersion(), framework.getVersion());
        String name = form.getName().strip();
        refuseTakenName(framework.getPartnershipId(), frameworkId, name);
        framework.revise(name, optional(form.getPeriod()), optional(form.getUrl()));
        Writes.flushed(() -> frameworks.saveAndFlush(framework), constraint(name));
    }

    @Transactional(readOnly = true)
    Optional<Refusal> deletionRefusal(Long frameworkId) {
        ExternalFramework framework = framework(frameworkId);
        return refusal(uses(new Usage("admin.usage.supporting-actions-ambitions", actions.countByFrameworkId(frameworkId))),
                "admin.framework.delete.refused", framework.getName());
    }

    void delete(Long frameworkId, long version) {
        ExternalFramework framework = framework(frameworkId);
        Writes.delete(frameworks, framework, version, framework.getVersion(), () -> deletionRefusal(frameworkId));
    }

    private void refuseTakenName(Long partnershipId, Long frameworkId, String name) {
        frameworks.findFirstByPartnershipIdAndNameIgnoreCase(partnershipId, name)
                .filter(existing -> !existing.getId().equals(frameworkId))
                .ifPresent(existing -> {
                    throw Refusal.of("name", "admin.framework.name.taken", existing.getName());
                });
    }

    private static Map<String, Problem> constraint(String name) {
        return Map.of("uk_external_framework_name", new Problem("name", "admin.framework.name.taken", name));
    }

    // Ambitions

    @Transactional(readOnly = true)
    FrameworkAmbition ambition(Long ambitionId) {
        FrameworkAmbition ambition = ambitions.findById(ambitionId).orElseThrow(PlanAdmin::notFound);
        ambition.getFramework().getName();
        return ambition;
    }

    @Transactional(readOnly = true)
    AmbitionForm ambitionForm(Long ambitionId) {
        return AmbitionForm.of(ambition(ambitionId));
    }

    Long createAmbition(Long frameworkId, AmbitionForm form) {
        ExternalFramework framework = framework(frameworkId);
        String shortName = form.getShortName().strip();
        refuseTakenAmbition(frameworkId, null, shortName);
        int position = framework.getAmbitions().stream().mapToInt(FrameworkAmbition::getPosition).max().orElse(0) + 1;
        FrameworkAmbition ambition = new FrameworkAmbition(framework, position, shortName, optional(form.getDescription()));
        framework.getAmbitions().add(ambition);
        return Writes.flushed(() -> ambitions.saveAndFlush(ambition), ambitionConstraint(shortName)).getId();
    }

    void updateAmbition(Long ambitionId, AmbitionForm form) {
        FrameworkAmbition ambition = ambition(ambitionId);
        StaleEdit.check(form.getVersion(), ambition.getVersion());
        String shortName = form.getShortName().strip();
        refuseTakenAmbition(ambition.getFramework().getId(), ambitionId, shortName);
        ambition.revise(shortName, optional(form.getDescription()));
        Writes.flushed(() -> ambitions.saveAndFlush(ambition), ambitionConstraint(shortName));
    }

    @Transactional(readOnly = true)
    Optional<Refusal> ambitionDeletionRefusal(Long ambitionId) {
        FrameworkAmbition ambition = ambition(ambitionId);
        return refusal(uses(new Usage("admin.usage.supporting-actions", actions.countByAmbitionId(ambitionId))),
                "admin.ambition.delete.refused", ambition.getShortName());
    }

    void deleteAmbition(Long ambitionId, long version) {
        FrameworkAmbition ambition = ambition(ambitionId);
        StaleEdit.check(version, ambition.getVersion());
        ambitionDeletionRefusal(ambitionId).ifPresent(refusal -> {
            throw refusal;
        });
        ambition.getFramework().getAmbitions().remove(ambition);
        Writes.flushed(() -> {
            ambitions.delete(ambition);
            ambitions.flush();
        }, Map.of());
    }

    private void refuseTakenAmbition(Long frameworkId, Long ambitionId, String shortName) {
        ambitions.findFirstByFrameworkIdAndShortNameIgnoreCase(frameworkId, shortName)
                .filter(existing -> !existing.getId().equals(ambitionId))
                .ifPresent(existing -> {
                    throw Refusal.of("shortName", "admin.ambition.short-name.taken", existing.getShortName());
                });
    }

    private static Map<String, Problem> ambitionConstraint(String shortName) {
        return Map.of("uk_framework_ambition_name", new Problem("shortName", "admin.ambition.short-name.taken", shortName));
    }

    List<PartnerDirectory.PartnershipSummary> partnerships() {
        return partners.partnershipsIn(reaches.current());
    }
}
