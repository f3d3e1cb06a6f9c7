package uk.partnershipplans.portal.status;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.shared.Figures;
import uk.partnershipplans.portal.shared.Narrative.BulletList;
import uk.partnershipplans.portal.shared.Narrative.Paragraph;
import uk.partnershipplans.portal.shared.Narrative;
import uk.partnershipplans.portal.status.YearStatus.PriorityStatus;

/**
 * A plan year's dashboard for the board: the year's and each priority's roll-up, the red and amber items first, and the
 * actions and indicators that pass the filters, {@link #ROWS_PER_PAGE} to a page of each table, then the trends of
 * those indicators, {@link #TRENDS_PER_PAGE} to a page. Filters by priority and colour apply to actions and indicators
 * alike; indicators have no lead, so a lead filters the actions only. Each table is paged on its own (the filter's
 * {@code attentionPage}, {@code actionsPage}, {@code indicatorsPage} and {@code trendsPage}).
 *
 * @param priorities   the priorities shown: all, or the one filtered on
 * @param attention    the page asked for of the red items, then the amber ones, actions before indicators, in the
 *                     year's order
 * @param actions      the page asked for of the actions that pass the filters
 * @param indicators   the page asked for of the indicators that pass the filters
 * @param priorityId   the priority filtered on, when the filter names one of the year's
 * @param lead         the lead filtered on, when the filter names one of the year's
 * @param rag          the colour filtered on, when the filter names one
 * @param trends       the page of the indicators' trends asked for (the first for a page there is not)
 */
