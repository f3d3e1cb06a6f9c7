package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;
import uk.partnershipplans.portal.status.TrendChart.Point;

/** The documents' picture of a trend is the pages' chart: the same coordinates, at twice the size. */
class TrendPictureTest {

    private static final int BLUE = 0x1d70b8;
    private static final int WHITE = 0xffffff;

    @Test
    void thePictureDrawsTheChartsDotsWhereTheChartPutsThemAtTwiceItsSize() throws Exception {
        TrendChart chart = TrendChart.of(List.of(value("2011/12 Q4", LocalDate.of(2012, 3, 31), "60", "62"),
                value("2012/13 Q4", LocalDate.of(2013, 3, 31), "63", "65")));
        String address = chart.picture("65%", "60%");
        assertThat(address).startsWith("data:image/png;base64,");
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(address.substring("data:image/png;base64,".length()))));

        assertThat(picture.getWidth()).isEqualTo(TrendChart.WIDTH * TrendPicture.SCALE);
        assertThat(picture.getHeight()).isEqualTo(TrendChart.HEIGHT * TrendPicture.SCALE);
        for (Point figure : chart.figures()) {
            assertThat(colourAt(picture, figure)).as("a blue dot at " + figure).isEqualTo(BLUE);
        }
        for (Point target : chart.targets()) {
            assertThat(colourAt(picture, target)).as("an open circle at " + target).isEqualTo(WHITE);
        }
        assertThat(picture.getRGB(5, 5) & 0xffffff).as("the background").isEqualTo(WHITE);
    }

    private static int colourAt(BufferedImage picture, Point point) {
        return picture.getRGB((int) (point.x() * TrendPicture.SCALE), (int) (point.y() * TrendPicture.SCALE)) & 0xffffff;
    }

    private static ValueFacts value(String period, LocalDate end, String figure, String target) {
        return new ValueFacts(null, period, end, PeriodType.QUARTER, new BigDecimal(figure), false, null,
                new BigDecimal(target), null, null, null);
    }
}
