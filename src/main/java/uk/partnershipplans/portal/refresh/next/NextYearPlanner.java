package uk.partnershipplans.portal.refresh.next;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.NextYears;
import uk.partnershipplans.portal.plan.NextYears.Section;
import uk.partnershipplans.portal.plan.NextYears.Source;
import uk.partnershipplans.portal.plan.NextYears.Started;
import uk.partnershipplans.portal.plan.NextYears.YearName;
import uk.partnershipplans.portal.plan.PlanFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ActionFacts;
import uk.partnershipplans.portal.plan.PlanFacts.MilestoneFacts;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ReportFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.refresh.log.PlanRefresh;
import uk.partnershipplans.portal.refresh.log.PlanRefreshRepository;
import uk.partnershipplans.portal.refresh.log.RefreshChange.Change;
import uk.partnershipplans.portal.refresh.log.RefreshChange.Subject;
import uk.partnershipplans.portal.refresh.next.NextYearForm.Choice;
import uk.partnershipplans.portal.refresh.next.NextYearPlan.CarriedAction;
import uk.partnershipplans.portal.refresh.next.NextYearPlan.CarriedMilestone;
import uk.partnershipplans.portal.refresh.next.NextYearPlan.Prefilled;
import uk.partnershipplans.portal.refresh.next.NextYearPlan.PriorityMove;
import uk.partnershipplans.portal.shared.Dates;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.Writes;
import uk.partnershipplans.portal.status.ActionStatuses;

/**
 * Starts the next year of a plan from one of its years: the form's first answers, its rules, what it will do (shown
 * before anything is saved) and, once confirmed, the copy and its change log in one transaction. Which actions are
 * completed is the status the dashboard works out, as at the last day of the year.
 */
@Service
@RequiredArgsConstructor
class NextYearPlanner {

    private static final int NUMBER_SIZE = 20;
    private static final int TITLE_SIZE = 500;

    private final NextYears nextYears;
    private final PlanFacts facts;
    private final ActionStatuses statuses;
    private final PlanRefreshRepository refreshes;
    private final MessageSource messages;
    private final Clock clock;

    /** The year to start from, with what the form and its summary read of it. */
    record Year(Source source, YearFacts facts, Set<Long> completed, Optional<YearName> alreadyStarted) {

        YearName name() {
            return source.year();
        }
    }

