package uk.partnershipplans.portal.status;

import java.util.Comparator;
import java.util.List;
import uk.partnershipplans.portal.status.YearDashboard.IndicatorRow;
import uk.partnershipplans.portal.status.YearStatus.PriorityStatus;

/**
 * The six-monthly performance report of a plan year as at a day, from the year's worked-out status: what a committee
 * report says of its progress, then each priority, in the plan's order, with its actions (their status, the latest
 * report's commentary and any reason for a new target date) and its indicators (latest figure, period, target,
 * national average and statistical neighbour, status and direction of travel), the red and amber ones first; then the
 * trend of each of the year's indicators, once each, in the year's order, over its latest {@link #TREND_PERIODS}
 * periods (the dashboard and each indicator's page give every period).
 *
 * @param trends the year's indicators, each with its latest periods for its trend chart and table of figures
 */
record PerformanceReport(CommitteeSummary summary, List<Section> priorities, List<IndicatorRow> trends) {

    /** A priority of the report, with its actions and indicators, the red and amber ones first. */
    record Section(PriorityStatus priority, List<ActionAssessment> actions, List<IndicatorRow> indicators) {
    }

    /**
     * The periods a trend of the report goes back: two years of quarters, or eight years of annual figures. A committee
     * reads the recent trend; a trend of every period (ten years of quarters in a large plan) would make the PDF many
     * times longer and slower to make.
     */
    static final int TREND_PERIODS = 8;

    /** Red first, then amber, green, and not rated; the year's order within each. */
    private static final Comparator<Rag> RED_FIRST = Comparator.naturalOrder();

    static PerformanceReport of(YearStatus status) {
        return new PerformanceReport(ProgressService.summarise(status), status.priorities().stream()
                .map(priority -> new Section(priority,
                        priority.actions().stream().sorted(Comparator.comparing(a -> a.status().rag(), RED_FIRST)).toList(),
                        priority.indicators().stream().sorted(Comparator.comparing(IndicatorAssessment::rag, RED_FIRST))
                                .map(indicator -> YearDashboard.row(indicator, status)).toList()))
                .toList(),
                status.indicators().stream().map(indicator -> YearDashboard.row(indicator, status).latest(TREND_PERIODS))
                        .toList());
    }

    public int trendPeriods() {
        return TREND_PERIODS;
    }

    public YearStatus status() {
        return summary.status();
    }
}
