package uk.partnershipplans.portal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.partnershipplans.portal.support.DemoData.PLAN_2011;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;

/**
 * In a real Chromium, with axe-core on every page: a board member finds the published 2013-14 plan from the year's
 * page, reads it (on a wide screen and a narrow one) and downloads it as a PDF.
 */
@BrowserTest
class PublishedPlanBrowserTest {

    @Test
    void aBoardMemberReadsThePublishedPlanAndDownloadsItsPdf(Browser browser) throws Exception {
        browser.signIn("board", "demo");
        browser.click(PLAN_2011);
        browser.click("Year 2013-14");
        browser.click("Published plan");
        browser.shot("published-plan");

        assertThat(browser.heading()).isEqualTo("Published plan: 2013-14");
        assertThat(browser.texts("main h2")).contains("Partners", "Priorities for action",
                "Summary of actions planned for 2013-14", "Summary of performance indicators for 2013-14");
        assertThat(browser.texts("#relevant-partners li")).contains("Nottinghamshire County Council");
        assertThat(browser.texts("#actions-table tbody tr")).hasSize(17);
        assertThat(browser.text("#indicators-key_outcome tbody tr:nth-child(4)"))
                .startsWith("Under 18 conception rate").contains("✓✓ Primary");

        browser.driver().manage().window().setSize(new Dimension(320, 1024));
        browser.assertAccessible(); // the tables scroll sideways in their own regions
        browser.driver().manage().window().setSize(new Dimension(1280, 1024));

        String pdfAddress = browser.driver().findElement(By.id("published-pdf")).getAttribute("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfAddress))
                .header("Cookie", browser.driver().manage().getCookies().stream()
                        .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; ")))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Children, Young People and Families Plan 2011-14: 2013-14", "Priorities for action",
                            "Summary of actions planned for 2013-14", "Under 18 conception rate");
        }
    }
}
