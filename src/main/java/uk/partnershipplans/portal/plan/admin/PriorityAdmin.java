package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.plan.admin.PlanAdmin.refusal;
import static uk.partnershipplans.portal.plan.admin.PlanAdmin.uses;
import static uk.partnershipplans.portal.shared.Forms.optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.PlanRecordReferences;
import uk.partnershipplans.portal.plan.model.MilestoneRepository;
import uk.partnershipplans.portal.plan.model.OperationalObjective;
import uk.partnershipplans.portal.plan.model.OperationalObjectiveRepository;
import uk.partnershipplans.portal.plan.model.PlanActionRepository;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.PlanYearRepository;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.plan.model.PriorityRepository;
import uk.partnershipplans.portal.plan.model.PrioritySection;
import uk.partnershipplans.portal.plan.model.StrategicObjective;
import uk.partnershipplans.portal.plan.model.StrategicObjectiveRepository;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorPriorityRepository;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicator;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicatorRepository;
import uk.partnershipplans.portal.shared.Numbering;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Usage;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for a plan year's priorities as admins enter them: numbers unique in the year, an operational objective
 * only from the same plan, and the focus points kept as the first part of the priority's narrative.
 */
@Service
@RequiredArgsConstructor
@Transactional
class PriorityAdmin implements RecordAdmin<PriorityStructureForm> {

    /** The heading of the narrative section the admin form keeps; the narrative editor shows it like any other. */
    static final String FOCUS_POINTS = "Focus points";

    private final EntityManager entityManager;
    private final PlanYearRepository years;
    private final PriorityRepository priorities;
    private final OperationalObjectiveRepository operationalObjectives;
    private final StrategicObjectiveRepository strategicObjectives;
    private final PlanActionRepository actions;
    private final MilestoneRepository milestones;
    private final IndicatorPriorityRepository indicatorLinks;
    private final PlanYearIndicatorRepository reportedIndicators;
    private final List<PlanRecordReferences> references;

    /** A plan year with its priorities (each with its operational objective) and the indicators it reports. */
    record YearOverview(PlanYear year, List<Priority> priorities, List<PlanYearIndicator> indicators) {
    }

    @Transactional(readOnly = true)
    YearOverview overview(Long yearId) {
        PlanYear year = years.findById(yearId).orElseThrow(PlanAdmin::notFound);
        year.getPlan().getTitle();
        return new YearOverview(year, priorities.findWithObjectiveByPlanYearId(yearId),
                reportedIndicators.findWithIndicatorByPlanYearId(yearId));
    }

    @Transactional(readOnly = true)
    Priority priority(Long priorityId) {
        Priority priority = priorities.findById(priorityId).orElseThrow(PlanAdmin::notFound);
        priority.getPlanYear().getPlan().getTitle();
        return priority;
    }

    @Override
    @Transactional(readOnly = true)
    public PriorityStructureForm form(Long priorityId) {
        Priority priority = priority(priorityId);
        PriorityStructureForm form = new PriorityStructureForm();
        form.setNumber(priority.getNumber());
        form.setTitle(priority.getTitle());
        form.setLeadResponsibility(priority.getLeadResponsibility());
        form.setOperationalObjectiveId(priority.getOperationalObjective() == null ? null : priority.getOperationalObjective().getId());
        form.setFocusPoints(focusPoints(priority).map(PrioritySection::getBody).orElse(null));
        form.setVersion(priority.getVersion());
        return form;
    }

