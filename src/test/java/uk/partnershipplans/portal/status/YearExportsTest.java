package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.partnershipplans.portal.status.PerformanceWorkbookTest.rows;
import static uk.partnershipplans.portal.status.PerformanceWorkbookTest.text;
import static uk.partnershipplans.portal.status.PerformanceWorkbookTest.texts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;

/**
 * A plan year's exports of the demo plans, each read back as CSV (Commons CSV) and as a workbook (Apache POI): the
 * same statuses as the dashboard, every indicator value with its figures as numbers, the reports of progress (their
 * files named only for those who may open them), and the partners.
 */
@IntegrationTest
class YearExportsTest {

    private static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    private static final RequestPostProcessor BOARD = user("board").roles("BOARD");

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
    void theExportsPageListsEachExportAsCsvAndExcelAndTheYearsPageLinksToIt() throws Exception {
        Page yearPage = Page.of(mvc.perform(get("/plan-years/" + year).with(OFFICER)).andExpect(status().isOk()).andReturn());
        assertThat(yearPage.attr("exports-link", "href")).isEqualTo("/plan-years/" + year + "/exports");

        Page page = Page.of(mvc.perform(get("/plan-years/" + year + "/exports").with(OFFICER))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.h1()).isEqualTo("Exports: 2013-14");
        assertThat(page.textOf("exports-as-at")).isEqualTo("The actions’ statuses are as the dashboard shows them."
                + " Position at 31 March 2014, the last day of the year: the year has ended.");
        for (String export : List.of("indicators", "actions", "reports", "partners")) {
            for (String format : List.of("csv", "xlsx")) {
                String href = page.attr("export-" + export + "-" + format, "href");
                assertThat(href).isEqualTo("/plan-years/" + year + "/exports/" + export + "." + format);
                mvc.perform(get(href).with(OFFICER)).andExpect(status().isOk());
            }
        }
        assertThat(page.text("#export-actions-xlsx")).isEqualTo("Actions as an Excel workbook");
        mvc.perform(get("/plan-years/999999/exports").with(OFFICER)).andExpect(status().isNotFound());
        mvc.perform(get("/plan-years/999999/exports/actions.csv").with(OFFICER)).andExpect(status().isNotFound());
    }

