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
import uk.partnershipplans.portal.plan.model.framework.ExternalFramework;
import uk.partnershipplans.portal.plan.model.framework.ExternalFrameworkRepository;
import uk.partnershipplans.portal.plan.model.PlanActionRepository;
import uk.partnershipplans.portal.shared.Reaches;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Usage;
import uk.partnershipplans.portal.shared.Writes;

/** The rules for external frameworks: names unique in a partnership, nothing deleted whose ambitions actions support. */
@Service
@RequiredArgsConstructor
@Transactional
class FrameworkAdmin implements RecordAdmin<FrameworkForm> {

    private final PartnerDirectory partners;
    private final ExternalFrameworkRepository frameworks;
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

    @Override
    @Transactional(readOnly = true)
    public FrameworkForm form(Long frameworkId) {
        return FrameworkForm.of(framework(frameworkId));
    }

    @Override
    public Long create(Long parentId, FrameworkForm form) {
        Long partnershipId = form.getPartnershipId();
        if (partners.partnershipIn(partnershipId, reaches.current()).isEmpty()) {
            throw Refusal.of("partnershipId", "admin.framework.partnership.required");
        }
        String name = form.getName().strip();
        refuseTakenName(partnershipId, null, name);
        ExternalFramework framework = new ExternalFramework(partnershipId, name, optional(form.getPeriod()), optional(form.getUrl()));
        return Writes.flushed(() -> frameworks.saveAndFlush(framework), constraint(name)).getId();
    }

    @Override
    public void update(Long frameworkId, FrameworkForm form) {
        ExternalFramework framework = framework(frameworkId);
        StaleEdit.check(form.getVersion(), framework.getVersion());
        String name = form.getName().strip();
        refuseTakenName(framework.getPartnershipId(), frameworkId, name);
        framework.revise(name, optional(form.getPeriod()), optional(form.getUrl()));
        Writes.flushed(() -> frameworks.saveAndFlush(framework), constraint(name));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Refusal> deletionRefusal(Long frameworkId) {
        ExternalFramework framework = framework(frameworkId);
        return refusal(uses(new Usage("admin.usage.supporting-actions-ambitions", actions.countByFrameworkId(frameworkId))),
                "admin.framework.delete.refused", framework.getName());
    }

    @Override
    public void delete(Long frameworkId, long version) {
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

    List<PartnerDirectory.PartnershipSummary> partnerships() {
        return partners.partnershipsIn(reaches.current());
    }
}