    /** The operational objectives a priority of this plan year may sit under, as "1.1 Title", in plan order. */
    @Transactional(readOnly = true)
    List<OperationalObjective> objectivesFor(Long yearId) {
        PlanYear year = years.findById(yearId).orElseThrow(PlanAdmin::notFound);
        return strategicObjectives.findWithOperationalByPlanId(year.getPlan().getId()).stream()
                .sorted(Comparator.comparing(StrategicObjective::getNumber, Numbering.ORDER))
                .flatMap(s -> s.partsUnder().stream()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long priorityId) {
        return priority(priorityId).getPlanYear().getId();
    }

    @Override
    public Long create(Long yearId, PriorityStructureForm form) {
        PlanYear year = years.findById(yearId).orElseThrow(PlanAdmin::notFound);
        year.refuseChanges();
        String number = form.getNumber().strip();
        refuseTakenNumber(yearId, null, number);
        OperationalObjective objective = objectiveOf(year, form.getOperationalObjectiveId());
        Priority priority = new Priority(year, number, form.getTitle().strip(), optional(form.getLeadResponsibility()),
                priorities.lastPosition(yearId) + 1);
        priority.revise(number, priority.getTitle(), priority.getLeadResponsibility(), objective);
        String focusPoints = optional(form.getFocusPoints());
        if (focusPoints != null) {
            priority.addSection(FOCUS_POINTS, focusPoints);
        }
        return Writes.flushed(() -> priorities.saveAndFlush(priority), constraint(number)).getId();
    }

    @Override
    public void update(Long priorityId, PriorityStructureForm form) {
        Priority priority = priority(priorityId);
        StaleEdit.check(form.getVersion(), priority.getVersion());
        priority.getPlanYear().refuseChanges();
        String number = form.getNumber().strip();
        refuseTakenNumber(priority.getPlanYear().getId(), priorityId, number);
        OperationalObjective objective = objectiveOf(priority.getPlanYear(), form.getOperationalObjectiveId());
        priority.revise(number, form.getTitle().strip(), optional(form.getLeadResponsibility()), objective);
        String focusPoints = optional(form.getFocusPoints());
        Optional<PrioritySection> section = focusPoints(priority);
        if (section.isPresent() && focusPoints == null) {
            priority.getSections().remove(section.get());
        } else if (section.isPresent()) {
            section.get().rewrite(FOCUS_POINTS, focusPoints);
        } else if (focusPoints != null) {
            int next = priority.getSections().stream().mapToInt(PrioritySection::getPosition).max().orElse(0) + 1;
            priority.getSections().add(new PrioritySection(priority, next, FOCUS_POINTS, focusPoints));
        }
        // A change to the focus points alone must still move the priority's version on, so that stale forms are refused.
        // Someone who saved it a moment ago has moved it on already: then the lock finds the clash.
        Writes.flushed(() -> {
            entityManager.lock(priority, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            return priorities.saveAndFlush(priority);
        }, constraint(number));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Refusal> deletionRefusal(Long priorityId) {
        Priority priority = priority(priorityId);
        if (priority.getPlanYear().isReadOnly()) {
            return Optional.of(Refusal.of(null, "plan.year.read-only", priority.getPlanYear().getLabel()));
        }
        List<Usage> uses = uses(
                new Usage("admin.usage.actions", actions.countByPriorityId(priorityId)),
                new Usage("admin.usage.milestones", milestones.countByPriorityId(priorityId)),
                new Usage("admin.usage.linked-indicators", indicatorLinks.countByPriorityId(priorityId)));
        references.forEach(module -> uses.addAll(module.ofPriority(priorityId)));
        return refusal(uses, "admin.priority.delete.refused", priority.getNumber());
    }

    @Override
    public void delete(Long priorityId, long version) {
        Priority priority = priority(priorityId);
        Writes.delete(priorities, priority, version, priority.getVersion(), () -> deletionRefusal(priorityId));
    }

    private static Optional<PrioritySection> focusPoints(Priority priority) {
        return priority.getSections().stream().filter(s -> FOCUS_POINTS.equalsIgnoreCase(s.getHeading())).findFirst();
    }

    private OperationalObjective objectiveOf(PlanYear year, Long objectiveId) {
        if (objectiveId == null) {
            return null;
        }
        return operationalObjectives.findById(objectiveId)
                .filter(o -> o.getStrategicObjective().getPlan().getId().equals(year.getPlan().getId()))
                .orElseThrow(() -> Refusal.of("operationalObjectiveId", "admin.priority.objective.not-in-plan"));
    }

    private void refuseTakenNumber(Long yearId, Long priorityId, String number) {
        priorities.findFirstByPlanYearIdAndNumberIgnoreCase(yearId, number)
                .filter(existing -> !existing.getId().equals(priorityId))
                .ifPresent(existing -> {
                    throw Refusal.of("number", "admin.priority.number.taken", existing.getNumber(), existing.getTitle());
                });
    }

    private static Map<String, Problem> constraint(String number) {
        return Map.of("uk_priority_number", new Problem("number", "admin.numbered.number.taken", number));
    }
}
