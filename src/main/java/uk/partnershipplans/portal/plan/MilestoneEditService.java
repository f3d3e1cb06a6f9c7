package uk.partnershipplans.portal.plan;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.system.DateField;
import uk.partnershipplans.portal.system.Option;

/**
 * The rules for a priority's milestones: a text, dates that are real when given, an action (if any) of the same plan
 * year, and a date done that is not in the future: a milestone is marked done by giving the day it was done.
 */
@Service
@RequiredArgsConstructor
class MilestoneEditService {

    /** What the milestone form shows around its fields; {@code milestoneId} is empty for a new milestone. */
    record MilestonePage(Long milestoneId, Long priorityId, String priorityNumber, String priorityTitle, String yearLabel,
            String planTitle, List<Option> actions) {
    }

    record DeletePage(Long milestoneId, Long priorityId, String priorityNumber, String text, long version) {
    }

    private final PlanEditQueries queries;
    private final MilestoneRepository milestones;
    private final EditTransactions transactions;
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

    SaveResult save(Long milestoneId, MilestoneForm form, Errors errors) {
        Priority priority = find(milestoneId).getPriority();
        Dates dates = check(priority, form, errors);
        if (errors.hasErrors()) {
            return SaveResult.invalid();
        }
        return transactions.save(errors, () -> {
            Milestone milestone = find(milestoneId);
            transactions.lockForEdit(milestone, form.getVersion(), milestone.getVersion());
            describe(milestone, form, dates);
            return milestone.getPriority().getId();
        }, List.of());
    }

    SaveResult create(Long priorityId, MilestoneForm form, Errors errors) {
        Dates dates = check(findPriority(priorityId), form, errors);
        if (errors.hasErrors()) {
            return SaveResult.invalid();
        }
        return transactions.save(errors, () -> {
            Priority priority = findPriority(priorityId);
            Milestone milestone = new Milestone(priority, null, queries.lastMilestonePosition(priorityId) + 1,
                    EditText.clean(form.getText()), null, null);
            describe(milestone, form, dates);
            milestones.save(milestone);
            return priorityId;
        }, List.of(new EditTransactions.Unique("uk_milestone_position", e -> e.reject("edit.milestone.added-meanwhile"))));
    }

    @Transactional(readOnly = true)
    DeletePage deletePage(Long milestoneId) {
        Milestone milestone = find(milestoneId);
        Priority priority = milestone.getPriority();
        return new DeletePage(milestone.getId(), priority.getId(), priority.getNumber(), milestone.getText(),
                milestone.getVersion());
    }

    SaveResult delete(Long milestoneId, VersionForm form, Errors errors) {
        return transactions.save(errors, () -> {
            Milestone milestone = find(milestoneId);
            transactions.checkVersion(form.getVersion(), milestone.getVersion());
            milestones.delete(milestone);
            return milestone.getPriority().getId();
        }, List.of());
    }

    private record Dates(LocalDate due, LocalDate completed) {
    }

    private Dates check(Priority priority, MilestoneForm form, Errors errors) {
        LocalDate due = DateRules.optionalDate(form.getDueDate(), "dueDate", "edit.milestone.due-date.name", "30 9 2013",
                errors).orElse(null);
        LocalDate completed = DateRules.optionalDate(form.getCompletedOn(), "completedOn", "edit.milestone.completed-on.name",
                "15 9 2013", errors).orElse(null);
        if (completed != null && completed.isAfter(LocalDate.now(clock))) {
            errors.rejectValue("completedOn", "edit.milestone.completed-on.future");
        }
        if (form.getActionId() != null && queries.actionsOfYear(priority.getPlanYear().getId()).stream()
                .noneMatch(action -> action.getId().equals(form.getActionId()))) {
            errors.rejectValue("actionId", "edit.milestone.action.other-year");
        }
        return new Dates(due, completed);
    }

    private void describe(Milestone milestone, MilestoneForm form, Dates dates) {
        PlanAction action = form.getActionId() == null ? null : queries.action(form.getActionId()).orElse(null);
        milestone.describe(action, EditText.clean(form.getText()), EditText.clean(form.getDueWording()), dates.due(),
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
