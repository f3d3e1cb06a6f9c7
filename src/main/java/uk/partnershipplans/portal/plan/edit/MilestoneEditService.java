package uk.partnershipplans.portal.plan.edit;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.model.Milestone;
import uk.partnershipplans.portal.plan.model.MilestoneRepository;
import uk.partnershipplans.portal.plan.model.PlanAction;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.DateInput;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.SavedVersion;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for a priority's milestones: a text, dates that are real when given, an action (if any) of the same plan
 * year, and a date done that is not in the future: a milestone is marked done by giving the day it was done.
 */
@Service
@RequiredArgsConstructor
class MilestoneEditService {

    private static final DateInput DUE_DATE = new DateInput("dueDate", "edit.milestone.due-date.name", "30 9 2013");

    private static final DateInput COMPLETED_ON = new DateInput("completedOn", "edit.milestone.completed-on.name", "15 9 2013");

    /** What the milestone form shows around its fields; {@code milestoneId} is empty for a new milestone. */
    record MilestonePage(Long milestoneId, Long priorityId, String priorityNumber, String priorityTitle, String yearLabel,
            String planTitle, List<Option> actions) {
    }

    record DeletePage(Long milestoneId, Long priorityId, String priorityNumber, String text, long version) {
    }

    private final PlanEditQueries queries;
    private final MilestoneRepository milestones;
    private final EditLocks locks;
    private final Clock clock;

    @Transactional(readOnly = true)
    MilestonePage page(Long milestoneId) {
        return page(find(milestoneId).getPriority(), milestoneId);
    }

    @Transactional(readOnly = true)
    MilestonePage newPage(Long priorityId) {
        return page(findPriority(priorityId), null);
    }

    @Transactional(readOnly = true)
    MilestoneForm form(Long milestoneId) {
        Milestone milestone = find(milestoneId);
        MilestoneForm form = new MilestoneForm();
        form.setVersion(milestone.getVersion());
        form.setText(milestone.getText());
        form.setDueWording(milestone.getDueWording());
        form.setDueDate(DateField.of(milestone.getDueDate()));
        form.setActionId(milestone.getAction() == null ? null : milestone.getAction().getId());
        form.setCompletedOn(DateField.of(milestone.getCompletedOn()));
        return form;
    }

    /** The form as saved, with who saved it last and when, for showing beside a form refused as out of date. */
    @Transactional(readOnly = true)
    SavedVersion saved(Long milestoneId) {
        return SavedVersion.of(form(milestoneId), find(milestoneId).lastSaved());
    }

    /** The rules, checked into {@code errors}, so that the page can show them with Bean Validation's. */
    @Transactional(readOnly = true)
    void check(Long milestoneId, MilestoneForm form, Errors errors) {
        check(find(milestoneId).getPriority(), form, errors);
    }

    @Transactional(readOnly = true)
    void checkNew(Long priorityId, MilestoneForm form, Errors errors) {
        check(findPriority(priorityId), form, errors);
    }

    /** Saves the form over the milestone and returns its priority's id; refused when a rule is broken or it is stale. */
    @Transactional
    Long save(Long milestoneId, MilestoneForm form) {
        Milestone milestone = find(milestoneId);
        Dates dates = checked(milestone.getPriority(), form);
        Writes.flushed(() -> {
            locks.lockForEdit(milestone, form.getVersion(), milestone.getVersion());
            describe(milestone, form, dates);
            queries.flush();
        }, Map.of());
        return milestone.getPriority().getId();
    }

    /** Adds the milestone after the priority's others. */
    @Transactional
    void create(Long priorityId, MilestoneForm form) {
        Priority priority = findPriority(priorityId);
        Dates dates = checked(priority, form);
        Writes.flushed(() -> {
            Milestone milestone = new Milestone(priority, null, queries.lastMilestonePosition(priorityId) + 1,
                    Forms.optional(form.getText()), null, null);
            describe(milestone, form, dates);
            milestones.save(milestone);
            queries.flush();
        }, Map.of("uk_milestone_position", new Refusal.Problem(null, "edit.milestone.added-meanwhile")));
    }

    @Transactional(readOnly = true)
    DeletePage deletePage(Long milestoneId) {
        Milestone milestone = find(milestoneId);
        Priority priority = milestone.getPriority();
        return new DeletePage(milestone.getId(), priority.getId(), priority.getNumber(), milestone.getText(),
                milestone.getVersion());
    }

    @Transactional
    void delete(Long milestoneId, Long version) {
        Milestone milestone = find(milestoneId);
        PlanYear year = milestone.getPriority().getPlanYear();
        Writes.delete(milestones, milestone, version, milestone.getVersion(), () -> year.isReadOnly()
                ? Optional.of(Refusal.of(null, "plan.year.read-only", year.getLabel())) : Optional.empty());
    }

    private Dates checked(Priority priority, MilestoneForm form) {
        Errors problems = new BeanPropertyBindingResult(form, "form");
        Dates dates = check(priority, form, problems);
        Refusal.ifAny(problems);
        return dates;
    }

    private record Dates(LocalDate due, LocalDate completed) {
    }

    private Dates check(Priority priority, MilestoneForm form, Errors errors) {
        PlanYear year = priority.getPlanYear();
        if (year.isReadOnly()) {
            errors.reject("plan.year.read-only", new Object[] {year.getLabel()}, null);
        }
        LocalDate due = DUE_DATE.optional(form.getDueDate(), Refusal.into(errors)).orElse(null);
        LocalDate completed = COMPLETED_ON.notAfter(LocalDate.now(clock), form.getCompletedOn(), null, Refusal.into(errors))
                .orElse(null);
        if (form.getActionId() != null && queries.actionsOfYear(priority.getPlanYear().getId()).stream()
                .noneMatch(action -> action.getId().equals(form.getActionId()))) {
            errors.rejectValue("actionId", "edit.milestone.action.other-year");
        }
        return new Dates(due, completed);
    }

    private void describe(Milestone milestone, MilestoneForm form, Dates dates) {
        PlanAction action = form.getActionId() == null ? null : queries.action(form.getActionId()).orElse(null);
        milestone.describe(action, Forms.optional(form.getText()), Forms.optional(form.getDueWording()), dates.due(),
                dates.completed());
    }

    private MilestonePage page(Priority priority, Long milestoneId) {
        PlanYear year = priority.getPlanYear();
        List<Option> actions = queries.actionsOfYear(year.getId()).stream()
                .map(a -> new Option(String.valueOf(a.getId()), a.getNumber() + ": " + a.getText())).toList();
        return new MilestonePage(milestoneId, priority.getId(), priority.getNumber(), priority.getTitle(), year.getLabel(),
                year.getPlan().getTitle(), actions);
    }

    private Milestone find(Long milestoneId) {
        return queries.milestone(milestoneId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    private Priority findPriority(Long priorityId) {
        return queries.priority(priorityId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
