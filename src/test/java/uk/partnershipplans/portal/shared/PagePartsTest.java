package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** A kept page in parts, sent with each request's own form token: the same text plain and through gzip. */
class PagePartsTest {

    private static final String KEPT_TOKEN = "kept-token-of-the-first-reader";

    @Test
    void eachPlaceOfTheTokenTakesTheRequestsOwnAndTheGzipStreamReadsAsThePlainText() throws IOException {
        String page = "<form><input name=\"_csrf\" value=\"" + KEPT_TOKEN + "\"></form>" + "é – a row of text ".repeat(5000)
                + "<form><input name=\"_csrf\" value=\"" + KEPT_TOKEN + "\"></form>";
        PageParts parts = PageParts.of(page, KEPT_TOKEN);
        byte[] token = "the-next-readers-token".getBytes(StandardCharsets.UTF_8);
        String expected = page.replace(KEPT_TOKEN, "the-next-readers-token");

        assertThat(new String(parts.plain(token), StandardCharsets.UTF_8)).isEqualTo(expected);
        byte[] gzip = parts.gzip(token);
        assertThat(gunzipped(gzip)).isEqualTo(expected);
        assertThat(gzip.length).as("the page's text compressed").isLessThan(expected.length() / 20);
    }

    @Test
    void aTokenLongerThanAStoredBlockIsSplitAcrossBlocks() throws IOException {
        PageParts parts = PageParts.of("before" + KEPT_TOKEN + "after", KEPT_TOKEN);
        String longToken = "t".repeat(70_000);

        assertThat(gunzipped(parts.gzip(longToken.getBytes(StandardCharsets.UTF_8)))).isEqualTo("before" + longToken + "after");
    }

    @Test
    void aPageWithoutATokenIsOnePart() throws IOException {
        PageParts parts = PageParts.of("<p>No form here</p>", null);

        assertThat(parts.parts()).hasSize(1);
        assertThat(gunzipped(parts.gzip(new byte[0]))).isEqualTo("<p>No form here</p>");
    }

    private static String gunzipped(byte[] gzip) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
