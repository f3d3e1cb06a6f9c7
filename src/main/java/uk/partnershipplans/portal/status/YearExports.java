package uk.partnershipplans.portal.status;

import static uk.partnershipplans.portal.shared.TableDownload.row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.PlanFacts.ActionFacts;
import uk.partnershipplans.portal.plan.PlanFacts.IndicatorFacts;
import uk.partnershipplans.portal.plan.PlanFacts.Measures;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ReportFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.plan.PlanPartners.PartnerFacts;
import uk.partnershipplans.portal.plan.ProgressRecords.File;
import uk.partnershipplans.portal.shared.Dates;
import uk.partnershipplans.portal.shared.TableDownload.Column;
import uk.partnershipplans.portal.shared.TableDownload.Table;

/**
 * A plan year's content as tables to download, with what the reading pages show every signed-in person: its
 * indicators with every value, its actions with their status as the dashboard works it out, the reports of progress
 * (approved updates and the board's own records; the names of their files only for those who may open them), and its
 * partners.
 */
@Component
@RequiredArgsConstructor
class YearExports {

    /** The tables a plan year downloads as; each is one CSV file or a one-sheet workbook. */
    enum Export {
        INDICATORS, ACTIONS, REPORTS, PARTNERS;

        /** Its name in addresses and file names: "indicators". */
        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final StatusWords words;
    private final PerformanceWorkbook report;

