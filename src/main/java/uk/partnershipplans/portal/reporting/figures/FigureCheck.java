package uk.partnershipplans.portal.reporting.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import uk.partnershipplans.portal.plan.FigureImports.Figure;
import uk.partnershipplans.portal.plan.FigureImports.YearIndicator;
import uk.partnershipplans.portal.plan.FigureRule;
import uk.partnershipplans.portal.plan.ProgressRecords.Period;
import uk.partnershipplans.portal.shared.Forms;

/**
 * Checks the rows of one file of figures in turn, as they are read: the headings (row 1), then each row by the rules of
 * a figure: a known indicator of the year that the importer may report, a period of the indicator's kind that has
 * ended ({@link YearIndicator#periodOf}), a figure by {@link FigureRule} for the indicator's unit, Yes or No for
 * provisional, no second row for the same indicator and period, and no approved figure already held for it. Rows
 * left blank, or with nothing but the indicator (as the template lists them), are skipped. It remembers only the
 * headings and the indicator and period of each row seen, never the rows.
 */
final class FigureCheck {

    private static final int MAX_COMPARISON = 200;
    private static final int MAX_NOTE = 1000;
    private static final Set<String> YES = Set.of("yes", "y", "true");
    private static final Set<String> NO = Set.of("no", "n", "false", "");

    /** One problem: the row, the heading of its column as the file gives it (null for the whole row) and why. */
    record Problem(long row, String column, MessageSourceResolvable message) {
    }

    /** What one row gave: its figure, or its problems; neither for a row skipped. */
    record Checked(long row, Figure figure, List<Problem> problems) {
    }

    private final Map<String, YearIndicator> byCode;
    private final Map<String, List<YearIndicator>> byName;
    private final Set<Long> permitted;
    private final String yearLabel;
    private final LocalDate today;
    private final Map<FigureColumn, Integer> positions = new EnumMap<>(FigureColumn.class);
    private final Map<FigureColumn, String> headings = new EnumMap<>(FigureColumn.class);
    private final Map<String, Long> seen = new HashMap<>();
    private final Function<FigureColumn, String> templateHeading;

    /**
     * @param indicators      the year's indicators
     * @param permitted       those the importer may import figures for
     * @param templateHeading the heading of each column in the template
     */
    FigureCheck(List<YearIndicator> indicators, Set<Long> permitted, String yearLabel, LocalDate today,
            Function<FigureColumn, String> templateHeading) {
        this.byCode = indicators.stream().filter(i -> i.code() != null && !i.code().isBlank())
                .collect(Collectors.toMap(i -> key(i.code()), Function.identity(), (first, second) -> first));
        this.byName = indicators.stream().collect(Collectors.groupingBy(i -> key(i.name())));
        this.permitted = permitted;
        this.yearLabel = yearLabel;
        this.today = today;
        this.templateHeading = templateHeading;
    }

