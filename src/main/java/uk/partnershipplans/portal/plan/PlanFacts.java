package uk.partnershipplans.portal.plan;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.ProgressRecords.File;
import uk.partnershipplans.portal.plan.ProgressRecords.Link;
import uk.partnershipplans.portal.plan.model.ProgressReport;
import uk.partnershipplans.portal.plan.model.indicator.Indicator;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValue;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicator;
import uk.partnershipplans.portal.plan.read.PlanReadQueries.Pair;
import uk.partnershipplans.portal.plan.read.PlanReadQueries;
import uk.partnershipplans.portal.shared.ContentVersion;

/**
 * What other modules may read of a plan year, all at once: its priorities, actions, milestones, indicators and their
 * values, as plain records. It costs the same nine queries whatever the size of the year, so that a page working out
 * the status of every action and indicator of a year never runs a query per row. A year read is kept under the version
 * of the content ({@link ContentVersion}) until something changes, so the pages that read it again run none.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class PlanFacts {

    /** How many years are kept: the years being read at the moment (a large year holds a few megabytes). */
    private static final int KEPT_YEARS = 16;

    private record Kept(Long yearId, long version) {
    }

    private final PlanReadQueries queries;
    private final ContentVersion content;
    private final Cache<Kept, Optional<YearFacts>> kept = Caffeine.newBuilder().maximumSize(KEPT_YEARS).build();

    /** {@code dataNote}: what the documents the year was entered from do not give; null when nothing. */
    public record YearFacts(Long id, String label, PlanName plan, LocalDate startDate, LocalDate endDate, String dataNote,
            List<PriorityFacts> priorities, List<ActionFacts> actions, List<MilestoneFacts> milestones,
            List<IndicatorFacts> indicators) {
    }

    public record PlanName(Long id, String title, Long partnershipId) {
    }

    public record PriorityFacts(Long id, String number, String title) {
    }

    /**
     * An action with its planned target date and every report of its progress, oldest first (see
     * {@link #reportsAsAt}).
     */
    public record ActionFacts(Long id, String number, String text, String targetWording, LocalDate targetDate, String lead,
            List<ReportFacts> reports, List<Long> priorityIds) {

        /** The latest report of all; null while nobody has reported. */
        public ReportFacts latest() {
            return latestAsAt(LocalDate.MAX);
        }

        /** The target date as the latest report of all set it, else the plan's. */
        public LocalDate latestTargetDate() {
            return targetDateAsAt(LocalDate.MAX);
        }

        /** The latest report as at {@code day}; null when nobody had reported by then. */
        public ReportFacts latestAsAt(LocalDate day) {
            return PlanFacts.latestAsAt(reports, day);
        }

        /** The latest report as at {@code day} that revised the target date; null when none did. */
        public ReportFacts retargetedAsAt(LocalDate day) {
            return reportsAsAt(reports, day).stream().filter(r -> r.revisedTargetDate() != null)
                    .reduce((earlier, later) -> later).orElse(null);
        }

        /** The target date as at {@code day}: the latest revised one reported by then, else the plan's. */
        public LocalDate targetDateAsAt(LocalDate day) {
            ReportFacts retargeted = retargetedAsAt(day);
            return retargeted != null ? retargeted.revisedTargetDate() : targetDate;
        }
    }

    /**
     * One report of progress, as at the day it speaks for: an approved update (with its round's name and the update's
     * id) or a board member's own record. {@code status} and the dates are an action's; {@code periodLabel} is the period
     * of an indicator's figure.
     */
    public record ReportFacts(Long id, LocalDate asAt, Long updateId, String roundName, ReportedProgress status,
            LocalDate completedOn, LocalDate revisedTargetDate, String revisionReason, String evidence, String commentary,
            List<Link> links, List<File> files, String periodLabel, String approvedBy, Instant approvedAt) {
    }

    /** The reports as at {@code day}, oldest first: those that speak for that day or an earlier one. */
    public static List<ReportFacts> reportsAsAt(List<ReportFacts> reports, LocalDate day) {
        return reports.stream().filter(r -> !r.asAt().isAfter(day)).toList();
    }

    /** The latest of {@code reports} (oldest first) as at {@code day}; null when none speaks for that day or before. */
    public static ReportFacts latestAsAt(List<ReportFacts> reports, LocalDate day) {
        List<ReportFacts> asAt = reportsAsAt(reports, day);
        return asAt.isEmpty() ? null : asAt.get(asAt.size() - 1);
    }

    /** {@code actionId} is null for a milestone that belongs to no action; {@code completedOn} is null until it is done. */
    public record MilestoneFacts(Long id, Long priorityId, Long actionId, String text, String dueWording, LocalDate dueDate,
            LocalDate completedOn) {
    }

    /**
     * An indicator as the year reports it; {@code code} is its reference in a national set ("PH 1.04"), null for none. Unit, polarity and period type are null for one still being developed;
     * {@code tolerancePercent} is null where the portal's default applies. {@code values} are every period's figures,
     * in no particular order.
     */
    public record IndicatorFacts(Long id, String name, String code, IndicatorUnit unit, Polarity polarity, PeriodType periodType,
            BigDecimal tolerancePercent, boolean newIndicator, boolean inDevelopment, List<Measures> measures,
            List<ValueFacts> values, List<ReportFacts> reports) {
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

    /** The partnership whose plan the year belongs to; empty when there is no such year. */
    public Optional<Long> partnershipOfYear(Long yearId) {
        return queries.planYear(yearId).map(year -> year.getPlan().getPartnershipId());
    }

    /** The year, as kept under the version of the content or read afresh; empty when there is no such year. */
    public Optional<YearFacts> year(Long yearId) {
        OptionalLong version = content.current();
        return version.isEmpty() ? read(yearId) : kept.get(new Kept(yearId, version.getAsLong()), key -> read(yearId));
    }

    private Optional<YearFacts> read(Long yearId) {
        return queries.planYear(yearId).map(year -> {
            Map<Long, List<Long>> actionPriorities = queries.actionPriorities(yearId).stream()
                    .collect(Collectors.groupingBy(Pair::fromId, Collectors.mapping(Pair::toId, Collectors.toList())));
            List<PriorityFacts> priorities = queries.priorities(yearId).stream()
                    .map(p -> new PriorityFacts(p.getId(), p.getNumber(), p.getTitle())).toList();
            Map<Long, Integer> priorityOrder = priorityOrder(priorities);
            List<ProgressReport> reports = queries.reportsOfYear(yearId);
            Map<Long, List<ReportFacts>> actionReports = reports.stream().filter(r -> r.getActionId() != null)
                    .collect(Collectors.groupingBy(ProgressReport::getActionId,
                            Collectors.mapping(PlanFacts::report, Collectors.toList())));
            Map<Long, List<ReportFacts>> indicatorReports = reports.stream().filter(r -> r.getIndicatorId() != null)
                    .collect(Collectors.groupingBy(ProgressReport::getIndicatorId,
                            Collectors.mapping(PlanFacts::report, Collectors.toList())));
            List<ActionFacts> actions = queries.actionsOfYear(yearId).stream()
                    .map(a -> new ActionFacts(a.getId(), a.getNumber(), a.getText(), a.getTargetWording(), a.getTargetDate(),
                            a.getLead(), actionReports.getOrDefault(a.getId(), List.of()),
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
                            values.getOrDefault(use.getIndicator().getId(), List.of()),
                            indicatorReports.getOrDefault(use.getIndicator().getId(), List.of())))
                    .toList();
            return new YearFacts(year.getId(), year.getLabel(), new PlanName(year.getPlan().getId(), year.getPlan().getTitle(),
                    year.getPlan().getPartnershipId()),
                    year.getStartDate(), year.getEndDate(), year.getDataNote(), priorities, actions,
                    List.copyOf(queries.milestonesOfYear(yearId)), indicators);
        });
    }

    /** A report as other modules read it. */
    public static ReportFacts report(ProgressReport r) {
        return new ReportFacts(r.getId(), r.getAsAt(), r.getUpdateId(), r.getRoundName(), r.getReportedStatus(),
                r.getCompletedOn(), r.getRevisedTargetDate(), r.getRevisionReason(), r.getEvidence(), r.getCommentary(),
                r.getLinks().stream().map(l -> new Link(l.getTitle(), l.getUrl())).toList(),
                r.getFiles().stream().map(f -> new File(f.getAttachmentId(), f.getFilename())).toList(),
                r.getPeriodLabel(), r.getApprovedBy(), r.getApprovedAt());
    }

    private static IndicatorFacts indicator(PlanYearIndicator use, List<Measures> measures, List<IndicatorValue> values,
            List<ReportFacts> reports) {
        Indicator indicator = use.getIndicator();
        return new IndicatorFacts(indicator.getId(), indicator.getName(), indicator.getCode(), indicator.getUnit(), indicator.getPolarity(),
                indicator.getPeriodType(), indicator.getTolerancePercent(), use.isNewIndicator(), use.isInDevelopment(),
                measures, values.stream().map(v -> value(indicator, v)).toList(), reports);
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
