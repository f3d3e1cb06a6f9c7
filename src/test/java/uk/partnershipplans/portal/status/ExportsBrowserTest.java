package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.DemoData;

/**
 * In a real Chromium, with axe-core on every page: an officer opens a year's exports from the year's page and
 * downloads the indicators as an Excel workbook; the performance report links to its own workbook.
 */
@BrowserTest
class ExportsBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerOpensTheExportsOfAYearAndDownloadsAWorkbook(Browser browser) throws Exception {
        long year = DemoData.year2013(jdbc);
        browser.signIn("officer", "demo");
        browser.visit("/plan-years/" + year);
        browser.click("Exports");
        browser.shot("exports");

        assertThat(browser.heading()).isEqualTo("Exports: 2013-14");
        assertThat(browser.texts("#exports tbody th")).containsExactly("Indicators", "Actions", "Reports of progress",
                "Partners");
        String href = browser.driver().findElement(By.id("export-indicators-xlsx")).getAttribute("href");
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"indicators-2013-14.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Indicators");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isPositive();
        }

        browser.visit("/plan-years/" + year + "/report");
        assertThat(browser.text("#report-xlsx")).startsWith("Download this report as an Excel workbook");
    }
}