    /** Reads the headings of row 1; the problems with them (when any, no row can be checked). */
    List<Problem> headings(List<String> cells) {
        List<Problem> problems = new ArrayList<>();
        Map<String, FigureColumn> known = new HashMap<>();
        for (FigureColumn column : FigureColumn.values()) {
            known.put(key(templateHeading.apply(column)), column);
        }
        for (int i = 0; i < cells.size(); i++) {
            String heading = cells.get(i).strip();
            if (heading.isEmpty()) {
                continue;
            }
            FigureColumn column = known.get(key(heading));
            if (column == null) {
                problems.add(new Problem(1, heading, message("figures.heading.unknown")));
            } else if (positions.containsKey(column)) {
                problems.add(new Problem(1, heading, message("figures.heading.twice")));
            } else {
                positions.put(column, i);
                headings.put(column, heading);
            }
        }
        for (FigureColumn column : FigureColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(new Problem(1, null, message("figures.heading.missing", templateHeading.apply(column))));
            }
        }
        return problems;
    }

    /** Checks one row after the headings. */
    Checked row(long row, List<String> cells) {
        String indicatorText = cell(cells, FigureColumn.INDICATOR);
        boolean onlyIndicator = true;
        for (FigureColumn column : FigureColumn.values()) {
            if (column != FigureColumn.INDICATOR && !cell(cells, column).isEmpty()) {
                onlyIndicator = false;
            }
        }
        if (onlyIndicator) {
            return new Checked(row, null, List.of());
        }
        List<Problem> problems = new ArrayList<>();
        YearIndicator indicator = indicator(row, indicatorText, problems);
        Period period = period(row, cell(cells, FigureColumn.PERIOD), indicator, problems);
        String valueText = cell(cells, FigureColumn.VALUE);
        BigDecimal value = null;
        if (valueText.isEmpty()) {
            problems.add(problem(row, FigureColumn.VALUE, "figures.value.required"));
        } else {
            value = figure(row, FigureColumn.VALUE, valueText, indicator, problems);
        }
        Boolean provisional = provisional(row, cell(cells, FigureColumn.PROVISIONAL), problems);
        BigDecimal national = figure(row, FigureColumn.NATIONAL_AVERAGE, cell(cells, FigureColumn.NATIONAL_AVERAGE),
                indicator, problems);
        BigDecimal neighbour = figure(row, FigureColumn.STATISTICAL_NEIGHBOUR,
                cell(cells, FigureColumn.STATISTICAL_NEIGHBOUR), indicator, problems);
        String comparison = text(row, FigureColumn.NATIONAL_COMPARISON, cells, MAX_COMPARISON, problems);
        String note = text(row, FigureColumn.NOTE, cells, MAX_NOTE, problems);
        if (indicator != null && period != null) {
            Long earlier = seen.putIfAbsent(indicator.id() + " " + period.label(), row);
            if (earlier != null) {
                problems.add(problem(row, FigureColumn.PERIOD, "figures.duplicate", earlier, indicator.name(),
                        period.label()));
            } else if (indicator.hasFigureFor(period)) {
                problems.add(problem(row, FigureColumn.PERIOD, "figures.period.approved", indicator.name(),
                        period.label()));
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(row, null, problems);
        }
        return new Checked(row, new Figure(indicator.id(), period, value, provisional, national, neighbour, comparison,
                note), List.of());
    }

    private YearIndicator indicator(long row, String cell, List<Problem> problems) {
        String typed = cell.startsWith("'") ? cell.substring(1).strip() : cell; // as the template guards it
        if (typed.isEmpty()) {
            problems.add(problem(row, FigureColumn.INDICATOR, "figures.indicator.required"));
            return null;
        }
        YearIndicator indicator = byCode.get(key(typed));
        if (indicator == null) {
            List<YearIndicator> named = byName.getOrDefault(key(typed), List.of());
            if (named.size() > 1) {
                problems.add(problem(row, FigureColumn.INDICATOR, "figures.indicator.ambiguous", typed));
                return null;
            }
            indicator = named.isEmpty() ? null : named.get(0);
        }
        if (indicator == null) {
            problems.add(problem(row, FigureColumn.INDICATOR, "figures.indicator.unknown", typed, yearLabel));
            return null;
        }
        if (!permitted.contains(indicator.id())) {
            problems.add(problem(row, FigureColumn.INDICATOR, "figures.indicator.not-yours", indicator.name()));
            return null;
        }
        return indicator;
    }

    private Period period(long row, String typed, YearIndicator indicator, List<Problem> problems) {
        if (typed.isEmpty()) {
            problems.add(problem(row, FigureColumn.PERIOD, "figures.period.required"));
            return null;
        }
        if (!YearIndicator.isPeriod(typed)) {
            problems.add(problem(row, FigureColumn.PERIOD, "figures.period.unknown", typed));
            return null;
        }
        if (indicator == null) {
            return null;
        }
        if (indicator.periodKind() == null) {
            problems.add(problem(row, FigureColumn.PERIOD, "figures.period.no-kind", indicator.name()));
            return null;
        }
        Optional<Period> period = indicator.periodOf(typed);
        if (period.isEmpty()) {
            problems.add(problem(row, FigureColumn.PERIOD, "figures.period.kind", typed, indicator.name(),
                    new DefaultMessageSourceResolvable("figures.period-kind." + indicator.periodKind())));
            return null;
        }
        if (period.get().end().isAfter(today)) {
            problems.add(problem(row, FigureColumn.PERIOD, "figures.period.future", period.get().label()));
            return null;
        }
        return period.get();
    }

    private BigDecimal figure(long row, FigureColumn column, String typed, YearIndicator indicator,
            List<Problem> problems) {
        return FigureRule.read(typed, indicator == null ? null : indicator.unit(), column.name(), column.messageCode(),
                problem -> problems.add(new Problem(row, heading(column), problem))).orElse(null);
    }

    private Boolean provisional(long row, String typed, List<Problem> problems) {
        String answer = typed.toLowerCase(Locale.ROOT);
        if (YES.contains(answer)) {
            return true;
        }
        if (!NO.contains(answer)) {
            problems.add(problem(row, FigureColumn.PROVISIONAL, "figures.provisional.invalid"));
        }
        return false;
    }

    private String text(long row, FigureColumn column, List<String> cells, int max, List<Problem> problems) {
        String text = Forms.optional(cell(cells, column));
        if (text != null && text.length() > max) {
            problems.add(problem(row, column, "figures.text.too-long", max));
        }
        return text;
    }

    private String cell(List<String> cells, FigureColumn column) {
        Integer position = positions.get(column);
        return position == null || position >= cells.size() || cells.get(position) == null ? ""
                : cells.get(position).strip();
    }

    private Problem problem(long row, FigureColumn column, String code, Object... args) {
        return new Problem(row, heading(column), message(code, args));
    }

    private String heading(FigureColumn column) {
        return headings.getOrDefault(column, templateHeading.apply(column));
    }

    private static MessageSourceResolvable message(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
