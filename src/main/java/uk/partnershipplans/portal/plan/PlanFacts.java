package uk.partnershipplans.portal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.model.indicator.Indicator;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValue;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicator;
import uk.partnershipplans.portal.plan.read.PlanReadQueries.Pair;
import uk.partnershipplans.portal.plan.read.PlanReadQueries;

/**
 * What other modules may read of a plan year, all at once: its priorities, actions, milestones, indicators and their
 * values, as plain records. It costs the same eight queries whatever the size of the year, so that a page working out
 * the status of every action and indicator of a year never runs a query per row.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class PlanFacts {

    private final PlanReadQueries queries;

    public record YearFacts(Long id, String label, PlanName plan, LocalDate startDate, LocalDate endDate,
            List<PriorityFacts> priorities, List<ActionFacts> actions, List<MilestoneFacts> milestones,
            List<IndicatorFacts> indicators) {
    }

    public record PlanName(Long id, String title) {
    }

    public record PriorityFacts(Long id, String number, String title) {
    }

    /** {@code reportedStatus} is null while nobody has reported; {@code completedOn} is set only when it is completed. */
    public record ActionFacts(Long id, String number, String text, String targetWording, LocalDate targetDate, String lead,
            ReportedProgress reportedStatus, LocalDate completedOn, List<Long> priorityIds) {
    }

    /** {@code actionId} is null for a milestone that belongs to no action; {@code completedOn} is null until it is done. */
    public record MilestoneFacts(Long id, Long priorityId, Long actionId, String text, String dueWording, LocalDate dueDate,
            LocalDate completedOn) {
    }

    /**
     * An indicator as the year reports it. Unit, polarity and period type are null for one still being developed;
     * {@code tolerancePercent} is null where the portal's default applies. {@code values} are every period's figures,
     * in no particular order.
     */
    public record IndicatorFacts(Long id, String name, IndicatorUnit unit, Polarity polarity, PeriodType periodType,
            BigDecimal tolerancePercent, boolean newIndicator, boolean inDevelopment, List<Measures> measures,
            List<ValueFacts> values) {
    }

    /** The indicator measures this priority, as its primary indicator or an additional one. */
    public record Measures(Long priorityId, boolean primary) {
    }

    /**
     * One period's figure with its comparators. {@code periodType} is the kind of period the label names ("2012/13 Q3"
     * a quarter), or else the indicator's. {@code nationalComparison} is a comparison given in words only.
     */
    public record ValueFacts(Long id, String periodLabel, LocalDate periodEnd, PeriodType periodType, BigDecimal figure,
            boolean provisional, String notAvailableReason, BigDecimal target, BigDecimal nationalAverage,
            BigDecimal statisticalNeighbour, String nationalComparison) {
    }

    public Optional<YearFacts> year(Long yearId) {
        return queries.planYear(yearId).map(year -> {
            Map<Long, List<Long>> actionPriorities = queries.actionPriorities(yearId).stream()
                    .collect(Collectors.groupingBy(Pair::fromId, Collectors.mapping(Pair::toId, Collectors.toList())));
            List<PriorityFacts> priorities = queries.priorities(yearId).stream()
                    .map(p -> new PriorityFacts(p.getId(), p.getNumber(), p.getTitle())).toList();
            Map<Long, Integer> priorityOrder = priorityOrder(priorities);
            List<ActionFacts> actions = queries.actionsOfYear(yearId).stream()
                    .map(a -> new ActionFacts(a.getId(), a.getNumber(), a.getText(), a.getTargetWording(), a.getTargetDate(),
                            a.getLead(), a.getReportedStatus(), a.getCompletedOn(),
                            inPriorityOrder(actionPriorities.getOrDefault(a.getId(), List.of()), priorityOrder)))
                    .toList();
            Map<Long, List<Measures>> measures = queries.indicatorPriorities(yearId).stream()
                    .sorted(Comparator.comparing(p -> priorityOrder.getOrDefault(p.toId(), Integer.MAX_VALUE)))
                    .collect(Collectors.groupingBy(Pair::fromId,
                            Collectors.mapping(p -> new Measures(p.toId(), p.primary()), Collectors.toList())));
            Map<Long, List<IndicatorValue>> values = queries.valuesOfYearIndicators(yearId).stream()
                    .collect(Collectors.groupingBy(v -> v.getIndicator().getId()));
            List<IndicatorFacts> indicators = queries.indicatorsOfYear(yearId).stream()
                    .map(use -> indicator(use, measures.getOrDefault(use.getIndicator().getId(), List.of()),
                            values.getOrDefault(use.getIndicator().getId(), List.of())))
                    .toList();
            return new YearFacts(year.getId(), year.getLabel(), new PlanName(year.getPlan().getId(), year.getPlan().getTitle()),
                    year.getStartDate(), year.getEndDate(), priorities, actions, queries.milestonesOfYear(yearId), indicators);
        });
    }

    private static IndicatorFacts indicator(PlanYearIndicator use, List<Measures> measures, List<IndicatorValue> values) {
        Indicator indicator = use.getIndicator();
        return new IndicatorFacts(indicator.getId(), indicator.getName(), indicator.getUnit(), indicator.getPolarity(),
                indicator.getPeriodType(), indicator.getTolerancePercent(), use.isNewIndicator(), use.isInDevelopment(),
                measures, values.stream().map(v -> value(indicator, v)).toList());
    }

    private static ValueFacts value(Indicator indicator, IndicatorValue value) {
        return new ValueFacts(value.getId(), value.getPeriodLabel(), value.getPeriodEnd(),
                ReportingPeriods.typeOf(value.getPeriodLabel()).orElse(indicator.getPeriodType()), value.getFigure(),
                value.isProvisional(), value.getNotAvailableReason(), value.getTarget(), value.getNationalAverage(),
                value.getStatisticalNeighbour(), value.getNationalComparison());
    }

    private static Map<Long, Integer> priorityOrder(List<PriorityFacts> priorities) {
        return IntStream.range(0, priorities.size()).boxed()
                .collect(Collectors.toMap(i -> priorities.get(i).id(), i -> i));
    }

    private static List<Long> inPriorityOrder(List<Long> priorityIds, Map<Long, Integer> order) {
        return priorityIds.stream().sorted(Comparator.comparing(id -> order.getOrDefault(id, Integer.MAX_VALUE))).toList();
    }
}