    /** The year, or "not found". */
    Year year(Long yearId) {
        Source source = nextYears.source(yearId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        YearFacts year = facts.year(yearId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<YearName> started = refreshes.findByFromYearId(yearId).stream()
                .filter(refresh -> refresh.getKind() == PlanRefresh.Kind.NEXT_YEAR).findFirst()
                .flatMap(refresh -> nextYears.name(refresh.getToYearId()));
        return new Year(source, year, statuses.completedAsAt(yearId, year.endDate()), started);
    }

    /** The form's first answers: the next label, the day after the year ends for a year, and every priority kept. */
    NextYearForm firstAnswers(Year year) {
        NextYearForm form = new NextYearForm();
        form.setLabel(NextYearWording.nextLabel(year.name().label()).orElse(""));
        LocalDate start = year.name().endDate().plusDays(1);
        form.setStartDate(uk.partnershipplans.portal.shared.DateField.of(start));
        form.setEndDate(uk.partnershipplans.portal.shared.DateField.of(start.plusYears(1).minusDays(1)));
        year.facts().priorities()
                .forEach(p -> form.getPriorities().add(new NextYearForm.PriorityChoice(p.id(), p.number(), p.title())));
        form.offerEmptyRows();
        return form;
    }

    /**
     * Puts the form's priorities in the year's order, one row for each of its priorities (a row for a priority not of
     * the year is ignored; one missing is kept), then checks the rules beyond Bean Validation's into {@code errors}.
     */
    void check(Year year, NextYearForm form, Errors errors) {
        Map<Long, NextYearForm.PriorityChoice> sent = form.getPriorities().stream()
                .filter(row -> row.getPriorityId() != null)
                .collect(Collectors.toMap(NextYearForm.PriorityChoice::getPriorityId, Function.identity(), (a, b) -> a));
        List<NextYearForm.PriorityChoice> rows = new ArrayList<>();
        for (PriorityFacts priority : year.facts().priorities()) {
            NextYearForm.PriorityChoice row = sent.getOrDefault(priority.id(),
                    new NextYearForm.PriorityChoice(priority.id(), priority.number(), priority.title()));
            if (row.getChoice() == null) {
                row.setChoice(Choice.KEEP);
            }
            rows.add(row);
        }
        form.setPriorities(rows);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            NextYearForm.PriorityChoice row = rows.get(i);
            PriorityFacts old = year.facts().priorities().get(i);
            if (row.getNumber() == null) {
                row.setNumber(old.number());
            }
            if (row.getTitle() == null) {
                row.setTitle(old.title());
            }
            boolean changed = !sameWords(row.getNumber(), old.number()) || !sameWords(row.getTitle(), old.title());
            if (row.getChoice() == Choice.KEEP && changed) {
                problems.add(new Problem("priorities[" + i + "].title", "refresh.next.keep.changed", old.number()));
            } else if (row.getChoice() != Choice.REWORD) {
                row.setNumber(old.number());
                row.setTitle(old.title());
            }
        }
        problems(year, form, problems);
        problems.forEach(Refusal.into(errors));
    }

    private void problems(Year year, NextYearForm form, List<Problem> problems) {
        if (form.getLabel() != null && !form.getLabel().isBlank()
                && year.source().planYearLabels().stream().anyMatch(l -> l.equalsIgnoreCase(form.getLabel().strip()))) {
            problems.add(new Problem("label", "admin.plan-year.label.taken", year.name().planTitle(), form.getLabel().strip()));
        }
        Optional<LocalDate> start = form.getStartDate().toDate();
        Optional<LocalDate> end = form.getEndDate().toDate();
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            problems.add(new Problem("endDate", "admin.plan-year.end-date.not-after-start"));
        }
        Map<String, String> numbers = new HashMap<>();
        for (int i = 0; i < form.getPriorities().size(); i++) {
            NextYearForm.PriorityChoice row = form.getPriorities().get(i);
            PriorityFacts old = year.facts().priorities().get(i);
            if (row.getChoice() == Choice.REWORD) {
                String field = "priorities[" + i + "].";
                boolean hasNumber = wordsIn(row.getNumber(), field + "number", "refresh.next.reword.number", old, NUMBER_SIZE, problems);
                boolean hasTitle = wordsIn(row.getTitle(), field + "title", "refresh.next.reword.title", old, TITLE_SIZE, problems);
                if (hasNumber && hasTitle && row.getNumber().strip().equals(old.number())
                        && row.getTitle().strip().equals(old.title())) {
                    problems.add(new Problem(field + "title", "refresh.next.reword.same", old.number()));
                }
            }
            if (row.getChoice() != Choice.DROP && row.getNumber() != null && !row.getNumber().isBlank()
                    && !(row.getChoice() == Choice.KEEP && !sameWords(row.getNumber(), old.number()))) {
                numberOnce(row.getNumber().strip(), "priorities[" + i + "].number", numbers, problems);
            }
        }
        for (int i = 0; i < form.getAdded().size(); i++) {
            NextYearForm.NewPriority row = form.getAdded().get(i);
            if (row.isBlank()) {
                continue;
            }
            String field = "added[" + i + "].";
            boolean hasNumber = wordsIn(row.getNumber(), field + "number", "refresh.next.added.number", null, NUMBER_SIZE, problems);
            wordsIn(row.getTitle(), field + "title", "refresh.next.added.title", null, TITLE_SIZE, problems);
            if (hasNumber) {
                numberOnce(row.getNumber().strip(), field + "number", numbers, problems);
            }
        }
    }

    /** Whether the words typed are the old ones: none typed counts as the same (a row sent without them). */
    private static boolean sameWords(String typed, String old) {
        return typed == null || typed.strip().equals(old);
    }

