package uk.partnershipplans.portal.governance.group;

import static uk.partnershipplans.portal.shared.Forms.optional;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanOutlines;
import uk.partnershipplans.portal.plan.PlanOutlines.PlanOutline;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for keeping a plan's vulnerable groups: a name used once in a plan, and priorities of the plan's years;
 * nothing refers to a group, so one can always be deleted.
 */
@Service
@RequiredArgsConstructor
@Transactional
class VulnerableGroupAdmin implements RecordAdmin<VulnerableGroupForm> {

    private final VulnerableGroupRepository groups;
    private final PlanOutlines plans;

    @Transactional(readOnly = true)
    VulnerableGroup group(Long id) {
        return groups.findById(id).orElseThrow(VulnerableGroupAdmin::notFound);
    }

    @Transactional(readOnly = true)
    PlanOutline plan(Long planId) {
        return plans.of(planId).orElseThrow(VulnerableGroupAdmin::notFound);
    }

    @Override
    @Transactional(readOnly = true)
    public VulnerableGroupForm form(Long id) {
        return VulnerableGroupForm.of(group(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return group(id).getPlanId();
    }

    @Override
    public Long create(Long planId, VulnerableGroupForm form) {
        VulnerableGroup group = new VulnerableGroup(plan(planId).id());
        revise(group, form);
        return save(group).getId();
    }

    @Override
    public void update(Long id, VulnerableGroupForm form) {
        VulnerableGroup group = group(id);
        StaleEdit.check(form.getVersion(), group.getVersion());
        revise(group, form);
        save(group);
    }

    @Override
    public void delete(Long id, long version) {
        VulnerableGroup group = group(id);
        Writes.delete(groups, group, version, group.getVersion(), Optional::empty);
    }

    private void revise(VulnerableGroup group, VulnerableGroupForm form) {
        Set<Long> priorityIds = new LinkedHashSet<>(form.getPriorityIds());
        priorityIds.remove(null);
        if (!plan(group.getPlanId()).priorities().stream().map(PriorityFacts::id).toList().containsAll(priorityIds)) {
            throw Refusal.of("priorityIds", "group.priorities.unknown");
        }
        group.revise(form.getName().strip(), optional(form.getDefinition()), priorityIds);
    }

    private VulnerableGroup save(VulnerableGroup group) {
        return Writes.flushed(() -> groups.saveAndFlush(group), Map.of("uk_vulnerable_group_name",
                new Problem("name", "group.name.taken", group.getName())));
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
