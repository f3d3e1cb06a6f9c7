package uk.partnershipplans.portal.status;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import uk.partnershipplans.portal.status.TrendChart.Point;

/**
 * A {@link TrendChart} painted as a PNG picture, for the documents (PDF and Word), which cannot draw the pages' SVG:
 * the same coordinates, colours, lines, dots and words as the SVG of {@code status/fragments :: trendChart}, at
 * {@link #SCALE} times the size so that it prints sharply, in Liberation Sans, the documents' font.
 */
final class TrendPicture {

    /** Pixels of the picture to a unit of the chart's coordinates: 840 by 300, about 190 dots an inch at its size in a PDF. */
    static final int SCALE = 2;

    private static final Color TEXT = new Color(0x0b0c0c);
    private static final Color GREY = new Color(0x505a5f);
    private static final Color BLUE = new Color(0x1d70b8);
    private static final Font FONT = font().deriveFont(12f);

    private TrendPicture() {
    }

    /** The chart as a data: address of a PNG; {@code highest} and {@code lowest}: the scale's figures in words. */
    static String dataAddress(TrendChart chart, String highest, String lowest) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(chart, highest, lowest));
    }

    static byte[] png(TrendChart chart, String highest, String lowest) {
        BufferedImage image = new BufferedImage(chart.width() * SCALE, chart.height() * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            paint(chart, highest, lowest, g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static void paint(TrendChart chart, String highest, String lowest, Graphics2D g) {
        g.setColor(GREY);
        g.setStroke(new BasicStroke(1));
        g.draw(new Line2D.Double(chart.plotLeft(), chart.plotTop(), chart.plotLeft(), chart.plotBottom()));
        g.draw(new Line2D.Double(chart.plotLeft(), chart.plotBottom(), chart.plotRight(), chart.plotBottom()));

        g.setColor(TEXT);
        g.setFont(FONT);
        if (chart.isLevel()) {
            text(g, highest, chart.scaleRight(), chart.middleBaseline(), 1);
        } else {
            text(g, highest, chart.scaleRight(), chart.highestBaseline(), 1);
            text(g, lowest, chart.scaleRight(), chart.plotBottom(), 1);
        }
        if (chart.isSingle()) {
            text(g, chart.firstPeriod(), chart.figures().get(0).x(), chart.periodBaseline(), 0.5);
        } else {
            text(g, chart.firstPeriod(), chart.plotLeft(), chart.periodBaseline(), 0);
            text(g, chart.lastPeriod(), chart.plotRight(), chart.periodBaseline(), 1);
        }

        if (chart.targetLine() != null) {
            g.setColor(GREY);
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4, new float[] {5, 3}, 0));
            g.draw(line(chart.targets()));
        }
        g.setColor(BLUE);
        g.setStroke(new BasicStroke(2));
        g.draw(line(chart.figures()));
        g.setStroke(new BasicStroke(1.5f));
        for (Point target : chart.targets()) {
            Ellipse2D circle = circle(target, 3.5);
            g.setColor(Color.WHITE);
            g.fill(circle);
            g.setColor(GREY);
            g.draw(circle);
        }
        g.setColor(BLUE);
        for (Point figure : chart.figures()) {
            g.fill(circle(figure, 3));
        }
    }

    /** Words on a baseline, anchored at their start (0), middle (0.5) or end (1), as SVG's text-anchor. */
    private static void text(Graphics2D g, String words, double x, double baseline, double anchor) {
        float width = (float) g.getFontMetrics().getStringBounds(words, g).getWidth();
        g.drawString(words, (float) (x - width * anchor), (float) baseline);
    }

    private static Path2D line(List<Point> points) {
        Path2D line = new Path2D.Double();
        line.moveTo(points.get(0).x(), points.get(0).y());
        points.stream().skip(1).forEach(point -> line.lineTo(point.x(), point.y()));
        return line;
    }

    private static Ellipse2D circle(Point centre, double radius) {
        return new Ellipse2D.Double(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2);
    }

    private static Font font() {
        try (InputStream font = TrendPicture.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, font);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Liberation Sans does not load", e);
        }
    }
}
