package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/**
 * The performance report of the demo 2013-14 year as an Excel workbook, read back with Apache POI and compared with
 * the report's page: the same sentences, actions, statuses, figures and words, figures as numbers.
 */
@IntegrationTest
class PerformanceWorkbookTest {

    /** The figures as an Excel user sees them: "64.0", "15,642". */
    private static final DataFormatter SHOWN = new DataFormatter(java.util.Locale.UK);

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
    void theWorkbookHasTheSummaryActionsAndIndicatorsOfThePageWithFiguresAsNumbers() throws Exception {
        Page page = Page.of(mvc.perform(get("/plan-years/" + year + "/report").with(user("board").roles("BOARD")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.attr("report-xlsx", "href")).isEqualTo("/plan-years/" + year + "/report.xlsx");
        MockHttpServletResponse response = mvc.perform(get("/plan-years/" + year + "/report.xlsx")
                .with(user("officer").roles("OFFICER"))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"performance-report-2013-14-2014-03-31.xlsx\"");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Summary", "Actions", "Indicators");

            List<String> summary = column(workbook.getSheet("Summary"), 0);
            assertThat(summary.get(0)).isEqualTo("Summary of progress");
            assertThat(summary).contains("Performance report: 2013-14 - Children, Young People and Families Plan 2011-14",
                    "Position at 31 March 2014, the last day of the year: the year has ended.",
                    page.textOf("report-actions-headline"), page.textOf("report-indicators-headline"));

            Sheet actions = workbook.getSheet("Actions");
            assertThat(texts(actions.getRow(0))).containsExactly("Priority", "Priority title", "Number", "Action", "Lead",
                    "Target", "Target date", "Status", "Revised target date", "Reason for the new target date",
                    "Latest report", "Latest report as at", "Commentary");
            List<String> pageActions = page.select("table[id^=report-actions-] tbody tr").stream()
                    .map(row -> row.selectFirst("th").text() + " | " + row.selectFirst(".govuk-tag").text()).toList();
            List<String> sheetActions = rows(actions).stream()
                    .map(row -> text(row, 2) + " " + text(row, 3) + " | " + text(row, 7)).toList();
            assertThat(sheetActions).isNotEmpty().isEqualTo(pageActions);

            Sheet indicators = workbook.getSheet("Indicators");
            assertThat(texts(indicators.getRow(0))).containsExactly("Priority", "Priority title", "Code", "Indicator",
                    "Latest value", "Note on the value", "Unit", "Period", "Target", "National average",
                    "Against the national average", "Statistical neighbour", "Status", "Direction of travel");
            List<Element> pageIndicators = page.select("table[id^=report-indicators-] tbody tr");
            List<Row> sheetIndicators = rows(indicators);
            assertThat(sheetIndicators).hasSameSizeAs(pageIndicators);
            int figures = 0;
            for (int i = 0; i < pageIndicators.size(); i++) {
                List<String> cells = pageIndicators.get(i).select("th, td").stream().map(Element::text).toList();
                Row row = sheetIndicators.get(i);
                assertThat(text(row, 3)).isEqualTo(cells.get(0));
                assertThat(text(row, 7)).as("period").isEqualTo(cells.get(2));
                assertThat(text(row, 12)).as("status").isEqualTo(cells.get(6));
                assertThat(text(row, 13)).as("direction").isEqualTo(cells.get(7));
                Cell latest = row.getCell(4);
                if (latest != null) {
                    figures++;
                    assertThat(latest.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(cells.get(1)).as("the page's latest value").startsWith(SHOWN.formatCellValue(latest));
                }
                Cell target = row.getCell(8);
                if (target != null) {
                    assertThat(target.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(cells.get(3)).startsWith(SHOWN.formatCellValue(target));
                }
                if (row.getCell(10) != null) {
                    assertThat(cells.get(4)).as("national comparison in words").contains(text(row, 10));
                }
            }
            assertThat(figures).as("indicators with a latest figure").isGreaterThan(5);
            assertThat(sheetIndicators).as("a figure kept as typed, with its decimal place")
                    .anySatisfy(row -> assertThat(row.getCell(4) == null ? "" : SHOWN.formatCellValue(row.getCell(4)))
                            .matches("\\d[\\d,]*\\.\\d+"));
        }
    }

    @Test
    void theWorkbookAsAtTheDayChosenIsAsThePageAtThatDay() throws Exception {
        String asAt = "?on.day=30&on.month=9&on.year=2013";
        Page page = Page.of(mvc.perform(get("/plan-years/" + year + "/report" + asAt).with(user("board").roles("BOARD")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.attr("report-xlsx", "href")).isEqualTo("/plan-years/" + year + "/report.xlsx" + asAt);
        MockHttpServletResponse response = mvc.perform(get("/plan-years/" + year + "/report.xlsx" + asAt)
                .with(user("board").roles("BOARD"))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).contains("performance-report-2013-14-2013-09-30.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(column(workbook.getSheet("Summary"), 0)).contains(page.textOf("report-actions-headline"))
                    .anySatisfy(line -> assertThat(line).startsWith("Position at 30 September 2013"));
            assertThat(rows(workbook.getSheet("Actions")).stream().map(row -> text(row, 7)).toList())
                    .isEqualTo(page.texts("table[id^=report-actions-] tbody tr .govuk-tag"));
        }
    }

    @Test
    void aYearThatDoesNotExistHasNoWorkbook() throws Exception {
        mvc.perform(get("/plan-years/999999/report.xlsx").with(user("board").roles("BOARD"))).andExpect(status().isNotFound());
    }

    static List<Row> rows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            rows.add(sheet.getRow(i));
        }
        return rows;
    }

    static List<String> column(Sheet sheet, int index) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i <= sheet.getLastRowNum(); i++) {
            texts.add(text(sheet.getRow(i), index));
        }
        return texts;
    }

    static List<String> texts(Row row) {
        return StreamSupport.stream(row.spliterator(), false).map(Cell::getStringCellValue).toList();
    }

    /** A text cell's text; "" for an empty cell. */
    static String text(Row row, int index) {
        Cell cell = row.getCell(index);
        return cell == null ? "" : cell.getStringCellValue();
    }
}
