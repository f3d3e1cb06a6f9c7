package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.shared.Forms.optional;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.model.PlanActionRepository;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.PlanYearRepository;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.plan.model.PriorityGroup;
import uk.partnershipplans.portal.plan.model.PriorityGroupRepository;
import uk.partnershipplans.portal.plan.model.PriorityRepository;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorPriority;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorPriorityRepository;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for priorities a plan year heads under one column: two or more of the year's priorities, each under one
 * heading at most. As a tick under the heading means the action or indicator serves every priority of the group,
 * saving a group links whatever serves one of its priorities to all of them (an indicator with the tick it has).
 */
@Service
@RequiredArgsConstructor
@Transactional
class PriorityGroupAdmin implements RecordAdmin<PriorityGroupForm> {

    private final PlanYearRepository years;
    private final PriorityRepository priorities;
    private final PriorityGroupRepository groups;
    private final PlanActionRepository actions;
    private final IndicatorPriorityRepository indicatorLinks;

    @Transactional(readOnly = true)
    PlanYear year(Long yearId) {
        PlanYear year = years.findById(yearId).orElseThrow(PlanAdmin::notFound);
        year.getPlan().getTitle();
        return year;
    }

    @Transactional(readOnly = true)
    PriorityGroup group(Long groupId) {
        PriorityGroup group = groups.findById(groupId).orElseThrow(PlanAdmin::notFound);
        group.getPlanYear().getPlan().getTitle();
        group.getPriorities().size();
        return group;
    }

    @Transactional(readOnly = true)
    List<PriorityGroup> ofYear(Long yearId) {
        return groups.findWithPrioritiesByPlanYearId(yearId);
    }

    @Transactional(readOnly = true)
    List<Priority> prioritiesOf(Long yearId) {
        return priorities.findWithObjectiveByPlanYearId(yearId);
    }

    @Override
    @Transactional(readOnly = true)
    public PriorityGroupForm form(Long groupId) {
        PriorityGroup group = group(groupId);
        PriorityGroupForm form = new PriorityGroupForm();
        form.setActionsHeading(group.getActionsHeading());
        form.setIndicatorsHeading(group.getIndicatorsHeading());
        form.setFootnote(group.getFootnote());
        form.setPriorityIds(group.getPriorities().stream().map(Priority::getId).collect(Collectors.toList()));
        form.setVersion(group.getVersion());
        return form;
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long groupId) {
        return group(groupId).getPlanYear().getId();
    }

    @Override
    public Long create(Long yearId, PriorityGroupForm form) {
        PlanYear year = year(yearId);
        year.refuseChanges();
        Set<Priority> members = members(yearId, null, form);
        String actionsHeading = form.getActionsHeading().strip();
        PriorityGroup group = new PriorityGroup(year, groups.lastPosition(yearId) + 1, actionsHeading,
                indicatorsHeading(form, actionsHeading), optional(form.getFootnote()), members);
        Long id = Writes.flushed(() -> groups.saveAndFlush(group), Map.of()).getId();
        linkToAll(members);
        return id;
    }

    @Override
    public void update(Long groupId, PriorityGroupForm form) {
        PriorityGroup group = group(groupId);
        StaleEdit.check(form.getVersion(), group.getVersion());
        group.getPlanYear().refuseChanges();
        Long yearId = group.getPlanYear().getId();
        Set<Priority> members = members(yearId, groupId, form);
        String actionsHeading = form.getActionsHeading().strip();
        group.revise(actionsHeading, indicatorsHeading(form, actionsHeading), optional(form.getFootnote()), members);
        Writes.flushed((Runnable) groups::flush, Map.of());
        linkToAll(members);
    }

    /** Takes the heading away; the links it made stay, as the actions and indicators still serve those priorities. */
    @Override
    public void delete(Long groupId, long version) {
        PriorityGroup group = group(groupId);
        PlanYear year = group.getPlanYear();
        Writes.delete(groups, group, version, group.getVersion(), () -> year.isReadOnly()
                ? Optional.of(Refusal.of(null, "plan.year.read-only", year.getLabel())) : Optional.empty());
    }

    private static String indicatorsHeading(PriorityGroupForm form, String actionsHeading) {
        String heading = optional(form.getIndicatorsHeading());
        return heading != null ? heading : actionsHeading;
    }

    /** Two or more of the year's priorities, none already under another heading of the year. */
    private Set<Priority> members(Long yearId, Long groupId, PriorityGroupForm form) {
        Map<Long, Priority> ofYear = prioritiesOf(yearId).stream().collect(Collectors.toMap(Priority::getId, p -> p));
        List<Long> chosen = form.getPriorityIds() == null ? List.of() : form.getPriorityIds().stream().distinct().toList();
        if (!ofYear.keySet().containsAll(chosen)) {
            throw Refusal.of("priorityIds", "admin.priority-group.priorities.other-year");
        }
        if (chosen.size() < 2) {
            throw Refusal.of("priorityIds", "admin.priority-group.priorities.too-few");
        }
        for (PriorityGroup other : ofYear(yearId)) {
            if (!other.getId().equals(groupId)) {
                other.getPriorities().stream().filter(p -> chosen.contains(p.getId())).findFirst().ifPresent(p -> {
                    throw Refusal.of("priorityIds", "admin.priority-group.priorities.taken", p.getNumber(),
                            other.getActionsHeading());
                });
            }
        }
        return chosen.stream().map(ofYear::get).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whatever serves one priority of the group comes to serve all of them. */
    private void linkToAll(Set<Priority> members) {
        Set<Long> ids = members.stream().map(Priority::getId).collect(Collectors.toSet());
        actions.findServingAnyWithPriorities(ids).forEach(action -> action.getPriorities().addAll(members));
        List<IndicatorPriority> links = indicatorLinks.findByPriorityIdIn(ids);
        Set<List<Long>> held = new HashSet<>();
        links.forEach(link -> held.add(List.of(link.getIndicator().getId(), link.getPriority().getId())));
        for (IndicatorPriority link : links) {
            for (Priority member : members) {
                if (held.add(List.of(link.getIndicator().getId(), member.getId()))) {
                    indicatorLinks.save(new IndicatorPriority(link.getIndicator(), member, link.isPrimary()));
                }
            }
        }
        Writes.flushed(indicatorLinks::flush, Map.of());
    }
}
