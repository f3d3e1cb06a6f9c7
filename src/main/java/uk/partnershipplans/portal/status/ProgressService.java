package uk.partnershipplans.portal.status;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.partnershipplans.portal.plan.PlanFacts.MilestoneFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.plan.PlanFacts;
import uk.partnershipplans.portal.reporting.RoundPeriods.RoundPeriod;
import uk.partnershipplans.portal.reporting.RoundPeriods;
import uk.partnershipplans.portal.shared.ContentVersion;
import uk.partnershipplans.portal.status.NationalComparison.Position;
import uk.partnershipplans.portal.status.YearStatus.PriorityStatus;

/**
 * The status of a plan year's actions, indicators and priorities as at a day, and the summary a committee report uses,
 * both from the one worked-out {@link YearStatus}. The year is read in one go ({@link PlanFacts}, a fixed number of
 * queries) and everything is worked out in memory, so the cost does not grow with the number of rows.
 */
@Service
@RequiredArgsConstructor
class ProgressService {

    /**
     * How many worked-out years are kept: the years being read at the moment, each as at a day or two. A large year's
     * statuses hold a few megabytes, so the portal still serves in a heap of 512 MB.
     */
    private static final int KEPT_YEARS = 16;

    /** A year's statuses as at a day chosen (or not) on a day, worked out from the content at a version. */
    private record Kept(Long yearId, LocalDate chosen, LocalDate today, long version) {
    }

    private final PlanFacts plans;
    private final RoundPeriods rounds;
    private final StatusSettingsRepository settings;
    private final Clock clock;
    private final ContentVersion content;
    private final PlatformTransactionManager transactions;

    /** The statuses worked out lately, each used until the content changes or the day turns. */
    private final Cache<Kept, YearStatus> kept = Caffeine.newBuilder().maximumSize(KEPT_YEARS).build();

    /**
     * The year's statuses, worked out once for each version of the content, day and chosen day (from what one
     * read-only transaction reads; none is begun for statuses kept).
     *
     * @param chosen the day the board chose, or null for the year's own day (see {@link AsAt#of})
     */
    Optional<YearStatus> yearStatus(Long yearId, LocalDate chosen) {
        LocalDate today = LocalDate.now(clock);
        OptionalLong version = content.current();
        if (version.isEmpty()) {
            return workedOut(yearId, chosen, today);
        }
        return Optional.ofNullable(kept.get(new Kept(yearId, chosen, today, version.getAsLong()),
                key -> workedOut(yearId, chosen, today).orElse(null)));
    }

    private Optional<YearStatus> workedOut(Long yearId, LocalDate chosen, LocalDate today) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return readOnly.execute(transaction -> plans.year(yearId).map(year -> {
            List<RoundPeriod> periods = rounds.ofYear(yearId);
            AsAt asAt = AsAt.of(year, today, chosen, periods);
            return yearStatus(year, defaultTolerancePercent(), asAt, periods);
        }));
    }

    BigDecimal defaultTolerancePercent() {
        return settings.current().getDefaultTolerancePercent();
    }

    static YearStatus yearStatus(YearFacts year, BigDecimal defaultTolerancePercent, AsAt asAt, List<RoundPeriod> rounds) {
        Map<Long, List<MilestoneFacts>> milestones = year.milestones().stream()
                .filter(m -> m.actionId() != null)
                .collect(Collectors.groupingBy(MilestoneFacts::actionId));
        List<ActionAssessment> actions = year.actions().stream()
                .map(a -> ActionStatusCalculator.assess(a, milestones.getOrDefault(a.id(), List.of()), asAt.day()))
                .toList();
        List<IndicatorAssessment> indicators = year.indicators().stream()
                .map(i -> IndicatorStatusCalculator.assess(i, defaultTolerancePercent, year, asAt))
                .toList();
        Map<Long, List<ActionAssessment>> actionsByPriority = new HashMap<>();
        actions.forEach(a -> a.action().priorityIds()
                .forEach(id -> actionsByPriority.computeIfAbsent(id, key -> new ArrayList<>()).add(a)));
        Map<Long, List<IndicatorAssessment>> indicatorsByPriority = new HashMap<>();
        indicators.forEach(i -> i.indicator().measures()
                .forEach(m -> indicatorsByPriority.computeIfAbsent(m.priorityId(), key -> new ArrayList<>()).add(i)));
        List<PriorityStatus> priorities = year.priorities().stream().map(priority -> {
            List<ActionAssessment> ofPriority = List.copyOf(actionsByPriority.getOrDefault(priority.id(), List.of()));
            List<IndicatorAssessment> measuring = List.copyOf(indicatorsByPriority.getOrDefault(priority.id(), List.of()));
            return new PriorityStatus(priority, ofPriority, measuring, RollUp.of(ofPriority, measuring));
        }).toList();
        return new YearStatus(year, asAt, rounds, actions, indicators, priorities, RollUp.of(actions, indicators));
    }

    /** Completed or on schedule: the actions whose status is completed or on track. */
    static CommitteeSummary summarise(YearStatus status) {
        Set<ActionStatus> onSchedule = Set.of(ActionStatus.COMPLETED, ActionStatus.ON_TRACK);
        List<NationalComparison> comparisons = status.indicators().stream()
                .map(IndicatorAssessment::national).filter(Objects::nonNull).toList();
        return new CommitteeSummary(status, status.actions().size(),
                (int) status.actions().stream().filter(a -> onSchedule.contains(a.status())).count(),
                status.overall().actions(),
                status.actions().stream().filter(a -> !onSchedule.contains(a.status())).toList(),
                status.indicators().size(),
                inPosition(comparisons, Position.EXCEEDS), inPosition(comparisons, Position.FALLS_SHORT),
                inPosition(comparisons, Position.IN_LINE), inPosition(comparisons, Position.NOT_JUDGED));
    }

    private static List<NationalComparison> inPosition(List<NationalComparison> comparisons, Position position) {
        return comparisons.stream().filter(c -> c.position() == position).toList();
    }
}
