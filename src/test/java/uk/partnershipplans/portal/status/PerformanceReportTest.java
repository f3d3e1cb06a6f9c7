package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
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
 * the same as the progress summary's, then each priority with its actions and indicators, red and amber first, then
 * each indicator's trend as a chart with its figures in a table.
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
    void eachIndicatorsTrendIsAChartWithItsLatestFiguresInATableAsTheDashboardShowsThem() throws Exception {
        Page report = page("/plan-years/" + year + "/report");
        List<Element> trends = report.select("div[id^=report-trend-]");
        assertThat(trends).as("each of the year's indicators once").hasSize(jdbc.queryForObject(
                "select count(*) from plan_year_indicator where plan_year_id = ?", Integer.class, year));
        Map<String, List<List<String>>> dashboardFigures = new HashMap<>();
        for (int number = 1; dashboardFigures.size() < trends.size(); number++) {
            Page dashboard = page("/plan-years/" + year + "/dashboard?trendsPage=" + number);
            for (Element trend : dashboard.select("div[id^=trend-]")) {
                // the dashboard's period, figure and target of its latest periods, but for those that give only a
                // national comparison
                List<Element> rows = trend.select("tbody tr");
                dashboardFigures.put(trend.id().substring("trend-".length()), rows.stream()
                        .skip(Math.max(0, rows.size() - PerformanceReport.TREND_PERIODS))
                        .map(row -> row.select("th, td").stream().limit(3).map(Element::text).toList())
                        .filter(cells -> !cells.get(1).isEmpty()).toList());
            }
        }

        List<Element> charted = trends.stream().filter(trend -> trend.selectFirst("table") != null).toList();
        assertThat(charted).as("the indicators with figures").hasSizeGreaterThan(10);
        for (Element trend : charted) {
            String name = trend.selectFirst("h3").text();
            assertThat(trend.select("svg[role=img]")).as(name).singleElement()
                    .satisfies(chart -> assertThat(chart.attr("aria-label")).startsWith("Line chart of " + name + ": "));
            Element table = trend.selectFirst("table");
            assertThat(table.selectFirst("caption").text()).isEqualTo("Figures for " + name + ", oldest first");
            assertThat(table.select("thead th").eachText()).containsExactly("Period", "Figure", "Target");
            assertThat(table.select("tbody tr").stream()
                            .map(row -> row.select("th, td").stream().map(Element::text).toList()).toList()).as(name)
                    .isNotEmpty()
                    .isEqualTo(dashboardFigures.get(trend.id().substring("report-trend-".length())));
        }
        assertThat(trends.stream().filter(trend -> trend.selectFirst("table") == null)).as("no figures, no chart")
                .allSatisfy(trend -> assertThat(trend.select("svg")).isEmpty());
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
                    "Under 18 conception rate", "Trends of the indicators",
                    page.select("table[id^=report-figures-] caption").first().text());
            List<String> figures = new ArrayList<>();
            figures(document.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
            assertThat(figures).as("each chart a picture tagged as a figure, with the page's name of the chart as its alternative text")
                    .isNotEmpty().isEqualTo(page.select("svg[role=img]").eachAttr("aria-label"));
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
            assertThat(word.pictureDescriptions()).as("each chart a picture, described as the page names the chart")
                    .isNotEmpty().isEqualTo(page.select("svg[role=img]").eachAttr("aria-label"));
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

    private Page page(String path) throws Exception {
        return Page.of(mvc.perform(get(path).with(user("board").roles("BOARD"))).andExpect(status().isOk()).andReturn());
    }

    /** The alternative text of each element tagged as a figure, in the order of the structure tree. */
    private static void figures(List<Object> kids, List<String> into) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    into.add(element.getAlternateDescription());
                }
                figures(element.getKids(), into);
            }
        }
    }

    private static int colour(Element tag) {
        return RED_FIRST.stream().filter(tag::hasClass).findFirst().map(RED_FIRST::indexOf).orElseThrow();
    }
}
