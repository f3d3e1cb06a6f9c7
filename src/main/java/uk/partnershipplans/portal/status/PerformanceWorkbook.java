package uk.partnershipplans.portal.status;

import static uk.partnershipplans.portal.shared.TableDownload.row;

import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.PlanFacts.ActionFacts;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ReportFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.shared.TableDownload.Column;
import uk.partnershipplans.portal.shared.TableDownload.Table;
import uk.partnershipplans.portal.status.PerformanceReport.Section;
import uk.partnershipplans.portal.status.YearDashboard.IndicatorRow;

/**
 * The performance report as the tables of an Excel workbook: "Summary" (the report's sentences, as the page gives
 * them), "Actions" and "Indicators" (each priority's, in the report's order, red and amber first), with the same
 * statuses, figures and words as the page; figures are numbers and dates are dates.
 */
@Component
@RequiredArgsConstructor
class PerformanceWorkbook {

    private final StatusWords words;

    List<Table> tables(PerformanceReport report) {
        return List.of(summary(report), actions(report), indicators(report));
    }

    /** The title, the day, and the summary of progress in the committee report's words. */
    Table summary(PerformanceReport report) {
        YearStatus status = report.status();
        CommitteeSummary summary = report.summary();
        List<List<?>> rows = new ArrayList<>();
        rows.add(row(words.text("status.report.title", status.year().label()) + " - " + status.year().plan().title()));
        rows.add(row(words.position(status.asAt())));
        rows.add(row(words.text("status.report.approved-only")));
        rows.add(row(summary.actions() == 0 ? words.text("status.summary.actions.none")
                : words.text("status.summary.actions.headline", summary.completedOrOnSchedule(), summary.actions())));
        rows.add(row(indicatorsHeadline(summary)));
        for (Section section : report.priorities()) {
            rows.add(row(words.text("status.report.xlsx.priority-overall", numbered(section.priority().priority()),
                    words.of(section.priority().rollUp().overall()))));
        }
        return new Table(words.text("status.report.xlsx.summary"),
                List.of(Column.text(words.text("status.report.summary"))), rows);
    }

    /** The sentence on indicators, as the report's page puts it together. */
    String indicatorsHeadline(CommitteeSummary summary) {
        if (summary.comparable() == 0) {
            return words.text("status.summary.indicators.none");
        }
        StringBuilder sentence = new StringBuilder(words.text("status.summary.indicators.headline", summary.comparable(),
                summary.exceeding().size(), summary.fallingShort().size()));
        if (!summary.inLine().isEmpty()) {
            sentence.append(' ').append(words.text("status.summary.indicators.in-line", summary.inLine().size()));
        }
        if (!summary.notJudged().isEmpty()) {
            sentence.append(' ').append(words.text("status.summary.indicators.not-judged", summary.notJudged().size()));
        }
        return sentence.append(' ')
                .append(words.text("status.summary.indicators.without", summary.withoutComparison(), summary.indicators()))
                .toString();
    }

    Table actions(PerformanceReport report) {
        List<Column> columns = List.of(Column.text(heading("priority")), Column.text(heading("priority-title")),
                Column.text(heading("action-number")), Column.text(heading("action")), Column.text(heading("lead")),
                Column.text(heading("target")), Column.date(heading("target-date")), Column.text(heading("status")),
                Column.date(heading("revised-target-date")), Column.text(heading("revision-reason")),
                Column.text(heading("latest-report")), Column.date(heading("latest-report-as-at")),
                Column.text(heading("commentary")));
        List<List<?>> rows = new ArrayList<>();
        for (Section section : report.priorities()) {
            PriorityFacts priority = section.priority().priority();
            for (ActionAssessment assessment : section.actions()) {
                ActionFacts action = assessment.action();
                ReportFacts latest = assessment.latest();
                ReportFacts retargeted = assessment.retargeted();
                rows.add(row(priority.number(), priority.title(), action.number(), action.text(), action.lead(),
                        action.targetWording(), action.targetDate(), words.of(assessment.status()),
                        retargeted == null ? null : retargeted.revisedTargetDate(),
                        retargeted == null ? null : retargeted.revisionReason(),
                        latest == null ? words.text("status.report.action.not-reported") : reportName(latest),
                        latest == null ? null : latest.asAt(), latest == null ? null : latest.commentary()));
            }
        }
        return new Table(words.text("status.report.xlsx.actions"), columns, rows);
    }

    Table indicators(PerformanceReport report) {
        List<Column> columns = List.of(Column.text(heading("priority")), Column.text(heading("priority-title")),
                Column.text(heading("code")), Column.text(heading("indicator")), Column.number(heading("latest")),
                Column.text(heading("latest-note")), Column.text(heading("unit")), Column.text(heading("period")),
                Column.number(heading("target")), Column.number(heading("national")),
                Column.text(heading("national-comparison")), Column.number(heading("neighbour")),
                Column.text(heading("status")), Column.text(heading("direction")));
        List<List<?>> rows = new ArrayList<>();
        for (Section section : report.priorities()) {
            PriorityFacts priority = section.priority().priority();
            for (IndicatorRow indicator : section.indicators()) {
                IndicatorAssessment assessment = indicator.assessment();
                ValueFacts latest = assessment.latest();
                rows.add(row(priority.number(), priority.title(), assessment.indicator().code(),
                        assessment.indicator().name(), latest == null ? null : latest.figure(), words.noteOf(latest),
                        unit(assessment), latest == null ? null : latest.periodLabel(),
                        latest == null ? null : latest.target(), latest == null ? null : latest.nationalAverage(),
                        words.of(assessment.national()), latest == null ? null : latest.statisticalNeighbour(),
                        words.of(assessment.status()), words.of(assessment.direction())));
            }
        }
        return new Table(words.text("status.report.xlsx.indicators"), columns, rows);
    }

    /** A report's round, or that the board recorded it. */
    String reportName(ReportFacts report) {
        return report.roundName() != null ? report.roundName() : words.text("status.export.recorded");
    }

    String unit(IndicatorAssessment assessment) {
        return assessment.indicator().unit() == null ? null
                : words.text("admin.enum.IndicatorUnit." + assessment.indicator().unit().name());
    }

    private String heading(String column) {
        return words.text("status.export.column." + column);
    }

    private static String numbered(PriorityFacts priority) {
        return priority.number() + " " + priority.title();
    }
}