record YearDashboard(YearStatus status, List<PriorityStatus> priorities, Page<Attention> attention,
        Page<ActionRow> actions, Page<IndicatorRow> indicators, List<String> leads, Long priorityId, String lead,
        Rag rag, Page<IndicatorRow> trends) {

    /** A table's rows to a page: enough to read at a meeting; the rest a page away. */
    static final int ROWS_PER_PAGE = 25;

    /** A chart and its table of figures are long: a board reads a few at a time, each indicator's also on its page. */
    static final int TRENDS_PER_PAGE = 5;

    /** A red or amber item: an action or an indicator, the other null. */
    record Attention(Rag rag, ActionAssessment action, IndicatorRow indicator) {
    }

    /** An action's row of the table: its lead (often a list of organisations) as narrative text. */
    record ActionRow(ActionAssessment assessment, Narrative lead) {
    }

    /**
     * An indicator's row of the table and its trend.
     *
     * @param series the values known as at the day, however old, oldest first: those with a figure, a reason for
     *               having none, or a comparison with the national average in words
     */
    record IndicatorRow(IndicatorAssessment assessment, List<ValueFacts> series) {

        public Long id() {
            return assessment.indicator().id();
        }

        /** The chart of the series, drawn only for the trends shown. */
        public TrendChart trend() {
            return TrendChart.of(series);
        }

        /** The same row with the latest {@code periods} of its series only. */
        IndicatorRow latest(int periods) {
            return new IndicatorRow(assessment, series.subList(Math.max(0, series.size() - periods), series.size()));
        }

        /** The series but the values that give only a comparison with the national average: the figures and why there are none. */
        public List<ValueFacts> figures() {
            return series.stream().filter(v -> v.figure() != null || hasText(v.notAvailableReason())).toList();
        }

        /** A figure as the plans print it, with its own decimal places ("15,642", "5.00"), without its unit; null for none. */
        public String shown(BigDecimal figure) {
            return Figures.format(figure);
        }

        /** The tolerance that applied, in per cent, without trailing zeros ("5", "2.5"). */
        public String shownTolerance() {
            return Figures.formatWithoutTrailingZeros(assessment.tolerancePercent());
        }
    }

    static YearDashboard of(YearStatus status, DashboardFilter filter) {
        List<String> leads = status.actions().stream()
                .flatMap(a -> leadsOf(a.action().lead()).stream())
                .distinct()
                .sorted(Comparator.comparing((String lead) -> lead.toLowerCase(Locale.UK)).thenComparing(Comparator.naturalOrder()))
                .toList();
        Long priorityId = status.year().priorities().stream().map(PriorityFacts::id)
                .filter(id -> id.toString().equals(strip(filter.getPriority())))
                .findFirst().orElse(null);
        String lead = leads.contains(strip(filter.getLead())) ? strip(filter.getLead()) : null;
        Rag rag = Stream.of(Rag.values()).filter(r -> r.name().equals(strip(filter.getStatus()))).findFirst().orElse(null);

        Predicate<ActionAssessment> actionShown = a -> (priorityId == null || a.action().priorityIds().contains(priorityId))
                && (lead == null || leadsOf(a.action().lead()).contains(lead))
                && (rag == null || a.status().rag() == rag);
        Predicate<IndicatorAssessment> indicatorShown = i -> (priorityId == null
                || i.indicator().measures().stream().anyMatch(m -> m.priorityId().equals(priorityId)))
                && (rag == null || i.rag() == rag);
        List<ActionAssessment> actions = status.actions().stream().filter(actionShown).toList();
        List<ActionRow> actionRows = actions.stream().map(a -> new ActionRow(a, Narrative.parse(a.action().lead()))).toList();
        List<IndicatorRow> indicators = status.indicators().stream().filter(indicatorShown)
                .map(i -> row(i, status))
                .toList();
        List<Attention> attention = Stream.of(Rag.RED, Rag.AMBER).flatMap(colour -> Stream.concat(
                actions.stream().filter(a -> a.status().rag() == colour).map(a -> new Attention(colour, a, null)),
                indicators.stream().filter(i -> i.assessment().rag() == colour).map(i -> new Attention(colour, null, i))))
                .toList();
        List<PriorityStatus> priorities = status.priorities().stream()
                .filter(p -> priorityId == null || p.priority().id().equals(priorityId))
                .toList();
        return new YearDashboard(status, priorities, page(attention, filter.getAttentionPage(), ROWS_PER_PAGE),
                page(actionRows, filter.getActionsPage(), ROWS_PER_PAGE),
                page(indicators, filter.getIndicatorsPage(), ROWS_PER_PAGE), leads, priorityId, lead, rag,
                page(indicators, filter.getTrendsPage(), TRENDS_PER_PAGE));
    }

    /** The page numbered {@code asked} (from 1) of the list, {@code size} to a page, or the first when that is no page of it. */
    private static <T> Page<T> page(List<T> rows, String asked, int size) {
        int pages = Math.max(1, (rows.size() + size - 1) / size);
        int number = asked != null && asked.strip().matches("\\d{1,6}") ? Integer.parseInt(asked.strip()) : 1;
        PageRequest request = PageRequest.of(number >= 1 && number <= pages ? number - 1 : 0, size);
        int from = (int) request.getOffset();
        return new PageImpl<>(rows.subList(from, Math.min(from + size, rows.size())), request, rows.size());
    }

    public boolean isFiltered() {
        return priorityId != null || lead != null || rag != null;
    }

    public int allActions() {
        return status.actions().size();
    }

    public int allIndicators() {
        return status.indicators().size();
    }

    /**
     * The organisations or people an action's lead names: each item of its list, or each paragraph, as the lead is
     * narrative text ("- Nottinghamshire County Council" on a line of its own for each).
     */
    static List<String> leadsOf(String lead) {
        return Narrative.parse(lead).blocks().stream()
                .flatMap(block -> block instanceof BulletList list ? list.items().stream().map(Narrative.Item::text)
                        : Stream.of(((Paragraph) block).text()))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    /** An indicator's row, with its series as known at the day of the status. */
    static IndicatorRow row(IndicatorAssessment assessment, YearStatus status) {
        List<ValueFacts> series = assessment.indicator().values().stream()
                .filter(v -> v.periodEnd() != null && status.asAt().reaches(v, status.year()))
                .filter(v -> v.figure() != null || hasText(v.notAvailableReason()) || hasText(v.nationalComparison()))
                .sorted(IndicatorStatusCalculator.LATEST_FIRST.reversed())
                .toList();
        return new IndicatorRow(assessment, series);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
