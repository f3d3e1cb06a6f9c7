package uk.partnershipplans.portal.refresh.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.partnershipplans.portal.refresh.YearPublished;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.PdfUa;
import uk.partnershipplans.portal.support.WordFile;

/**
 * A year published through the event the lifecycle sends, read without signing in: every public page and file is
 * fetched, and none holds anything planted where the public must never look (PublicFixture.NEVER), while what was
 * published is there. Only a published (or superseded) year with pages is served; anything else is "not found".
 */
@IntegrationTest
class PublicPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Publications publications;

    private PublicFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = PublicFixture.make(jdbc);
    }

    /** Publishes the year as the lifecycle does: its status, then the event, in one transaction. */
    private void publish(long year) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            fixture.standAt(year, "PUBLISHED");
            events.publishEvent(new YearPublished(year, "leak.publisher"));
        });
    }

    @Test
    void nothingUnpublishedReachesAnyPublicPageOrFileAndWhatWasPublishedDoes() throws Exception {
        publish(fixture.year);
        // Changed after publication: the public still reads the year as published.
        jdbc.update("update priority set title = 'LEAK-EDIT-AFTER-PUBLICATION' where id = ?", fixture.priority);
        jdbc.update("update plan set vision = 'LEAK-EDIT-AFTER-PUBLICATION' where id = ?", fixture.plan);
        jdbc.update("insert into priority (plan_year_id, number, title, position) values (?, '2',"
                + " 'LEAK-ADDED-AFTER-PUBLICATION', 2)", fixture.year);

        Map<String, String> pages = crawl("/public/plan-years/" + fixture.year);
        String year = "/public/plan-years/" + fixture.year;
        assertThat(pages.keySet()).contains(year, year + "/priorities/" + fixture.priority, year + "/actions",
                year + "/indicators", year + "/equality", year + "/reports", year + "/reports/" + fixture.publicReport,
                "/public");
        assertThat(pages.keySet()).as("no page of the draft year, the draft report or the unmarked one").noneMatch(
                address -> address.contains("/plan-years/" + fixture.draftYear)
                        || address.endsWith("/reports/" + fixture.draftReport)
                        || address.endsWith("/reports/" + fixture.unmarkedReport));

        String pdf = pdfText(file(year + "/plan.pdf", "application/pdf"));
        String word = wordText(file(year + "/plan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        Map<String, String> everything = new LinkedHashMap<>(pages);
        everything.put(year + "/plan.pdf", pdf);
        everything.put(year + "/plan.docx", word);
        everything.forEach((address, text) -> {
            for (String never : PublicFixture.NEVER) {
                assertThat(text).as("%s must not show %s", address, never).doesNotContain(never);
            }
            assertThat(text).as(address).doesNotContain("LEAK-EDIT-AFTER-PUBLICATION")
                    .doesNotContain("LEAK-ADDED-AFTER-PUBLICATION");
        });

        assertThat(pages.get(year)).contains(fixture.name + " Plan", PublicFixture.PRIORITY, PublicFixture.AMBITION,
                "PUBLIC-THEME", fixture.name + " Partnership");
        assertThat(pages.get(year + "/priorities/" + fixture.priority)).contains(PublicFixture.NARRATIVE,
                PublicFixture.ACTION, PublicFixture.INDICATOR, "61.5%");
        assertThat(pages.get(year + "/actions")).contains(PublicFixture.ACTION);
        assertThat(pages.get(year + "/indicators")).contains(PublicFixture.INDICATOR, "61.5%");
        assertThat(pages.get(year + "/equality")).contains(PublicFixture.EQUALITY);
        assertThat(pages.get(year + "/reports")).contains("Public progress report");
        assertThat(pages.get(year + "/reports/" + fixture.publicReport)).as("a name in a paper an admin made public")
                .contains(PublicFixture.PAPER, PublicFixture.SIGNATORY);
        assertThat(pdf).contains(PublicFixture.PRIORITY, PublicFixture.NARRATIVE, PublicFixture.ACTION, "61.5%");
        assertThat(word).contains(PublicFixture.PRIORITY, PublicFixture.NARRATIVE, PublicFixture.ACTION);
    }

    @Test
    void theMarkersArePlantedWhereSignedInPagesShowThem() throws Exception {
        assertThat(Page.of(mvc.perform(get("/priorities/" + fixture.priority).with(user("admin").roles("ADMIN")))
                .andReturn()).text("main")).contains("LEAK-REPORTED-COMMENTARY");
        assertThat(Page.of(mvc.perform(get("/plan-years/" + fixture.draftYear).with(user("admin").roles("ADMIN")))
                .andReturn()).text("main")).contains("LEAK-DRAFT-YEAR-PRIORITY");
        assertThat(Page.of(mvc.perform(get("/committee-reports/" + fixture.unmarkedReport)
                .with(user("admin").roles("ADMIN"))).andReturn()).text("main")).contains("LEAK-UNMARKED-REPORT");
    }

    @Test
    void everyLinkOnThePublicPagesStaysOnThemOrLeavesThePortalButForSigningIn() throws Exception {
        publish(fixture.year);
        // A paper issued through the portal, with its appendix (the performance report), shown publicly.
        jdbc.update("update committee_report set purpose = 'To report progress', information = 'Progress was made'"
                + " where id = ?", fixture.draftReport);
        jdbc.update("insert into committee_report_recommendation (report_id, position, text) values (?, 1,"
                + " 'That the Committee notes the report')", fixture.draftReport);
        long version = jdbc.queryForObject("select version from committee_report where id = ?", Long.class,
                fixture.draftReport);
        mvc.perform(post("/admin/committee-reports/" + fixture.draftReport + "/issue")
                .param("version", String.valueOf(version)).with(csrf()).with(user("admin").roles("ADMIN")));
        toggle(fixture.draftReport, true);
        assertThat(page("/public/plan-years/" + fixture.year + "/reports/" + fixture.draftReport).text("#public-paper"))
                .contains("To report progress", PublicFixture.ACTION, PublicFixture.INDICATOR);

        for (Map.Entry<String, String> page : crawl("/public/plan-years/" + fixture.year).entrySet()) {
            Page read = Page.of(page.getValue());
            assertThat(read.select("a[href]").eachAttr("href")).as(page.getKey()).allSatisfy(href -> assertThat(
                    href.startsWith("/public") || href.equals("/login") || href.startsWith("#") || href.startsWith("http"))
                    .as(href).isTrue());
            assertThat(read.select("form")).as("no form, no sign-out: %s", page.getKey()).isEmpty();
            assertThat(read.has(".govuk-back-link")).as("a way back from %s", page.getKey()).isTrue();
        }
    }

    @Test
    void theDocumentsAreAccessible() throws Exception {
        publications.publish(fixture.year, "leak.publisher");
        fixture.standAt(fixture.year, "PUBLISHED");
        byte[] pdf = file("/public/plan-years/" + fixture.year + "/plan.pdf", "application/pdf");
        assertThat(PdfUa.failedRules(pdf)).as("veraPDF, PDF/UA-1").isEmpty();
        try (WordFile word = WordFile.of(file("/public/plan-years/" + fixture.year + "/plan.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))) {
            assertThat(word.title()).startsWith(fixture.name + " Plan").endsWith(": Public 2013-14");
            assertThat(word.language()).isEqualTo("en-GB");
        }
    }

    @Test
    void onlyAPublishedOrSupersededYearWithPagesIsServedAndAnythingElseIsNotFound() throws Exception {
        String year = "/public/plan-years/" + fixture.year;
        fixture.standAt(fixture.year, "PUBLISHED");
        assertThat(status(year)).as("published, but no pages made").isEqualTo(404);

        publish(fixture.year);
        assertThat(status(year)).isEqualTo(200);
        assertThat(status("/public/plan-years/" + fixture.draftYear)).as("a draft year").isEqualTo(404);
        assertThat(status(year + "/priorities/" + fixture.draftPriority)).as("another year's priority").isEqualTo(404);
        assertThat(status(year + "/reports/" + fixture.draftReport)).as("a draft report").isEqualTo(404);
        assertThat(status(year + "/reports/" + fixture.unmarkedReport)).as("not shown publicly").isEqualTo(404);
        assertThat(status(year + "/reports/" + fixture.draftMarkedReport)).as("marked, but a draft").isEqualTo(404);
        assertThat(status("/public/plan-years/" + fixture.draftYear + "/reports/" + fixture.publicReport))
                .as("a public report under another year").isEqualTo(404);

        fixture.standAt(fixture.year, "SUPERSEDED");
        Page superseded = page(year);
        assertThat(superseded.textOf("public-superseded")).contains("This plan year has been superseded");
        assertThat(page("/public").text("main")).contains(fixture.name + " Plan", "superseded by a later year");

        for (String withdrawn : List.of("APPROVED", "DRAFT")) {
            fixture.standAt(fixture.year, withdrawn);
            for (String address : List.of(year, year + "/actions", year + "/reports", year + "/plan.pdf",
                    year + "/reports/" + fixture.publicReport)) {
                assertThat(status(address)).as("%s of a year standing at %s", address, withdrawn).isEqualTo(404);
            }
            assertThat(page("/public").text("main")).doesNotContain(fixture.name + " Plan");
        }
    }

    @Test
    void publishingAgainMakesThePagesAfreshFromTheYearAsItStandsThen() throws Exception {
        publish(fixture.year);
        jdbc.update("update priority set title = 'PUBLIC-PRIORITY-REWORDED' where id = ?", fixture.priority);
        assertThat(page("/public/plan-years/" + fixture.year).text("main")).doesNotContain("REWORDED");

        publish(fixture.year);
        assertThat(page("/public/plan-years/" + fixture.year).text("main")).contains("PUBLIC-PRIORITY-REWORDED");
        assertThat(jdbc.queryForObject("select count(*) from public_page where plan_year_id = ? and address = ''",
                Integer.class, fixture.year)).isEqualTo(1);
    }

    @Test
    void anAdminShowsAnIssuedReportOnThePublicPagesAndTakesItOffKeptInItsHistory() throws Exception {
        publish(fixture.year);
        String address = "/public/plan-years/" + fixture.year + "/reports/" + fixture.unmarkedReport;
        assertThat(status(address)).isEqualTo(404);
        Page report = Page.of(mvc.perform(get("/committee-reports/" + fixture.unmarkedReport)
                .with(user("admin").roles("ADMIN"))).andReturn());
        assertThat(report.textOf("paper-public")).isEqualTo("Not shown on the public pages.");
        assertThat(report.textOf("public-toggle")).isEqualTo("Show on the public pages");

        toggle(fixture.unmarkedReport, true);
        assertThat(page(address).text("main")).contains("LEAK-UNMARKED-REPORT");
        assertThat(Page.of(mvc.perform(get("/committee-reports/" + fixture.unmarkedReport)
                .with(user("admin").roles("ADMIN"))).andReturn()).textOf("paper-public"))
                .startsWith("Shown on the public pages");

        toggle(fixture.unmarkedReport, false);
        assertThat(status(address)).isEqualTo(404);
        assertThat(Page.of(mvc.perform(get("/committee-reports/" + fixture.unmarkedReport + "/history")
                .with(user("admin").roles("ADMIN"))).andReturn()).text("main")).contains("Shown on the public pages");

        long version = jdbc.queryForObject("select version from committee_report where id = ?", Long.class,
                fixture.draftReport);
        Page refused = Page.of(mvc.perform(post("/admin/committee-reports/" + fixture.draftReport + "/public")
                .param("version", String.valueOf(version)).param("shown", "true").with(csrf())
                .with(user("admin").roles("ADMIN"))).andReturn());
        assertThat(refused.hasId("public-refused")).as("a draft is never shown").isTrue();
        assertThat(jdbc.queryForObject("select shown_publicly from committee_report where id = ?", Boolean.class,
                fixture.draftReport)).isFalse();
    }

    @Test
    void theSignInPageLinksToThePublicPages() throws Exception {
        Page signIn = Page.of(mvc.perform(get("/login")).andReturn());
        assertThat(signIn.linksTo("Read published plans without signing in")).containsExactly("/public");
        assertThat(status("/public")).isEqualTo(200);
    }

    private void toggle(long report, boolean shown) throws Exception {
        long version = jdbc.queryForObject("select version from committee_report where id = ?", Long.class, report);
        MockHttpServletResponse response = mvc.perform(post("/admin/committee-reports/" + report + "/public")
                .param("version", String.valueOf(version)).param("shown", String.valueOf(shown)).with(csrf())
                .with(user("admin").roles("ADMIN"))).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/committee-reports/" + report);
    }

    /**
     * Every page of the year reached from {@code start} (the year's address) by following links, and the list of
     * published years, signed out: address to HTML. Other tests' years are left alone.
     */
    private Map<String, String> crawl(String start) throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        Deque<String> next = new ArrayDeque<>(List.of(start));
        while (!next.isEmpty()) {
            String address = next.pop();
            if (pages.containsKey(address) || address.endsWith(".pdf") || address.endsWith(".docx")) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(get(address)).andReturn().getResponse();
            assertThat(response.getStatus()).as(address).isEqualTo(200);
            pages.put(address, response.getContentAsString());
            for (String href : Page.of(response.getContentAsString()).select("a[href]").eachAttr("href")) {
                if (href.equals("/public") || href.startsWith(start)) {
                    next.add(href.replaceAll("#.*", ""));
                }
            }
        }
        return pages;
    }

    private byte[] file(String address, String type) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(address)).andReturn().getResponse();
        assertThat(response.getStatus()).as(address).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(type);
        return response.getContentAsByteArray();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String wordText(byte[] docx) throws Exception {
        try (WordFile word = WordFile.of(docx)) {
            return word.text() + " " + word.tables() + " " + word.document().getProperties().getCoreProperties().getCreator();
        }
    }

    private int status(String address) throws Exception {
        return mvc.perform(get(address)).andReturn().getResponse().getStatus();
    }

    private Page page(String address) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(address)).andReturn().getResponse();
        assertThat(response.getStatus()).as(address).isEqualTo(200);
        return Page.of(response.getContentAsString());
    }
}