    /** Whether {@code words} are there and short enough; if not, says so ({@code code}.required or .size). */
    private static boolean wordsIn(String words, String field, String code, PriorityFacts old, int size,
            List<Problem> problems) {
        Object[] which = old == null ? new Object[0] : new Object[] {old.number()};
        if (words == null || words.isBlank()) {
            problems.add(new Problem(field, code + ".required", which));
            return false;
        }
        if (words.strip().length() > size) {
            problems.add(new Problem(field, code + ".size", old == null ? size : old.number(), size));
            return false;
        }
        return true;
    }

    private static void numberOnce(String number, String field, Map<String, String> numbers, List<Problem> problems) {
        if (numbers.putIfAbsent(number.toLowerCase(Locale.UK), field) != null) {
            problems.add(new Problem(field, "refresh.next.number.twice", number));
        }
    }

    /** What the form, checked, will do; nothing is saved. */
    NextYearPlan plan(Year year, NextYearForm form) {
        YearFacts facts = year.facts();
        LocalDate end = facts.endDate();
        List<PriorityMove> moves = new ArrayList<>();
        for (int i = 0; i < form.getPriorities().size(); i++) {
            NextYearForm.PriorityChoice row = form.getPriorities().get(i);
            moves.add(new PriorityMove(facts.priorities().get(i), row.getChoice(), row.getNumber().strip(),
                    row.getTitle().strip()));
        }
        form.getAdded().stream().filter(row -> !row.isBlank())
                .forEach(row -> moves.add(new PriorityMove(null, null, row.getNumber().strip(), row.getTitle().strip())));
        Set<Long> forward = moves.stream().filter(m -> !m.added() && m.goesForward()).map(m -> m.old().id())
                .collect(Collectors.toSet());

        Map<Long, List<MilestoneFacts>> milestonesOfActions = facts.milestones().stream()
                .filter(m -> m.actionId() != null && notDoneBy(m, end))
                .sorted(Comparator.comparing(MilestoneFacts::id))
                .collect(Collectors.groupingBy(MilestoneFacts::actionId, LinkedHashMap::new, Collectors.toList()));
        List<CarriedAction> carried = new ArrayList<>();
        List<ActionFacts> completed = new ArrayList<>();
        List<ActionFacts> orphaned = new ArrayList<>();
        for (ActionFacts action : facts.actions()) {
            List<Long> kept = action.priorityIds().stream().filter(forward::contains).toList();
            if (year.completed().contains(action.id())) {
                completed.add(action);
            } else if (!action.priorityIds().isEmpty() && kept.isEmpty()) {
                orphaned.add(action);
            } else {
                List<CarriedMilestone> milestones = milestonesOfActions.getOrDefault(action.id(), List.of()).stream()
                        .map(m -> new CarriedMilestone(m, forward.contains(m.priorityId()) ? m.priorityId()
                                : kept.isEmpty() ? null : kept.get(0)))
                        .filter(m -> m.priorityId() != null).toList();
                carried.add(new CarriedAction(action, kept, milestones));
            }
        }
        List<CarriedMilestone> alone = facts.milestones().stream()
                .filter(m -> m.actionId() == null && notDoneBy(m, end) && forward.contains(m.priorityId()))
                .map(m -> new CarriedMilestone(m, m.priorityId())).toList();

        List<Prefilled> prefilled = moves.stream().filter(m -> !m.added() && m.goesForward())
                .map(m -> prefill(year, m, completed)).toList();
        LocalDate newEnd = form.getEndDate().toDate().orElseThrow();
        return new NextYearPlan(year.name(), form.getLabel().strip(), form.getStartDate().toDate().orElseThrow(), newEnd,
                newEnd.getYear() > year.name().planEndYear(), moves, carried, completed, orphaned, alone,
                facts.indicators(), prefilled);
    }

    private static boolean notDoneBy(MilestoneFacts milestone, LocalDate end) {
        return milestone.completedOn() == null || milestone.completedOn().isAfter(end);
    }

