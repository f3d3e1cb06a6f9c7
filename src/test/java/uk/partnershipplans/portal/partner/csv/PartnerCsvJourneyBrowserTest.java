package uk.partnershipplans.portal.partner.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * An admin adds the probation partners of June 2014 from a CSV file: downloads the template, uploads a file with two
 * bad rows (the problems are listed row by row and nothing is imported), then the corrected file (imported, and the
 * list says how many), and downloads the list. Every page on the way is checked with axe-core.
 */
@BrowserTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it adds organisations that other tests count
class PartnerCsvJourneyBrowserTest {

    private static final String CRC = "Derbyshire, Leicestershire, Nottinghamshire and Rutland Community Rehabilitation Company";
    private static final String NPS = "National Probation Service (Nottinghamshire)";
    private static final String TRUST = "Nottinghamshire Children's Trust";

    @TempDir
    Path files;

    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    /** The other tests on this database count the organisations: remove the ones imported here. */
    @AfterEach
    void removeImported() {
        for (String name : List.of(CRC, NPS)) {
            jdbc.update("delete from partnership_membership where organisation_id in"
                    + " (select id from partner_organisation where name = ?)", name);
            jdbc.update("delete from partner_organisation where name = ?", name);
        }
    }

    @Test
    void adminImportsPartnersFromTheTemplateAfterFixingTheRowsWithProblems(Browser browser) throws Exception {
        this.browser = browser;
        browser.signIn("admin", "demo");
        browser.visit("/admin/partners");
        browser.click("Import partner organisations");
        assertThat(browser.heading()).isEqualTo("Import partner organisations");
        assertThat(browser.text("#columns")).contains("Kind", "Required. One of the kinds of partner listed below",
                "as day/month/year, for example 01/04/2014");
        browser.shot("import");

        HttpResponse<byte[]> template = download(browser.driver().findElement(By.id("template")).getAttribute("href"));
        assertThat(template.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"partner-organisations-template.csv\"");
        List<CSVRecord> templateRows = OrganisationExportTest.read(template.body());
        assertThat(templateRows).hasSize(1);
        List<String> headings = templateRows.get(0).toList();
        assertThat(headings).startsWith("Name", "Short name", "Kind", "Category", "Part of", "Notes", "Partnership", "Joined");

        Path bad = write("probation-partners.csv", headings,
                List.of(CRC, "DLNR CRC", "Probation", "Relevant partner", "", "", TRUST, "2014-06-01", "", "Created 1 June 2014"),
                List.of(NPS, "NPS", "Probaton", "Relevant partner", "", "", TRUST, "01/06/2014", "", ""),
                List.of("Nottinghamshire Probation Trust", "", "Probation", "Relevant partner", "", "", "", "", "", ""));
        upload(bad);
        browser.shot("import-problems");
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.text(".govuk-error-summary")).contains(
                "The file has 3 problems, listed below. Nothing has been imported: fix the file and upload it again");
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href")).endsWith("#file");
        assertThat(browser.texts("#problems tbody tr")).containsExactly(
                "2 Joined Joined must be a real date written as day/month/year, for example 31/03/2014",
                "3 Kind 'Probaton' is not a kind of partner: use one of the kinds listed on this page",
                "4 Name There is already a partner organisation called 'Nottinghamshire Probation Trust'");

        probationPartners();
        assertThat(names()).containsExactly("Nottinghamshire Probation Trust");

        browser.click("Import partner organisations");
        Path corrected = write("probation-partners.csv", headings,
                List.of(CRC, "DLNR CRC", "Probation", "Relevant partner", "", "", TRUST, "01/06/2014", "", "Created 1 June 2014"),
                List.of(NPS, "NPS", "probation", "relevant partner", "", "", TRUST, "1/6/2014", "", ""));
        upload(corrected);
        browser.shot("imported");
        assertThat(browser.path()).isEqualTo("/admin/partners");
        assertThat(browser.text(".govuk-notification-banner--success")).contains("2 partner organisations imported");

        probationPartners();
        assertThat(names()).containsExactly(CRC, NPS, "Nottinghamshire Probation Trust");
        browser.click(NPS);
        assertThat(browser.text("#memberships")).contains(TRUST, "1 June 2014", "Still a member");

        probationPartners();
        HttpResponse<byte[]> list = download(browser.driver().findElement(By.id("download")).getAttribute("href"));
        assertThat(list.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(OrganisationExportTest.read(list.body())).extracting(r -> r.get(0) + " | " + r.get(7))
                .containsExactly("Name | Joined", CRC + " | 01/06/2014", NPS + " | 01/06/2014",
                        "Nottinghamshire Probation Trust | ");
    }

    @Test
    void aFileTooLargeToImportIsRefusedWithAMessage(Browser browser) throws Exception {
        this.browser = browser;
        browser.signIn("admin", "demo");

        // Over the import's limit: the import page says so
        browser.visit("/admin/partners/import");
        upload(Files.write(files.resolve("large.csv"), new byte[2 * 1024 * 1024]));
        assertThat(browser.heading()).isEqualTo("Import partner organisations");
        assertThat(browser.text(".govuk-error-summary")).contains("The selected file must be smaller than 1 MB");
        assertThat(browser.text("#file-error")).isEqualTo("Error:\nThe selected file must be smaller than 1 MB");

        // Over the server's upload limit too: the server refuses it before the import page can, with its own page
        browser.visit("/admin/partners/import");
        upload(Files.write(files.resolve("huge.csv"), new byte[11 * 1024 * 1024]));
        assertThat(browser.heading()).isEqualTo("The file is too large");
        assertThat(browser.text("main")).contains("so nothing was saved");
    }

    /** The list of organisations filtered to the kind Probation. */
    private void probationPartners() {
        browser.visit("/admin/partners");
        new Select(browser.driver().findElement(By.id("kind"))).selectByVisibleText("Probation");
        browser.press(browser.driver().findElement(By.cssSelector("#organisation-search button[type=submit]")));
    }

    /** Writes a CSV file as a spreadsheet would save it, for the browser to upload. */
    @SafeVarargs
    private Path write(String name, List<String> headings, List<String>... rows) throws IOException {
        Path file = files.resolve(name);
        List<List<String>> records = new ArrayList<>(List.of(headings));
        records.addAll(List.of(rows));
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            printer.printRecords(records);
        }
        return file;
    }

    private void upload(Path file) {
        browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.press(browser.driver().findElement(By.cssSelector("main form[method=post] button[type=submit]")));
    }

    /** Fetches a link as the signed-in browser would follow it, with its session cookie. */
    private HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private List<String> names() {
        return browser.texts("#organisations tbody tr td:first-child");
    }

}
