package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.PdfUa;
import uk.partnershipplans.portal.support.WordFile;

/**
 * The performance report of the demo 2013-14 year, as a page, a PDF and a Word document: the summary in a committee report's words,
 * the same as the progress summary's, then each priority with its actions and indicators, red and amber first.
 */
@IntegrationTest
class PerformanceReportTest {

    private static final List<String> RED_FIRST = List.of("govuk-tag--red", "govuk-tag--orange", "govuk-tag--green",
            "govuk-tag--grey");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long year;

    @BeforeEach
    void demoYear() {
        year = DemoData.year2013(jdbc);
    }

    @Test
    void theReportGivesTheSummaryInTheCommitteesWordsThenEveryPriorityRedAndAmberFirst() throws Exception {
        Page report = Page.of(mvc.perform(get("/plan-years/" + year + "/report").with(user("board").roles("BOARD")))
                .andExpect(status().isOk()).andReturn());
        Page summary = Page.of(mvc.perform(get("/plan-years/" + year + "/summary").with(user("board").roles("BOARD")))
                .andExpect(status().isOk()).andReturn());

        assertThat(report.h1()).isEqualTo("Performance report: 2013-14");
        assertThat(report.textOf("report-actions-headline")).isEqualTo(summary.textOf("actions-headline"));
        assertThat(report.textOf("report-indicators-headline")).startsWith(summary.textOf("indicators-headline"));
        assertThat(report.count("h2[id^=report-priority-]")).isEqualTo(jdbc.queryForObject(
                "select count(*) from priority where plan_year_id = ?", Integer.class, year));
        assertThat(report.select("table[id^=report-indicators-] tbody tr"))
                .as("an indicator worse than the national average is red").anySatisfy(row -> {
                    assertThat(row.text()).startsWith("Attainment gap at age 16")
                            .contains("Falls short: “Worse than the national average” (September 2012)");
                    assertThat(row.select(".govuk-tag").hasClass("govuk-tag--red")).isTrue();
                });
        for (Element table : report.select("table[id^=report-actions-], table[id^=report-indicators-]")) {
            List<Integer> colours = table.select("tbody tr").stream().map(row -> colour(row.selectFirst(".govuk-tag")))
                    .toList();
            assertThat(colours).as(table.id() + ": red, then amber, green and not rated").isSorted();
        }
        assertThat(report.attr("report-pdf", "href")).isEqualTo("/plan-years/" + year + "/report.pdf");
        Page atSeptember2013 = Page.of(mvc.perform(get("/plan-years/" + year + "/report?on.day=30&on.month=9&on.year=2013")
                .with(user("board").roles("BOARD"))).andExpect(status().isOk()).andReturn());
        assertThat(atSeptember2013.attr("report-pdf", "href")).as("the PDF as at the same day")
                .isEqualTo("/plan-years/" + year + "/report.pdf?on.day=30&on.month=9&on.year=2013");
    }

    @Test
    void theReportAsAPdfIsAccessibleAndReadsAsThePage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/plan-years/" + year + "/report.pdf")
                .with(user("board").roles("BOARD"))).andExpect(status().isOk()).andReturn().getResponse();
        Page page = Page.of(mvc.perform(get("/plan-years/" + year + "/report").with(user("board").roles("BOARD")))
                .andReturn());

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"performance-report-2013-14-2014-03-31.pdf\"");
        byte[] pdf = response.getContentAsByteArray();
        assertThat(PdfUa.failedRules(pdf)).as("veraPDF, PDF/UA-1").isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Performance report: 2013-14 - Children, Young People and Families Plan 2011-14");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Performance report: 2013-14", "Summary of progress",
                    page.textOf("report-actions-headline"), page.select("h2[id^=report-priority-]").first().text(),
                    "Under 18 conception rate");
        }
    }

    @Test
    void theReportAsAWordDocumentHasItsHeadingsAndTablesAndReadsAsThePage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/plan-years/" + year + "/report.docx?on.day=30&on.month=9&on.year=2013")
                .with(user("board").roles("BOARD"))).andExpect(status().isOk()).andReturn().getResponse();
        Page page = Page.of(mvc.perform(get("/plan-years/" + year + "/report?on.day=30&on.month=9&on.year=2013")
                .with(user("board").roles("BOARD"))).andReturn());

        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"performance-report-2013-14-2013-09-30.docx\"");
        assertThat(page.attr("report-word", "href"))
                .isEqualTo("/plan-years/" + year + "/report.docx?on.day=30&on.month=9&on.year=2013");
        try (WordFile word = WordFile.of(response.getContentAsByteArray())) {
            assertThat(word.title()).isEqualTo("Performance report: 2013-14 - Children, Young People and Families Plan 2011-14");
            assertThat(word.language()).isEqualTo("en-GB");
            assertThat(word.headings(1)).containsExactly("Performance report: 2013-14 - Children, Young People and Families Plan 2011-14");
            assertThat(word.headings(2)).containsExactlyElementsOf(page.select("main h2").eachText());
            assertThat(word.text()).contains(page.textOf("report-actions-headline"), page.textOf("report-indicators-headline"));
            List<Element> tables = page.select("table[id^=report-]");
            assertThat(word.tables()).hasSameSizeAs(tables);
            for (int i = 0; i < tables.size(); i++) {
                Element table = tables.get(i);
                WordFile.Table wordTable = word.tables().get(i);
                assertThat(wordTable.caption()).isEqualTo(table.selectFirst("caption").text());
                assertThat(wordTable.headerRows()).as("the head row, marked as a header row").isEqualTo(1);
                assertThat(wordTable.rows()).containsExactlyElementsOf(table.select("tr").stream()
                        .map(row -> row.select("th, td").stream().map(Element::text).toList()).toList());
            }
        }
    }

    @Test
    void aYearThatDoesNotExistHasNoReport() throws Exception {
        mvc.perform(get("/plan-years/999999/report.docx").with(user("board").roles("BOARD"))).andExpect(status().isNotFound());
        mvc.perform(get("/plan-years/999999/report.pdf").with(user("board").roles("BOARD"))).andExpect(status().isNotFound());
        mvc.perform(get("/plan-years/999999/report").with(user("board").roles("BOARD"))).andExpect(status().isNotFound());
    }

    private static int colour(Element tag) {
        return RED_FIRST.stream().filter(tag::hasClass).findFirst().map(RED_FIRST::indexOf).orElseThrow();
    }
}