    /**
     * The "what we did in" section of a priority carried forward: the actions of the priority completed by the end of
     * the year, then the commentary of its actions' reports in the last round as at the end of the year.
     */
    private Prefilled prefill(Year year, PriorityMove move, List<ActionFacts> completed) {
        YearFacts facts = year.facts();
        Long priorityId = move.old().id();
        List<String> parts = new ArrayList<>();
        List<String> done = completed.stream().filter(a -> a.priorityIds().contains(priorityId))
                .map(a -> "- " + oneLine(a.text())).toList();
        if (!done.isEmpty()) {
            parts.add(text("refresh.next.prefill.completed", Dates.day(facts.endDate())) + "\n" + String.join("\n", done));
        }
        Optional<ReportFacts> round = lastRound(facts);
        if (round.isPresent()) {
            List<String> said = facts.actions().stream().filter(a -> a.priorityIds().contains(priorityId))
                    .flatMap(a -> a.reports().stream()
                            .filter(r -> sameRound(r, round.get()) && r.commentary() != null && !r.commentary().isBlank())
                            .map(r -> "- " + text("refresh.next.prefill.commentary.item", a.number(), oneLine(r.commentary()))))
                    .toList();
            if (!said.isEmpty()) {
                parts.add(text("refresh.next.prefill.commentary", round.get().roundName()) + "\n" + String.join("\n", said));
            }
        }
        String body = parts.isEmpty() ? text("refresh.next.prefill.none", Dates.day(facts.endDate())) : String.join("\n\n", parts);
        return new Prefilled(move, text("refresh.next.section.did", year.name().label()), body);
    }

    /** The latest report of a reporting round (an approved update) about an action, as at the end of the year. */
    private static Optional<ReportFacts> lastRound(YearFacts facts) {
        return facts.actions().stream().flatMap(a -> a.reports().stream())
                .filter(r -> r.roundName() != null && !r.asAt().isAfter(facts.endDate()))
                .max(Comparator.comparing(ReportFacts::asAt));
    }

