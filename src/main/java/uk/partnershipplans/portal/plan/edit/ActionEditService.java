package uk.partnershipplans.portal.plan.edit;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.ActionReferences;
import uk.partnershipplans.portal.plan.ProgressRecords;
import uk.partnershipplans.portal.plan.ReportedProgress;
import uk.partnershipplans.portal.plan.admin.AdminChoices;
import uk.partnershipplans.portal.plan.model.framework.FrameworkAmbition;
import uk.partnershipplans.portal.plan.model.PlanAction;
import uk.partnershipplans.portal.plan.model.PlanActionRepository;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.plan.read.ActionPage;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.DateInput;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.SavedVersion;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for a plan year's actions: the number is unique in the year, the target date is a real date when given,
 * the action serves at least one of the year's own priorities and supports only its partnership's framework ambitions.
 * An action that milestones belong to is not deleted: the milestones must be moved to another action (or to none) first,
 * so that no milestone silently loses the action it shows delivery of; nor is one that reporting rounds asked updates of. An action reported completed has the day it was
 * completed, not in the future; an action not reported completed has none.
 */
@Service
@RequiredArgsConstructor
class ActionEditService {

    private static final DateInput TARGET_DATE = new DateInput("targetDate", "edit.action.target-date.name", "30 11 2013");

    private static final DateInput COMPLETED_ON = new DateInput("completedOn", "edit.action.completed-on.name", "15 9 2013");

    /** What the action form shows around its fields; {@code actionId} and {@code number} are empty for a new action. */
    record ActionPage(Long actionId, String number, Long yearId, String yearLabel, String planTitle, List<Option> priorities,
            List<Option> ambitions, List<Option> statuses) {
    }

    /** What the delete confirmation shows: the action, and the milestones that stop its deletion while they belong to it. */
    record DeletePage(Long actionId, String number, String text, Long yearId, long version, List<Blocker> milestones) {
    }

    record Blocker(Long milestoneId, String priorityNumber, String text) {
    }

    private final PlanEditQueries queries;
    private final PlanActionRepository actions;
    private final EditLocks locks;
    private final AdminChoices choices;
    private final Clock clock;
    private final ProgressRecords records;
    private final List<ActionReferences> references;

    @Transactional(readOnly = true)
    ActionPage page(Long actionId) {
        PlanAction action = find(actionId);
        return page(action.getPlanYear(), action.getId(), action.getNumber());
    }

    @Transactional(readOnly = true)
    ActionPage newPage(Long yearId) {
        return page(findYear(yearId), null, null);
    }

    @Transactional(readOnly = true)
    ActionForm form(Long actionId) {
        PlanAction action = find(actionId);
        ActionForm form = new ActionForm();
        form.setVersion(action.getVersion());
        form.setNumber(action.getNumber());
        form.setText(action.getText());
        form.setTargetWording(action.getTargetWording());
        form.setTargetDate(DateField.of(action.getTargetDate()));
        form.setLead(action.getLead());
        form.setPriorityIds(action.getPriorities().stream().map(Priority::getId).collect(Collectors.toList()));
        form.setAmbitionIds(action.getAmbitions().stream().map(FrameworkAmbition::getId).collect(Collectors.toList()));
        records.latestOfAction(actionId).ifPresent(latest -> {
            form.setReportedStatus(latest.getReportedStatus());
            form.setCompletedOn(DateField.of(latest.getCompletedOn()));
        });
        return form;
    }

    /** The form as saved, with who saved it last and when, for showing beside a form refused as out of date. */
    @Transactional(readOnly = true)
    SavedVersion saved(Long actionId) {
        return SavedVersion.of(form(actionId), find(actionId).lastSaved());
    }

    /** The rules, checked into {@code errors}, so that the page can show them with Bean Validation's. */
    @Transactional(readOnly = true)
    void check(Long actionId, ActionForm form, Errors errors) {
        check(find(actionId).getPlanYear(), form, errors);
    }

    @Transactional(readOnly = true)
    void checkNew(Long yearId, ActionForm form, Errors errors) {
        check(findYear(yearId), form, errors);
    }

    /** Saves the form over the action; refused when a rule is broken, the number is taken or the form is out of date. */
    @Transactional
    void save(Long actionId, ActionForm form) {
        PlanAction action = find(actionId);
        Dates dates = checked(action.getPlanYear(), form);
        Writes.flushed(() -> {
            locks.lockForEdit(action, form.getVersion(), action.getVersion());
            describe(action, form, dates);
            records.recordStatus(actionId, form.getReportedStatus(), dates.completed(), LocalDate.now(clock));
            queries.flush();
        }, uniqueNumber(form, action.getPlanYear()));
    }

    /** Adds the action at the end of the year's actions and returns its id. */
    @Transactional
    Long create(Long yearId, ActionForm form) {
        PlanYear year = findYear(yearId);
        Dates dates = checked(year, form);
        return Writes.flushed(() -> {
            PlanAction action = new PlanAction(year, form.getNumber().strip(), Forms.optional(form.getText()), null, null,
                    null, queries.lastActionPosition(yearId) + 1);
            describe(action, form, dates);
            Long id = actions.save(action).getId();
            records.recordStatus(id, form.getReportedStatus(), dates.completed(), LocalDate.now(clock));
            queries.flush();
            return id;
        }, uniqueNumber(form, year));
    }

    @Transactional(readOnly = true)
    DeletePage deletePage(Long actionId) {
        PlanAction action = find(actionId);
        List<Blocker> milestones = queries.milestonesOfAction(actionId).stream()
                .map(m -> new Blocker(m.getId(), m.getPriority().getNumber(), m.getText())).toList();
        return new DeletePage(action.getId(), action.getNumber(), action.getText(), action.getPlanYear().getId(),
                action.getVersion(), milestones);
    }

