package uk.partnershipplans.portal.status;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.shared.Figures;

/**
 * A small line chart of an indicator's figures, period by period, drawn on the server as SVG coordinates: the figures
 * as a line with a dot each, and the targets, where there are any, as open circles joined by a dashed line. The scale
 * runs from the lowest to the highest of the figures and targets. The same figures are always given in a table beside it.
 * Pages draw it as SVG ({@code status/fragments :: trendChart}); documents, which cannot, as a picture drawn from the same
 * coordinates ({@link #picture}, {@link TrendPicture}).
 *
 * @param figures the dots of the figures, oldest first
 * @param targets the dots of the targets, oldest first; empty when no period has a target
 * @param highest the highest figure or target, formatted; null when there is nothing to draw
 * @param lowest  the lowest, formatted
 */
record TrendChart(List<Point> figures, List<Point> targets, String highest, String lowest) {

    static final int WIDTH = 420;
    static final int HEIGHT = 150;
    /** Room on the left for the scale's figures and at the bottom for the first and last periods. */
    static final int LEFT = 100;
    static final int RIGHT = 8;
    static final int TOP = 10;
    static final int BOTTOM = 26;

    /** One dot: where it is drawn, and the period it is for. */
    record Point(double x, double y, String period) {

        public String cx() {
            return coordinate(x);
        }

        public String cy() {
            return coordinate(y);
        }
    }

    /** @param series the values to draw, oldest first; those without a figure are left out */
    static TrendChart of(List<ValueFacts> series) {
        List<ValueFacts> withFigures = series.stream().filter(v -> v.figure() != null).toList();
        if (withFigures.isEmpty()) {
            return new TrendChart(List.of(), List.of(), null, null);
        }
        List<BigDecimal> all = Stream.concat(withFigures.stream().map(ValueFacts::figure),
                withFigures.stream().map(ValueFacts::target).filter(Objects::nonNull)).toList();
        BigDecimal low = all.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal high = all.stream().max(BigDecimal::compareTo).orElseThrow();
        List<Point> figures = new ArrayList<>();
        List<Point> targets = new ArrayList<>();
        for (int i = 0; i < withFigures.size(); i++) {
            ValueFacts value = withFigures.get(i);
            double x = x(i, withFigures.size());
            figures.add(new Point(x, y(value.figure(), low, high), value.periodLabel()));
            if (value.target() != null) {
                targets.add(new Point(x, y(value.target(), low, high), value.periodLabel()));
            }
        }
        return new TrendChart(figures, targets, Figures.format(high), Figures.format(low));
    }

    public boolean isEmpty() {
        return figures.isEmpty();
    }

    /** Every figure and target the same: the scale has one mark, at mid-height. */
    public boolean isLevel() {
        return highest != null && highest.equals(lowest);
    }

    /** One figure: it is drawn in the middle, and the period is named once, under it. */
    public boolean isSingle() {
        return figures.size() == 1;
    }

    public String middle() {
        return coordinate(middleBaseline());
    }

    /** The baseline of the scale's one figure when every figure is the same: mid-height. */
    double middleBaseline() {
        return TOP + (HEIGHT - TOP - BOTTOM) / 2.0;
    }

    /** The figures' line, as an SVG polyline's points. */
    public String figureLine() {
        return line(figures);
    }

    /** The targets' line; it needs two targets or more. */
    public String targetLine() {
        return targets.size() < 2 ? null : line(targets);
    }

    public String firstPeriod() {
        return figures.isEmpty() ? null : figures.get(0).period();
    }

    public String lastPeriod() {
        return figures.isEmpty() ? null : figures.get(figures.size() - 1).period();
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int plotTop() {
        return TOP;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    /** Where the scale's figures end, just left of the vertical axis. */
    public int scaleRight() {
        return LEFT - 4;
    }

    /** The baseline of the highest figure of the scale, level with the top of the plot. */
    public int highestBaseline() {
        return TOP + 4;
    }

    /** The baseline of the periods, under the horizontal axis. */
    public int periodBaseline() {
        return HEIGHT - BOTTOM + 16;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    /**
     * The chart as a PNG picture, as a data: address, for documents: {@code highest} and {@code lowest} are the scale's
     * figures as the page writes them, with their unit.
     */
    public String picture(String highest, String lowest) {
        return TrendPicture.dataAddress(this, highest, lowest);
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    private static double x(int index, int count) {
        double span = WIDTH - LEFT - RIGHT;
        return count == 1 ? LEFT + span / 2 : LEFT + span * index / (count - 1);
    }

    /** Higher figures higher up; all at mid-height when every figure is the same. */
    private static double y(BigDecimal value, BigDecimal low, BigDecimal high) {
        double span = HEIGHT - TOP - BOTTOM;
        if (high.compareTo(low) == 0) {
            return TOP + span / 2;
        }
        double share = high.subtract(value).divide(high.subtract(low), MathContext.DECIMAL64).doubleValue();
        return TOP + span * share;
    }

    private static String line(List<Point> points) {
        return points.stream().map(p -> coordinate(p.x()) + "," + coordinate(p.y())).collect(Collectors.joining(" "));
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