    /**
     * One row for each value of each indicator, in the year's order of indicators and the values' order of periods,
     * oldest first; an indicator with no value has a row of its own with no figure.
     */
    Table indicators(YearStatus status) {
        Map<Long, String> numbers = priorityNumbers(status);
        List<Column> columns = List.of(Column.text(heading("code")), Column.text(heading("indicator")),
                Column.text(heading("unit")), Column.text(heading("priorities")), Column.text(heading("period")),
                Column.date(heading("period-end")), Column.number(heading("value")), Column.text(heading("provisional")),
                Column.text(heading("not-available")), Column.number(heading("target")),
                Column.number(heading("national")), Column.number(heading("neighbour")),
                Column.text(heading("national-in-words")));
        List<List<?>> rows = new ArrayList<>();
        for (IndicatorAssessment assessment : status.indicators()) {
            IndicatorFacts indicator = assessment.indicator();
            List<Object> first = row(indicator.code(), indicator.name(), report.unit(assessment),
                    priorities(indicator.measures(), numbers));
            List<ValueFacts> values = indicator.values().stream()
                    .sorted(Comparator.comparing(ValueFacts::periodEnd, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(ValueFacts::id))
                    .toList();
            if (values.isEmpty()) {
                rows.add(first);
            }
            for (ValueFacts value : values) {
                List<Object> cells = new ArrayList<>(first);
                cells.addAll(row(value.periodLabel(), value.periodEnd(), value.figure(), yesNo(value.provisional()),
                        value.notAvailableReason(), value.target(), value.nationalAverage(), value.statisticalNeighbour(),
                        value.nationalComparison()));
                rows.add(cells);
            }
        }
        return new Table(words.text("status.export.INDICATORS"), columns, rows);
    }

    /** One row for each action, in the year's order, with its status as at the year's day, as the dashboard gives it. */
    Table actions(YearStatus status) {
        Map<Long, String> numbers = priorityNumbers(status);
        List<Column> columns = List.of(Column.text(heading("action-number")), Column.text(heading("action")),
                Column.text(heading("lead")), Column.text(heading("priorities")), Column.text(heading("target")),
                Column.date(heading("target-date")), Column.date(heading("target-date-now")),
                Column.text(heading("status")), Column.date(heading("status-as-at")),
                Column.number(heading("milestones")), Column.number(heading("milestones-due")),
                Column.number(heading("milestones-done-of-due")), Column.text(heading("latest-report")),
                Column.date(heading("latest-report-as-at")), Column.text(heading("commentary")),
                Column.text(heading("revision-reason")));
        List<List<?>> rows = new ArrayList<>();
        for (ActionAssessment assessment : status.actions()) {
            ActionFacts action = assessment.action();
            ReportFacts latest = assessment.latest();
            rows.add(row(action.number(), action.text(), action.lead(),
                    action.priorityIds().stream().map(numbers::get).collect(Collectors.joining(", ")),
                    action.targetWording(), action.targetDate(), assessment.targetDate(), words.of(assessment.status()),
                    status.asAt().day(), count(assessment.milestones().total()), count(assessment.milestones().due()),
                    count(assessment.milestones().doneOfDue()),
                    latest == null ? words.text("status.report.action.not-reported") : report.reportName(latest),
                    latest == null ? null : latest.asAt(), latest == null ? null : latest.commentary(),
                    assessment.retargeted() == null ? null : assessment.retargeted().revisionReason()));
        }
        return new Table(words.text("status.export.ACTIONS"), columns, rows);
    }

    /**
     * One row for each report of progress of the year's actions, then of its indicators, in the year's order and each
     * one's oldest first: what the action and indicator pages list.
     *
     * @param withFiles whether to name each report's files: only for those who may open them
     */
    Table reports(YearStatus status, boolean withFiles) {
        List<Column> columns = new ArrayList<>(List.of(Column.text(heading("of")), Column.text(heading("number")),
                Column.text(heading("name")), Column.text(heading("round")), Column.date(heading("as-at")),
                Column.text(heading("reported-status")), Column.date(heading("completed-on")),
                Column.date(heading("revised-target-date")), Column.text(heading("revision-reason")),
                Column.text(heading("figure-period")), Column.text(heading("commentary")),
                Column.text(heading("evidence")), Column.text(heading("links")), Column.text(heading("approved-by")),
                Column.date(heading("approved-on"))));
        if (withFiles) {
            columns.add(Column.text(heading("files")));
        }
        List<List<?>> rows = new ArrayList<>();
        String ofAction = words.text("status.export.of.action");
        String ofIndicator = words.text("status.export.of.indicator");
        status.year().actions().forEach(action -> action.reports()
                .forEach(r -> rows.add(report(ofAction, action.number(), action.text(), r, withFiles))));
        status.year().indicators().forEach(indicator -> indicator.reports()
                .forEach(r -> rows.add(report(ofIndicator, indicator.code(), indicator.name(), r, withFiles))));
        return new Table(words.text("status.export.REPORTS"), columns, rows);
    }

    /** One row for each organisation the plan names or that is a member of the partnership, by name. */
    Table partners(List<PartnerFacts> partners) {
        List<Column> columns = List.of(Column.text(heading("organisation")), Column.text(heading("kind")),
                Column.text(heading("part-of")), Column.text(heading("named-as")), Column.text(heading("qualifier")),
                Column.text(heading("member")));
        return new Table(words.text("status.export.PARTNERS"), columns, partners.stream()
                .map(p -> row(p.name(), p.kind(), p.parentName(),
                        p.relevant() == null ? null : words.text(p.relevant() ? "status.export.named-as.relevant" : "status.export.named-as.other"),
                        p.qualifier(), yesNo(p.member())))
                .toList());
    }

    private List<Object> report(String of, String number, String name, ReportFacts r, boolean withFiles) {
        List<Object> cells = row(of, number, name, report.reportName(r), r.asAt(),
                r.status() == null ? null : words.text("admin.enum.ReportedProgress." + r.status().name()),
                r.completedOn(), r.revisedTargetDate(), r.revisionReason(), r.periodLabel(), r.commentary(),
                r.evidence(), r.links().isEmpty() ? null : r.links().stream()
                        .map(link -> link.title() + " <" + link.url() + ">").collect(Collectors.joining("\n")),
                r.approvedBy(), r.approvedAt() == null ? null : Dates.dayOf(r.approvedAt()));
        if (withFiles) {
            cells = new ArrayList<>(cells);
            cells.add(r.files().isEmpty() ? null
                    : r.files().stream().map(File::filename).collect(Collectors.joining("\n")));
        }
        return cells;
    }

    private static Map<Long, String> priorityNumbers(YearStatus status) {
        return status.year().priorities().stream().collect(Collectors.toMap(PriorityFacts::id, PriorityFacts::number));
    }

    /** The priorities an indicator measures, its primary ones marked as the indicator table marks them ("3.1 ✓✓"). */
    private String priorities(List<Measures> measures, Map<Long, String> numbers) {
        return measures.stream()
                .map(m -> words.text(m.primary() ? "status.export.priority.primary" : "status.export.priority.additional",
                        numbers.get(m.priorityId())))
                .collect(Collectors.joining(", "));
    }

    private String yesNo(boolean yes) {
        return words.text(yes ? "status.export.yes" : "status.export.no");
    }

    private static BigDecimal count(int count) {
        return BigDecimal.valueOf(count);
    }

    private String heading(String column) {
        return words.text("status.export.column." + column);
    }

    static String fileName(Export export, YearStatus status) {
        return export.slug() + "-" + status.year().label() + (export == Export.ACTIONS ? "-as-at-" + status.asAt().day() : "");
    }
}
