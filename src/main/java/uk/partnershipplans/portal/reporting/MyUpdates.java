package uk.partnershipplans.portal.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.account.AccountDirectory;
import uk.partnershipplans.portal.plan.PlanFacts;
import uk.partnershipplans.portal.reporting.round.RoundAdmin;
import uk.partnershipplans.portal.reporting.update.ProgressUpdate;
import uk.partnershipplans.portal.reporting.update.ProgressUpdateRepository;
import uk.partnershipplans.portal.reporting.update.UpdateState;
import uk.partnershipplans.portal.shared.Reach;
import uk.partnershipplans.portal.shared.Reaches;

/** The updates a signed-in person is asked for in open rounds: what the officer's home page lists. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class MyUpdates {

    private final ProgressUpdateRepository updates;
    private final AccountDirectory accounts;
    private final Reaches reaches;
    private final PlanFacts planFacts;
    private final Clock clock;

    /**
     * One update: {@code item} is the action's number and text or the indicator's name; {@code overdue} when the
     * deadline has passed and it is neither submitted nor approved.
     */
    public record MyUpdate(Long id, String item, String round, LocalDate deadline, UpdateState state, boolean overdue) {
    }

    /** The updates assigned to {@code username} in open rounds of their partnerships, soonest deadline first. */
    public List<MyUpdate> of(String username) {
        List<ProgressUpdate> mine = inReach(accounts.idOf(username).map(updates::openAssignedTo).orElse(List.of()));
        Map<Long, String> labels = labels(mine);
        LocalDate today = LocalDate.now(clock);
        return mine.stream()
                .map(u -> new MyUpdate(u.getId(), labels.get(u.getId()), u.getRound().getName(),
                        u.getRound().getDeadline(), u.getState(), u.isOutstanding() && u.isLate(today)))
                .toList();
    }

    /** How many of a person's past updates their home page lists. */
    public static final int PAST_SHOWN = 50;

    /**
     * The updates {@code username} was asked for in closed rounds of their partnerships, the latest period first: at
     * most {@link #PAST_SHOWN}.
     */
    public List<MyUpdate> past(String username) {
        List<ProgressUpdate> mine = inReach(accounts.idOf(username)
                .map(id -> updates.closedAssignedTo(id, PageRequest.of(0, PAST_SHOWN))).orElse(List.of()));
        Map<Long, String> labels = labels(mine);
        return mine.stream()
                .map(u -> new MyUpdate(u.getId(), labels.get(u.getId()), u.getRound().getName(), u.getRound().getDeadline(),
                        u.getState(), false))
                .toList();
    }

    /** Those of {@code list} of the partnerships in the person's reach (an account may have left one). */
    private List<ProgressUpdate> inReach(List<ProgressUpdate> list) {
        Reach reach = reaches.current();
        Set<Long> yearsInReach = list.stream().map(u -> u.getRound().getPlanYearId()).distinct()
                .filter(year -> planFacts.partnershipOfYear(year).filter(reach::includes).isPresent())
                .collect(Collectors.toSet());
        return list.stream().filter(u -> yearsInReach.contains(u.getRound().getPlanYearId())).toList();
    }

    /** What each update is about, by update id: one read of each plan year concerned. */
    public Map<Long, String> labels(List<ProgressUpdate> list) {
        Set<Long> years = list.stream().map(u -> u.getRound().getPlanYearId()).collect(Collectors.toSet());
        Map<String, String> subjects = new HashMap<>();
        for (Long year : years) {
            planFacts.year(year).ifPresent(facts -> RoundAdmin.subjects(facts)
                    .forEach(s -> subjects.put(s.key(), s.label())));
        }
        return list.stream().collect(Collectors.toMap(ProgressUpdate::getId,
                u -> subjects.getOrDefault(RoundAdmin.keyOf(u), "")));
    }
}