    @Test
    void theActionsHaveTheSameStatusesAsTheDashboardInBothFormats() throws Exception {
        Page dashboard = Page.of(mvc.perform(get("/plan-years/" + year + "/dashboard").with(OFFICER))
                .andExpect(status().isOk()).andReturn());
        List<String> shown = dashboard.select("#actions tbody tr").stream()
                .map(row -> row.selectFirst("td a").text().replace("Action ", "") + " | "
                        + row.selectFirst("th").text() + " | " + row.selectFirst(".govuk-tag").text())
                .toList();
        assertThat(shown).hasSize(17);

        MockHttpServletResponse csvResponse = download("actions.csv", OFFICER);
        assertThat(csvResponse.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"actions-2013-14-as-at-2014-03-31.csv\"");
        List<CSVRecord> csv = csv(csvResponse.getContentAsByteArray());
        assertThat(csv.get(0).toList()).containsExactly("Number", "Action", "Lead", "Priorities", "Target", "Target date",
                "Target date now", "Status", "Status as at", "Milestones", "Milestones due", "Milestones due and done",
                "Latest report", "Latest report as at", "Commentary", "Reason for the new target date");
        assertThat(csv.subList(1, csv.size())).extracting(r -> r.get(0) + " | " + r.get(1) + " | " + r.get(7))
                .isEqualTo(shown);
        assertThat(csv.get(1).get(8)).isEqualTo("31/03/2014");

        try (XSSFWorkbook workbook = workbook("actions.xlsx", OFFICER)) {
            Sheet sheet = workbook.getSheet("Actions");
            assertThat(texts(sheet.getRow(0))).isEqualTo(csv.get(0).toList());
            assertThat(rows(sheet)).extracting(row -> text(row, 0) + " | " + text(row, 1) + " | " + text(row, 7))
                    .isEqualTo(shown);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2014, 3, 31));
            assertThat(first.getCell(9).getCellType()).as("milestones counted as a number").isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(Double.parseDouble(csv.get(1).get(9)));
        }
    }

    @Test
    void everyValueOfEveryIndicatorIsARowWithItsFiguresAsNumbersKeptAsTyped() throws Exception {
        int values = jdbc.queryForObject("select count(*) from indicator_value v where v.indicator_id in"
                + " (select indicator_id from plan_year_indicator where plan_year_id = ?)", Integer.class, year);
        int withoutValues = jdbc.queryForObject("select count(*) from plan_year_indicator u where u.plan_year_id = ?"
                + " and not exists (select 1 from indicator_value v where v.indicator_id = u.indicator_id)", Integer.class, year);
        List<CSVRecord> csv = csv(download("indicators.csv", OFFICER).getContentAsByteArray());
        assertThat(csv).hasSize(1 + values + withoutValues);
        assertThat(csv.get(0).toList()).containsExactly("Code", "Indicator", "Unit", "Priorities", "Period", "Period end",
                "Value", "Provisional", "Not available because", "Target", "National average", "Statistical neighbour",
                "National comparison in words");

        Map<String, Object> typed = jdbc.queryForMap("select i.name, v.period_label, v.figure from indicator_value v"
                + " join indicator i on i.id = v.indicator_id join plan_year_indicator u on u.indicator_id = i.id"
                + " where u.plan_year_id = ? and v.figure is not null order by v.id limit 1", year);
        try (XSSFWorkbook workbook = workbook("indicators.xlsx", OFFICER)) {
            List<Row> rows = rows(workbook.getSheet("Indicators"));
            assertThat(rows).hasSize(values + withoutValues);
            Row row = rows.stream().filter(r -> text(r, 1).equals(typed.get("name")) && text(r, 4).equals(typed.get("period_label")))
                    .findFirst().orElseThrow();
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(row.getCell(6).getNumericCellValue()))
                    .isEqualByComparingTo((BigDecimal) typed.get("figure"));
            CSVRecord line = csv.stream().filter(r -> r.get(1).equals(typed.get("name")) && r.get(4).equals(typed.get("period_label")))
                    .findFirst().orElseThrow();
            assertThat(new DataFormatter(java.util.Locale.UK).formatCellValue(row.getCell(6)).replace(",", ""))
                    .as("the workbook shows the figure with the decimal places the CSV file gives")
                    .isEqualTo(line.get(6));
        }
        assertThat(csv).as("a figure with its decimal place kept, as typed").anySatisfy(r -> assertThat(r.get(6)).matches("\\d+\\.\\d*0"));
    }

    @Test
    void reportsNameTheirFilesOnlyForThoseWhoMayOpenThem() throws Exception {
        int reports = jdbc.queryForObject("select count(*) from progress_report r where r.action_id in"
                + " (select id from plan_action where plan_year_id = ?) or r.indicator_id in"
                + " (select indicator_id from plan_year_indicator where plan_year_id = ?)", Integer.class, year, year);
        List<CSVRecord> officers = csv(download("reports.csv", OFFICER).getContentAsByteArray());
        List<CSVRecord> board = csv(download("reports.csv", BOARD).getContentAsByteArray());
        assertThat(officers).hasSize(1 + reports);
        assertThat(board).hasSize(1 + reports);
        assertThat(officers.get(0).toList()).startsWith("Of", "Number or code", "Action or indicator", "Round", "As at")
                .doesNotContain("Files");
        assertThat(board.get(0).toList()).endsWith("Approved by", "Approved on", "Files");
        try (XSSFWorkbook workbook = workbook("reports.xlsx", OFFICER)) {
            assertThat(texts(workbook.getSheet("Reports of progress").getRow(0))).isEqualTo(officers.get(0).toList());
        }
    }

    @Test
    void thePartnersAreThoseThePlanNamesAndTheMembersOfThePartnership() throws Exception {
        List<CSVRecord> csv = csv(download("partners.csv", OFFICER).getContentAsByteArray());
        assertThat(csv.get(0).toList()).containsExactly("Organisation", "Kind", "Part of", "Named by the plan as",
                "What the plan adds to its name", "Member of the partnership now");
        int named = jdbc.queryForObject("select count(distinct organisation_id) from plan_partner where plan_id ="
                + " (select plan_id from plan_year where id = ?)", Integer.class, year);
        assertThat(csv.subList(1, csv.size()).stream().filter(r -> !r.get(3).isEmpty())).hasSize(named);
        assertThat(csv).anySatisfy(r -> assertThat(r.toList()).containsExactly("Ashfield District Council",
                "District or borough council", "", "Relevant partner", "", "Yes"));
        try (XSSFWorkbook workbook = workbook("partners.xlsx", OFFICER)) {
            assertThat(rows(workbook.getSheet("Partners"))).hasSize(csv.size() - 1);
        }
    }

    @Test
    void aLeadThatASpreadsheetWouldTakeForAFormulaStaysText() throws Exception {
        long year2014 = jdbc.queryForObject("select y.id from plan_year y join plan p on p.id = y.plan_id"
                + " where p.title = ? order by y.start_date limit 1", Long.class, DemoData.PLAN_2014);
        // the 2014-16 plan lists an action's leads one to a line, each "- " first
        List<CSVRecord> csv = csv(mvc.perform(get("/plan-years/" + year2014 + "/exports/actions.csv").with(OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(csv).anySatisfy(r -> assertThat(r.get(2)).startsWith("'- Nottinghamshire"));
        byte[] xlsx = mvc.perform(get("/plan-years/" + year2014 + "/exports/actions.xlsx").with(OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = rows(workbook.getSheet("Actions")).stream().filter(r -> text(r, 2).startsWith("- Nottinghamshire"))
                    .findFirst().orElseThrow();
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    private MockHttpServletResponse download(String file, RequestPostProcessor caller) throws Exception {
        return mvc.perform(get("/plan-years/" + year + "/exports/" + file).with(caller)).andExpect(status().isOk())
                .andReturn().getResponse();
    }

    private XSSFWorkbook workbook(String file, RequestPostProcessor caller) throws Exception {
        MockHttpServletResponse response = download(file, caller);
        assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    static List<CSVRecord> csv(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.substring(1)))
                .setFormat(CSVFormat.RFC4180).get()) {
            return parser.getRecords();
        }
    }
}