    private static boolean sameRound(ReportFacts report, ReportFacts round) {
        return Objects.equals(report.roundName(), round.roundName()) && report.asAt().equals(round.asAt());
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * The priority's sections in the new year: its own, each heading's year labels moved on a year, with the section
     * saying what was done in the year written afresh (added before the plans for the new year when it had none).
     */
    static List<Section> sectionsOf(List<Section> old, Prefilled prefilled, String newLabel) {
        List<Section> sections = new ArrayList<>();
        boolean written = false;
        for (Section section : old) {
            String heading = NextYearWording.movedOn(section.heading());
            if (heading.equalsIgnoreCase(prefilled.heading())) {
                if (!written) {
                    sections.add(new Section(heading, prefilled.body()));
                    written = true;
                }
                continue;
            }
            if (!written && heading.contains(newLabel)) {
                sections.add(new Section(prefilled.heading(), prefilled.body()));
                written = true;
            }
            sections.add(new Section(heading, section.body()));
        }
        if (!written) {
            sections.add(new Section(prefilled.heading(), prefilled.body()));
        }
        return sections;
    }

    /**
     * Starts the year as the form says, with its change log, in one transaction; refused (nothing saved) when the form
     * breaks a rule or a year has been started from this one meanwhile.
     *
     * @return the new year's id
     */
    @Transactional
    Long confirm(Long yearId, NextYearForm form, Errors errors, String username) {
        Year year = year(yearId);
        year.alreadyStarted().ifPresent(started -> {
            throw Refusal.of(null, "refresh.next.refused.started", year.name().label(), started.label());
        });
        check(year, form, errors);
        Refusal.ifAny(errors);
        NextYearPlan plan = plan(year, form);
        Map<Long, Prefilled> prefilled = plan.prefilled().stream()
                .collect(Collectors.toMap(p -> p.priority().old().id(), Function.identity()));
        List<NextYears.NewPriority> priorities = plan.priorities().stream().filter(PriorityMove::goesForward)
                .map(m -> new NextYears.NewPriority(m.added() ? null : m.old().id(), m.number(), m.title(),
                        m.added() ? List.of() : sectionsOf(year.source().sections().getOrDefault(m.old().id(), List.of()),
                                prefilled.get(m.old().id()), plan.label())))
                .toList();
        List<CarriedMilestone> milestones = new ArrayList<>();
        plan.carried().forEach(a -> milestones.addAll(a.milestones()));
        milestones.addAll(plan.milestonesAlone());
        NextYears.NextYear next = new NextYears.NextYear(yearId, plan.label(), plan.startDate(), plan.endDate(),
                priorities,
                plan.carried().stream().map(a -> new NextYears.CarriedAction(a.action().id(), a.priorityIds())).toList(),
                milestones.stream().map(m -> new NextYears.CarriedMilestone(m.milestone().id(), m.priorityId())).toList());
        // Someone else starting a year from this one, or one of the same label, at the same moment
        return Writes.flushed(() -> {
            Started started = nextYears.start(next);
            refreshes.saveAndFlush(log(plan, started, username, milestones));
            return started.yearId();
        }, Map.of("uk_plan_year_label", new Problem("label", "admin.plan-year.label.taken", year.name().planTitle(),
                        plan.label()),
                "ux_plan_refresh_next_year_from", new Problem(null, "refresh.next.refused.meanwhile", year.name().label())));
    }

    private PlanRefresh log(NextYearPlan plan, Started started, String username, List<CarriedMilestone> milestones) {
        PlanRefresh refresh = new PlanRefresh(PlanRefresh.Kind.NEXT_YEAR, plan.from().id(), started.yearId(), username,
                Instant.now(clock));
        Map<Long, Long> newPriorityIds = new HashMap<>();
        int next = 0;
        for (PriorityMove move : plan.priorities()) {
            Long to = move.goesForward() ? started.priorityIds().get(next++) : null;
            Change change = move.added() ? Change.ADDED : switch (move.choice()) {
                case KEEP -> Change.CARRIED_FORWARD;
                case REWORD -> Change.REWORDED;
                case DROP -> Change.DROPPED;
            };
            refresh.log(Subject.PRIORITY, change, move.added() ? null : move.old().id(), to, move.wordsBefore(),
                    move.wordsAfter());
            if (!move.added() && to != null) {
                newPriorityIds.put(move.old().id(), to);
            }
        }
        for (CarriedAction carried : plan.carried()) {
            String words = actionWords(carried.action());
            refresh.log(Subject.ACTION, Change.CARRIED_FORWARD, carried.action().id(),
                    started.actionIds().get(carried.action().id()), words, words);
        }
        String yearEnd = Dates.day(plan.from().endDate());
        plan.completed().forEach(action -> refresh.log(Subject.ACTION, Change.DROPPED, action.id(), null,
                actionWords(action), null, text("refresh.next.note.completed", yearEnd)));
        plan.orphaned().forEach(action -> refresh.log(Subject.ACTION, Change.DROPPED, action.id(), null,
                actionWords(action), null, text("refresh.next.note.priorities-dropped")));
        for (CarriedMilestone milestone : milestones) {
            refresh.log(Subject.MILESTONE, Change.CARRIED_FORWARD, milestone.milestone().id(),
                    started.milestoneIds().get(milestone.milestone().id()), milestone.milestone().text(),
                    milestone.milestone().text());
        }
        plan.indicators().forEach(indicator -> {
            String words = indicator.code() == null ? indicator.name() : indicator.code() + " " + indicator.name();
            refresh.log(Subject.INDICATOR, Change.CARRIED_FORWARD, indicator.id(), indicator.id(), words, words);
        });
        for (Prefilled section : plan.prefilled()) {
            refresh.log(Subject.SECTION, Change.ADDED, section.priority().old().id(),
                    newPriorityIds.get(section.priority().old().id()), null, section.body(),
                    text("refresh.next.note.prefilled", section.priority().number(), section.heading()));
        }
        return refresh;
    }

    private static String actionWords(ActionFacts action) {
        return action.number() + " " + action.text();
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, Locale.UK);
    }
}
