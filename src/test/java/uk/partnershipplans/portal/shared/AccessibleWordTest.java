package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.junit.jupiter.api.Test;
import uk.partnershipplans.portal.support.WordFile;

/**
 * HTML written as Word: headings as heading styles, lists as lists, tables with captions and header rows, links, and PNG
 * pictures with their alternative text as their description.
 */
class AccessibleWordTest {

    private static final String HTML = """
            <!DOCTYPE html><html lang="en-GB"><head><title>The plan</title><meta name="author" content="Partnership Plans"></head>
            <body><p class="portal-document-caption">Partnership Plans</p><h1>The   plan</h1>
            <p>Some <strong>bold</strong> and <em>leaning</em> words with <a href="https://example.org/plan">a link</a>
               and <a href="/plans/3">a page of the portal</a><br>and a second line.</p>
            <h2>Priorities</h2><h3>3.1 Early help</h3><h4>What we will do</h4><h5>Deeper</h5>
            <ul><li>One</li><li>Two<ul><li>Two, first point</li></ul></li></ul>
            <ol><li>First</li><li>Second</li></ol><ol><li>First again</li></ol>
            <table><caption>Actions of priority 3.1</caption>
              <thead><tr><th scope="col">Action</th><th scope="col">Status</th></tr></thead>
              <tbody><tr><th scope="row">1 Publish</th><td><p>On track</p><p>Commentary</p></td></tr>
                     <tr><td colspan="2">Spanning both</td></tr></tbody></table>
            <p hidden>Never shown</p><p aria-hidden="true">Hidden from readers</p><svg><text>A drawing</text></svg>
            </body></html>""";

    @Test
    void aPngPictureWithAlternativeTextIsAPictureDescribedByItAndOtherImagesAreLeftOut() throws Exception {
        String png = "data:image/png;base64," + Base64.getEncoder().encodeToString(png(60, 20));
        String small = "data:image/png;base64," + Base64.getEncoder().encodeToString(png(30, 10));
        String html = """
                <!DOCTYPE html><html lang="en-GB"><head><title>Pictures</title></head><body>
                <div><img src="%1$s" width="420" height="150" alt="Line chart of Under 18 conception rate"></div>
                <p>Before <img src="%2$s" alt="Its own size"> after</p>
                <p><img src="%1$s" alt=""><img src="%1$s"><img src="https://example.org/chart.png" alt="Elsewhere">
                   <img src="data:image/png;base64,not-a-picture" alt="Broken"><img src="data:image/gif;base64,R0lGODlh" alt="A GIF"></p>
                </body></html>""".formatted(png, small);
        try (WordFile word = WordFile.of(AccessibleWord.of(html))) {
            assertThat(word.pictureDescriptions()).as("only PNG pictures in the page with alternative text")
                    .containsExactly("Line chart of Under 18 conception rate", "Its own size");
            assertThat(word.document().getAllPictures()).hasSize(2);
            List<XWPFPicture> pictures = word.document().getParagraphs().stream()
                    .flatMap(p -> p.getRuns().stream()).flatMap(run -> run.getEmbeddedPictures().stream()).toList();
            assertThat(pictures).extracting(XWPFPicture::getDescription)
                    .containsExactly("Line chart of Under 18 conception rate", "Its own size");
            assertThat(pictures).extracting(picture -> picture.getCTPicture().getSpPr().getXfrm().getExt().getCx())
                    .as("the size the page gives it (96 pixels to the inch), else its own")
                    .containsExactly((long) Units.pixelToEMU(420), (long) Units.pixelToEMU(30));
            assertThat(word.text()).contains("Before", "after").doesNotContain("Elsewhere", "Broken", "A GIF");
        }
    }

    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    @Test
    void headingsListsTablesAndLinksKeepWhatTheyAre() throws Exception {
        try (WordFile word = WordFile.of(AccessibleWord.of(HTML))) {
            assertThat(word.title()).isEqualTo("The plan");
            assertThat(word.language()).isEqualTo("en-GB");
            assertThat(word.document().getProperties().getCoreProperties().getCreator()).isEqualTo("Partnership Plans");
            assertThat(word.headings(1)).containsExactly("The plan");
            assertThat(word.headings(2)).containsExactly("Priorities");
            assertThat(word.headings(3)).containsExactly("3.1 Early help");
            assertThat(word.headings(4)).as("h4, and deeper headings as h4").containsExactly("What we will do", "Deeper");
            assertThat(word.styledParagraphs()).startsWith("Subtitle: Partnership Plans", "Heading1: The plan",
                    "Normal: Some bold and leaning words with a link and a page of the portal\nand a second line.");
            assertThat(word.text()).doesNotContain("Never shown", "Hidden from readers", "A drawing");

            XWPFParagraph words = word.document().getParagraphs().get(2);
            assertThat(words.getRuns()).filteredOn(run -> run.text().equals("bold")).singleElement()
                    .satisfies(run -> assertThat(run.isBold()).isTrue());
            assertThat(words.getRuns()).filteredOn(run -> run.text().equals("leaning")).singleElement()
                    .satisfies(run -> assertThat(run.isItalic()).isTrue());
            assertThat(words.getRuns()).filteredOn(XWPFHyperlinkRun.class::isInstance)
                    .as("only addresses that lead somewhere outside the portal are links").singleElement()
                    .satisfies(run -> {
                        assertThat(run.text()).isEqualTo("a link");
                        assertThat(((XWPFHyperlinkRun) run).getHyperlink(word.document()).getURL())
                                .isEqualTo("https://example.org/plan");
                    });

            List<XWPFParagraph> items = word.document().getParagraphs().stream()
                    .filter(p -> "ListParagraph".equals(p.getStyle())).toList();
            assertThat(items).extracting(XWPFParagraph::getText)
                    .containsExactly("One", "Two", "Two, first point", "First", "Second", "First again");
            assertThat(items).extracting(XWPFParagraph::getNumFmt)
                    .containsExactly("bullet", "bullet", "bullet", "decimal", "decimal", "decimal");
            assertThat(items).extracting(XWPFParagraph::getNumIlvl).extracting(BigInteger::intValue)
                    .containsExactly(0, 0, 1, 0, 0, 0);
            assertThat(items.get(3).getNumID()).as("one list").isEqualTo(items.get(4).getNumID())
                    .as("each numbered list starts again at 1").isNotEqualTo(items.get(5).getNumID());

            assertThat(word.styledParagraphs()).contains("Caption: Actions of priority 3.1");
            assertThat(word.tables()).containsExactly(new WordFile.Table("Actions of priority 3.1", 1, List.of(
                    List.of("Action", "Status"), List.of("1 Publish", "On track Commentary"), List.of("Spanning both"))));
        }
    }
}