    /**
     * Why the action cannot be deleted, if it cannot: milestones belong to it (they must be moved to another action, or
     * to none, first), or officers' updates of it in reporting rounds keep its reporting history.
     */
    @Transactional(readOnly = true)
    Optional<Refusal> deletionRefusal(Long actionId) {
        PlanYear year = find(actionId).getPlanYear();
        if (year.isReadOnly()) {
            return Optional.of(Refusal.of(null, "plan.year.read-only", year.getLabel()));
        }
        int milestones = queries.milestonesOfAction(actionId).size();
        if (milestones > 0) {
            return Optional.of(Refusal.of(null, "edit.action.delete.blocked-explain", milestones));
        }
        long reported = reportingRecords(actionId);
        if (reported > 0) {
            return Optional.of(Refusal.of(null, "edit.action.delete.reported-explain", reported));
        }
        return Optional.empty();
    }

    private long reportingRecords(Long actionId) {
        return references.stream().mapToLong(reference -> reference.recordsOf(actionId)).sum();
    }

    /** Deletes the action with its links to priorities and ambitions; refused while something stops it. */
    @Transactional
    void delete(Long actionId, Long version) {
        PlanAction action = find(actionId);
        Writes.delete(actions, action, version, action.getVersion(), () -> deletionRefusal(actionId));
    }

    private Dates checked(PlanYear year, ActionForm form) {
        Errors problems = new BeanPropertyBindingResult(form, "form");
        Dates dates = check(year, form, problems);
        Refusal.ifAny(problems);
        return dates;
    }

    private record Dates(LocalDate target, LocalDate completed) {
    }

    private Dates check(PlanYear year, ActionForm form, Errors errors) {
        if (year.isReadOnly()) {
            errors.reject("plan.year.read-only", new Object[] {year.getLabel()}, null);
        }
        LocalDate targetDate = TARGET_DATE.optional(form.getTargetDate(), Refusal.into(errors)).orElse(null);
        LocalDate completedOn = COMPLETED_ON.notAfter(LocalDate.now(clock), form.getCompletedOn(), null, Refusal.into(errors))
                .orElse(null);
        boolean completed = form.getReportedStatus() == ReportedProgress.COMPLETED;
        if (!errors.hasFieldErrors("completedOn")) {
            if (completed && completedOn == null) {
                errors.rejectValue("completedOn", "edit.action.completed-on.required");
            } else if (!completed && completedOn != null) {
                errors.rejectValue("completedOn", "edit.action.completed-on.not-completed");
            }
        }
        Set<Long> yearPriorities = queries.prioritiesOfYear(year.getId()).stream().map(Priority::getId).collect(Collectors.toSet());
        if (form.getPriorityIds() != null && !yearPriorities.containsAll(form.getPriorityIds())) {
            errors.rejectValue("priorityIds", "edit.action.priorities.other-year");
        }
        Set<Long> ambitions = queries.ambitionsOfPlan(year.getPlan().getId()).stream()
                .map(FrameworkAmbition::getId).collect(Collectors.toSet());
        if (form.getAmbitionIds() != null && !ambitions.containsAll(form.getAmbitionIds())) {
            errors.rejectValue("ambitionIds", "edit.action.ambitions.other");
        }
        return new Dates(targetDate, completedOn);
    }

    private void describe(PlanAction action, ActionForm form, Dates dates) {
        action.describe(form.getNumber().strip(), Forms.optional(form.getText()), Forms.optional(form.getTargetWording()),
                dates.target(), Forms.optional(form.getLead()));
        Long yearId = action.getPlanYear().getId();
        Map<Long, Priority> priorities = queries.prioritiesOfYear(yearId).stream()
                .collect(Collectors.toMap(Priority::getId, Function.identity()));
        Map<Long, FrameworkAmbition> ambitions = queries.ambitionsOfPlan(action.getPlanYear().getPlan().getId())
                .stream().collect(Collectors.toMap(FrameworkAmbition::getId, Function.identity()));
        replace(action.getPriorities(), new LinkedHashSet<>(form.getPriorityIds()).stream().map(priorities::get).toList());
        List<Long> ambitionIds = form.getAmbitionIds() == null ? List.of() : form.getAmbitionIds();
        replace(action.getAmbitions(), new LinkedHashSet<>(ambitionIds).stream().map(ambitions::get).toList());
    }

    /** Changes a set to the chosen members, touching only what changed. */
    private static <T> void replace(Set<T> saved, List<T> chosen) {
        Set<T> wanted = new HashSet<>(chosen);
        saved.retainAll(wanted);
        saved.addAll(chosen);
    }

    private static Map<String, Refusal.Problem> uniqueNumber(ActionForm form, PlanYear year) {
        String number = form.getNumber() == null ? "" : form.getNumber().strip();
        return Map.of("uk_plan_action_number", new Refusal.Problem("number", "edit.action.number.taken", number,
                year.getLabel()));
    }

    private ActionPage page(PlanYear year, Long actionId, String number) {
        List<Option> priorities = queries.prioritiesOfYear(year.getId()).stream()
                .map(p -> new Option(String.valueOf(p.getId()), p.getNumber() + " " + p.getTitle())).toList();
        List<Option> ambitions = queries.ambitionsOfPlan(year.getPlan().getId()).stream()
                .map(a -> new Option(String.valueOf(a.getId()), a.getShortName() + " (" + a.getFramework().getName() + ")"))
                .toList();
        return new ActionPage(actionId, number, year.getId(), year.getLabel(), year.getPlan().getTitle(), priorities, ambitions,
                choices.of(ReportedProgress.class));
    }

    private PlanAction find(Long actionId) {
        return queries.action(actionId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    private PlanYear findYear(Long yearId) {
        return queries.planYear(yearId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
