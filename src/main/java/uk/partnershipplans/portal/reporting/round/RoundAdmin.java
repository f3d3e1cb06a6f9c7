package uk.partnershipplans.portal.reporting.round;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.account.AccountDirectory.AccountSummary;
import uk.partnershipplans.portal.account.AccountDirectory;
import uk.partnershipplans.portal.plan.PlanCatalogue;
import uk.partnershipplans.portal.plan.PlanFacts.ActionFacts;
import uk.partnershipplans.portal.plan.PlanFacts.IndicatorFacts;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.plan.PlanFacts;
import uk.partnershipplans.portal.reporting.update.ProgressUpdate;
import uk.partnershipplans.portal.reporting.update.ProgressUpdateRepository;
import uk.partnershipplans.portal.reporting.update.UpdateState;
import uk.partnershipplans.portal.shared.DateInput;
import uk.partnershipplans.portal.shared.Dates;
import uk.partnershipplans.portal.shared.Reaches;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for running reporting rounds: one open round per plan year, a deadline not before the period's end, every
 * action and indicator of the year in a new round with its default assignee, closed rounds read only.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class RoundAdmin {

    private static final DateInput PERIOD_END = new DateInput("periodEnd", "rounds.period-end.name", "30 9 2012");

    private static final DateInput DEADLINE = new DateInput("deadline", "rounds.deadline.name", "31 10 2012");

    private final ReportingRoundRepository rounds;
    private final ProgressUpdateRepository updates;
    private final PlanFacts planFacts;
    private final PlanCatalogue catalogue;
    private final AccountDirectory accounts;
    private final Reaches reaches;
    private final EntityManager entityManager;
    private final Clock clock;

    /** A plan year a round can be for, named with its plan. */
    record YearChoice(Long id, String name) {
    }

    record RoundRow(Long id, String name, String yearName, LocalDate periodEnd, LocalDate deadline, boolean open) {
    }

    /** An action or indicator of the year: {@code label} is the action's number and text or the indicator's name. */
    public record Subject(String key, boolean action, Long id, String label, String lead, List<Long> priorityIds) {
    }

    /** One update on the tracker. */
    public record TrackedUpdate(Long id, Subject subject, String assignee, UpdateState state, LocalDate submittedOn, boolean late) {
    }

    public record Tracker(ReportingRound round, String yearName, List<TrackedUpdate> updates, Map<UpdateState, Long> counts,
            long late, UpdateState filter) {
    }

    @Transactional(readOnly = true)
    List<YearChoice> years() {
        return catalogue.partnershipsWithPlans().stream()
                .flatMap(p -> p.plans().stream())
                .flatMap(plan -> plan.years().stream().map(y -> new YearChoice(y.id(), plan.title() + ": " + y.label())))
                .toList();
    }

    @Transactional(readOnly = true)
    List<RoundRow> rows() {
        Map<Long, String> yearNames = years().stream().collect(Collectors.toMap(YearChoice::id, YearChoice::name));
        return rounds.allOpenFirst().stream()
                .filter(r -> yearNames.containsKey(r.getPlanYearId()))
                .map(r -> new RoundRow(r.getId(), r.getName(), yearNames.get(r.getPlanYearId()), r.getPeriodEnd(),
                        r.getDeadline(), r.isOpen()))
                .toList();
    }

    @Transactional(readOnly = true)
    ReportingRound round(Long id) {
        return find(id);
    }

    @Transactional(readOnly = true)
    String yearName(Long planYearId) {
        return years().stream().filter(y -> y.id().equals(planYearId)).map(YearChoice::name).findFirst().orElse("");
    }

    @Transactional(readOnly = true)
    RoundForm form(Long id) {
        return RoundForm.of(find(id));
    }

    /**
     * Opens a round with every action and indicator of the year, each action assigned to the account whose name or
     * job title is the action's lead (ignoring case), the others to nobody yet.
     */
    public Long open(RoundForm form) {
        List<Problem> problems = new ArrayList<>();
        YearFacts year = checkYear(form, problems);
        RoundDates dates = checkDates(form, problems);
        checkDeadlineNotPassed(form, dates, problems);
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        ReportingRound round = new ReportingRound(year.id(), form.getName().strip(), dates.periodEnd(), dates.deadline(),
                clock.instant());
        saveRound(round);
        Map<String, Long> defaults = defaultAssignees(accounts.updaters(year.plan().partnershipId()));
        for (Subject subject : subjects(year)) {
            Long assignee = subject.lead() == null ? null : defaults.get(key(subject.lead()));
            updates.save(subject.action() ? ProgressUpdate.ofAction(round, subject.id(), assignee)
                    : ProgressUpdate.ofIndicator(round, subject.id(), assignee));
        }
        return round.getId();
    }

    /**
     * What is wrong with the plan year and dates of a form, for the page to list with the problems Bean Validation
     * found, so that one submission shows them all. {@code opening}: the form opens a round (and names its year).
     */
    @Transactional(readOnly = true)
    List<Problem> problems(RoundForm form, boolean opening) {
        List<Problem> problems = new ArrayList<>();
        if (opening) {
            checkYear(form, problems);
        }
        RoundDates dates = checkDates(form, problems);
        if (opening) {
            checkDeadlineNotPassed(form, dates, problems);
        }
        return problems;
    }

    /**
     * A round opened with a deadline already passed makes every update late at once: the admin is told so, and opens it
     * only once they confirm.
     */
    private void checkDeadlineNotPassed(RoundForm form, RoundDates dates, List<Problem> problems) {
        if (dates.deadline() != null && dates.deadline().isBefore(LocalDate.now(clock)) && !form.isPastDeadlineConfirmed()) {
            problems.add(new Problem("pastDeadlineConfirmed", "rounds.deadline.passed", Dates.day(dates.deadline())));
        }
    }

    private YearFacts checkYear(RoundForm form, List<Problem> problems) {
        YearFacts year = form.getPlanYearId() == null ? null : planFacts.year(form.getPlanYearId())
                .filter(y -> reaches.current().includes(y.plan().partnershipId())).orElse(null);
        if (year == null) {
            problems.add(new Problem("planYearId", "rounds.year.required"));
        } else {
            rounds.findByOpenForPlanYearId(year.id()).ifPresent(open -> problems.add(
                    new Problem("planYearId", "rounds.year.open", open.getName())));
        }
        return year;
    }

    /** Changes the name and dates of an open round. */
    void revise(Long id, RoundForm form) {
        ReportingRound round = findOpen(id);
        StaleEdit.check(form.getVersion(), round.getVersion());
        List<Problem> problems = new ArrayList<>();
        RoundDates dates = checkDates(form, problems);
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        round.revise(form.getName().strip(), dates.periodEnd(), dates.deadline());
        saveRound(round);
    }

    /** The year's actions and indicators, in the plan's order. */
    @Transactional(readOnly = true)
    public List<Subject> subjects(Long roundId) {
        return subjects(yearOf(find(roundId)));
    }

    @Transactional(readOnly = true)
    List<PriorityFacts> priorities(Long roundId) {
        return yearOf(find(roundId)).priorities();
    }

    /** Who may write the round's updates and approve them: those of its partnership. */
    @Transactional(readOnly = true)
    List<AccountSummary> updaters(Long roundId) {
        return accounts.updaters(planFacts.partnershipOfYear(find(roundId).getPlanYearId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** The items form as the round stands: every subject of the year, ticked when the round has an update of it. */
    @Transactional(readOnly = true)
    public ItemsForm itemsForm(Long id) {
        ReportingRound round = find(id);
        Map<String, ProgressUpdate> existing = updatesByKey(round);
        ItemsForm form = new ItemsForm();
        for (Subject subject : subjects(yearOf(round))) {
            ProgressUpdate update = existing.get(subject.key());
            form.getItems().add(new ItemsForm.ItemChoice(subject.key(), update != null,
                    update == null ? null : update.getAssigneeId()));
        }
        for (PriorityFacts priority : yearOf(round).priorities()) {
            form.getLeads().add(new ItemsForm.LeadChoice(priority.id(), round.getPriorityLeads().get(priority.id())));
        }
        form.setVersion(round.getVersion());
        return form;
    }

    /**
     * Saves the items chosen: adds an update for each newly ticked subject, takes out each unticked one that nobody has
     * started (one already started is refused), reassigns, and sets the priorities' leads.
     */
    public void saveItems(Long id, ItemsForm form) {
        ReportingRound round = findOpen(id);
        StaleEdit.check(form.getVersion(), round.getVersion());
        YearFacts year = yearOf(round);
        Map<String, Subject> subjects = subjects(year).stream()
                .collect(Collectors.toMap(Subject::key, Function.identity()));
        Set<Long> updaterIds = accounts.updaters(year.plan().partnershipId()).stream().map(AccountSummary::id)
                .collect(Collectors.toSet());
        Map<String, ProgressUpdate> existing = updatesByKey(round);
        List<Problem> problems = new ArrayList<>();
        List<ItemsForm.ItemChoice> items = form.getItems();
        for (int i = 0; i < items.size(); i++) {
            ItemsForm.ItemChoice choice = items.get(i);
            Subject subject = subjects.get(choice.getKey());
            if (subject == null) {
                continue;
            }
            ProgressUpdate update = existing.get(subject.key());
            if (choice.getAssigneeId() != null && !updaterIds.contains(choice.getAssigneeId())
                    && (update == null || !choice.getAssigneeId().equals(update.getAssigneeId()))) {
                problems.add(new Problem("items[" + i + "].assigneeId", "rounds.items.assignee.unknown", subject.label()));
            }
            if (!choice.isIncluded() && update != null && update.getState() != UpdateState.NOT_STARTED) {
                problems.add(new Problem("items[" + i + "].included", "rounds.items.started", subject.label()));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        Writes.flushed(() -> entityManager.lock(round, LockModeType.PESSIMISTIC_FORCE_INCREMENT), Map.of());
        for (ItemsForm.ItemChoice choice : items) {
            Subject subject = subjects.get(choice.getKey());
            if (subject == null) {
                continue;
            }
            ProgressUpdate update = existing.get(subject.key());
            if (choice.isIncluded() && update == null) {
                updates.save(subject.action() ? ProgressUpdate.ofAction(round, subject.id(), choice.getAssigneeId())
                        : ProgressUpdate.ofIndicator(round, subject.id(), choice.getAssigneeId()));
            } else if (choice.isIncluded()) {
                update.assignTo(choice.getAssigneeId());
            } else if (update != null) {
                updates.delete(update);
            }
        }
        Set<Long> priorityIds = year.priorities().stream().map(PriorityFacts::id).collect(Collectors.toSet());
        Map<Long, Long> leads = new HashMap<>();
        for (ItemsForm.LeadChoice lead : form.getLeads()) {
            if (lead.getPriorityId() != null && priorityIds.contains(lead.getPriorityId()) && lead.getAccountId() != null
                    && updaterIds.contains(lead.getAccountId())) {
                leads.put(lead.getPriorityId(), lead.getAccountId());
            }
        }
        round.chooseLeads(leads);
        Writes.flushed(() -> updates.flush(), Map.of());
    }

    /** Closes an open round: its updates can no longer be changed. */
    /** How many of the round's updates are in each state: what closing it leaves unapproved. */
    @Transactional(readOnly = true)
    Map<UpdateState, Long> countsByState(Long id) {
        Map<UpdateState, Long> counts = new EnumMap<>(UpdateState.class);
        for (UpdateState state : UpdateState.values()) {
            counts.put(state, 0L);
        }
        updates.findByRoundId(find(id).getId()).forEach(u -> counts.merge(u.getState(), 1L, Long::sum));
        return counts;
    }

    void close(Long id, long version) {
        ReportingRound round = findOpen(id);
        StaleEdit.check(version, round.getVersion());
        round.close(clock.instant());
        saveRound(round);
    }

    @Transactional(readOnly = true)
    public Tracker tracker(Long id, UpdateState filter) {
        ReportingRound round = find(id);
        YearFacts year = yearOf(round);
        Map<String, Subject> subjects = subjects(year).stream()
                .collect(Collectors.toMap(Subject::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<ProgressUpdate> all = updates.findByRoundId(round.getId());
        Map<Long, AccountSummary> assignees = accounts.byIds(all.stream().map(ProgressUpdate::getAssigneeId)
                .filter(a -> a != null).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        List<String> order = new ArrayList<>(subjects.keySet());
        List<TrackedUpdate> tracked = all.stream()
                .sorted((a, b) -> Integer.compare(order.indexOf(keyOf(a)), order.indexOf(keyOf(b))))
                .map(u -> new TrackedUpdate(u.getId(), subjects.get(keyOf(u)),
                        u.getAssigneeId() == null ? null : assignees.get(u.getAssigneeId()).displayName(), u.getState(),
                        u.getSubmittedAt() == null ? null : Dates.dayOf(u.getSubmittedAt()),
                        u.isLate(today)))
                .toList();
        Map<UpdateState, Long> counts = new EnumMap<>(UpdateState.class);
        for (UpdateState state : UpdateState.values()) {
            counts.put(state, tracked.stream().filter(t -> t.state() == state).count());
        }
        long late = tracked.stream().filter(TrackedUpdate::late).count();
        List<TrackedUpdate> shown = filter == null ? tracked : tracked.stream().filter(t -> t.state() == filter).toList();
        return new Tracker(round, yearName(round.getPlanYearId()), shown, counts, late, filter);
    }

    public static String keyOf(ProgressUpdate update) {
        return update.isOfAction() ? "action-" + update.getActionId() : "indicator-" + update.getIndicatorId();
    }

    public static List<Subject> subjects(YearFacts year) {
        List<Subject> subjects = new ArrayList<>();
        for (ActionFacts action : year.actions()) {
            subjects.add(new Subject("action-" + action.id(), true, action.id(),
                    (action.number() == null ? "" : action.number() + " ") + action.text(), action.lead(),
                    action.priorityIds()));
        }
        for (IndicatorFacts indicator : year.indicators()) {
            subjects.add(new Subject("indicator-" + indicator.id(), false, indicator.id(), indicator.name(), null,
                    indicator.measures().stream().map(PlanFacts.Measures::priorityId).toList()));
        }
        return subjects;
    }

    /** Accounts by their display name and their job title, in lower case; a name shared by two accounts names neither. */
    private static Map<String, Long> defaultAssignees(List<AccountSummary> updaters) {
        Map<String, Long> byName = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (AccountSummary account : updaters) {
            for (String name : new String[] {account.displayName(), account.jobTitle()}) {
                if (name != null && !name.isBlank()) {
                    byName.put(key(name), account.id());
                    seen.merge(key(name), 1, Integer::sum);
                }
            }
        }
        seen.forEach((name, count) -> {
            if (count > 1) {
                byName.remove(name);
            }
        });
        return byName;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private record RoundDates(LocalDate periodEnd, LocalDate deadline) {
    }

    private static RoundDates checkDates(RoundForm form, List<Problem> problems) {
        Optional<LocalDate> periodEnd = PERIOD_END.required(form.getPeriodEnd(), "rounds.date.required", problems::add);
        Optional<LocalDate> deadline = DEADLINE.required(form.getDeadline(), "rounds.date.required", problems::add);
        if (periodEnd.isPresent() && deadline.isPresent() && deadline.get().isBefore(periodEnd.get())) {
            problems.add(new Problem("deadline", "rounds.deadline.before-period-end"));
        }
        return new RoundDates(periodEnd.orElse(null), deadline.orElse(null));
    }

    private Map<String, ProgressUpdate> updatesByKey(ReportingRound round) {
        return updates.findByRoundId(round.getId()).stream()
                .collect(Collectors.toMap(RoundAdmin::keyOf, Function.identity()));
    }

    private YearFacts yearOf(ReportingRound round) {
        return planFacts.year(round.getPlanYearId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void saveRound(ReportingRound round) {
        Writes.flushed(() -> rounds.saveAndFlush(round), Map.of(
                "uk_reporting_round_open", new Problem("planYearId", "rounds.year.open.now"),
                "uk_reporting_round_name", new Problem("name", "rounds.name.taken", round.getName())));
    }

    private ReportingRound findOpen(Long id) {
        ReportingRound round = find(id);
        if (!round.isOpen()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return round;
    }

    private ReportingRound find(Long id) {
        return rounds.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
