package uk.partnershipplans.portal.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.reporting.update.UpdateFixture;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * Figures imported from CSV and Excel: every rule of a row named by row, column and reason with nothing imported; a
 * corrected file imported in full, confirmed, approved as a whole and shown in the plan as imported by whom from which
 * file; the templates read back; who may import what.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // approving changes the demo plan
class FigureImportTest {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final RequestPostProcessor BOARD = user("board").roles("BOARD");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final String HEADINGS = "Indicator code or name,Period,Value,Provisional,National average,"
            + "Statistical neighbour average,Comparison with the national average,Note";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    long year;
    long indicatorId;
    String indicator;

    @BeforeEach
    void openRound() {
        UpdateFixture.Round round = new UpdateFixture(context).freshRound();
        year = jdbc.queryForObject("select plan_year_id from reporting_round where id = ?", Long.class, round.roundId());
        indicatorId = round.indicatorId();
        indicator = jdbc.queryForObject("select name from indicator where id = ?", String.class, indicatorId);
        jdbc.update("delete from indicator_value where indicator_id = ? and period_label in"
                + " ('2008/09 annual', '2009/10 annual', '2010/11 annual')", indicatorId);
    }

    @AfterEach
    void removeImportsAndRounds() {
        jdbc.update("delete from figure_import");
        jdbc.update("delete from reporting_round");
        jdbc.update("delete from indicator_value where indicator_id = ? and period_label in"
                + " ('2008/09 annual', '2009/10 annual', '2010/11 annual')", indicatorId);
    }

    @Test
    void aFileWithOneBadRowIsRefusedNamingItsRowAndColumnAndTheCorrectedFileGoesForApprovalAndIntoThePlan()
            throws Exception {
        long bad = upload(OFFICER, "figures.csv", csv(
                row(indicator, "2009/10 annual", "45.5", "No", "47.2", "", "", ""),
                row(indicator, "2010/11 annual", "lots", "", "", "", "", "")));
        Page refused = page(OFFICER, bad);
        assertThat(refused.errorSummary()).extracting(Page.Link::text).containsExactly(
                "Row 3, column Value: Value must be a number, like 85% or 1,200",
                "Correct the problems listed and upload the spreadsheet again: nothing has been imported");
        assertThat(refused.title()).startsWith("Error:");
        assertThat(rows(bad)).isZero();
        assertThat(figuresInPlan()).isZero();

        long good = upload(OFFICER, "figures.csv", csv(
                row(indicator, "2009/10 annual", "45.5", "No", "47.2", "", "", ""),
                row(indicator, "2010/11 annual", "46.0", "yes", "", "44", "Better", "From the CCG")));
        Page valid = page(OFFICER, good);
        assertThat(valid.hasErrorSummary()).isFalse();
        assertThat(valid.textOf("state")).isEqualTo("Checked: waiting for you to confirm");
        assertThat(valid.tableRows("table").get(1)).containsExactly("3", indicator, "2010/11 annual", "46.0", "Yes", "",
                "44", "Better", "From the CCG");
        assertThat(figuresInPlan()).isZero();

        mvc.perform(post("/figure-imports/{id}/confirm", good).param("version", version(good)).with(OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(good)).isEqualTo("SUBMITTED");
        assertThat(figuresInPlan()).isZero();
        Page reviews = Page.of(mvc.perform(get("/reviews").with(ADMIN)).andReturn());
        assertThat(reviews.linksTo("figures.csv")).containsExactly("/figure-imports/" + good);
        mvc.perform(post("/figure-imports/{id}/approve", good).param("version", version(good)).with(OFFICER).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/figure-imports/{id}/approve", good).param("version", version(good)).with(ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(good)).isEqualTo("APPROVED");
        Map<String, Object> value = jdbc.queryForMap("select figure, provisional, national_average, imported_by,"
                + " imported_from, note from indicator_value where indicator_id = ? and period_label = '2010/11 annual'",
                indicatorId);
        assertThat((BigDecimal) value.get("figure")).isEqualByComparingTo("46.0");
        assertThat(value).containsEntry("provisional", true).containsEntry("imported_by", "officer")
                .containsEntry("imported_from", "figures.csv").containsEntry("note", "From the CCG");
        assertThat(figuresInPlan()).isEqualTo(2);
        Page indicatorPage = Page.of(mvc.perform(get("/indicators/{id}", indicatorId).with(ADMIN)).andReturn());
        assertThat(indicatorPage.text("#main-content")).contains("Imported by officer from figures.csv");
    }

    @Test
    void eachRuleOfARowIsNamedByRowColumnAndReason() throws Exception {
        jdbc.update("insert into indicator_value (indicator_id, period_label, period_end, figure, figure_decimals)"
                + " values (?, '2008/09 annual', '2009-03-31', 40.1, 1)", indicatorId);
        String other = jdbc.queryForObject("""
                select i.name from indicator i join plan_year_indicator y on y.indicator_id = i.id
                where y.plan_year_id = ? and i.id <> ? and i.period_type is not null order by i.id limit 1""",
                String.class, year, indicatorId);
        String[][] cases = {
                {"No such indicator", "2009/10 annual", "45", "No", "Indicator code or name",
                        "no indicator of 2013-14 has the code or name ‘No such indicator’"},
                {other, "2009/10 annual", "45", "No", "Indicator code or name",
                        "you cannot import figures for " + other + ": you do not update it in this year's open reporting round"},
                {indicator, "last year", "45", "No", "Period",
                        "‘last year’ is not a period: write it as 2012/13 Q3, 2012/13 annual, 2011/12 academic or 2011 annual"},
                {indicator, "2009/10 Q3", "45", "No", "Period",
                        "‘2009/10 Q3’ is not a period of the kind " + indicator + " is reported by: a financial year"},
                {indicator, "2030/31 annual", "45", "No", "Period", "2030/31 annual has not ended yet"},
                {indicator, "2008/09 annual", "45", "No", "Period",
                        indicator + " already has an approved figure for 2008/09 annual"},
                {indicator, "2009/10 annual", "120", "No", "Value",
                        "Value must be between 0 and 100, as it is a percentage"},
                {indicator, "2009/10 annual", "", "No", "Value", "enter the value"},
                {indicator, "2009/10 annual", "45", "maybe", "Provisional", "Provisional must be Yes, No or blank"},
                {indicator, "2009/10 annual", "45", "No", "Period",
                        "row 2 already gives a figure for " + indicator + " for 2009/10 annual"}};
        for (String[] c : cases) {
            String first = c[1].equals("2009/10 annual") && c[5].startsWith("row 2")
                    ? row(indicator, "2009/10 annual", "44", "", "", "", "", "")
                    : row(indicator, "2010/11 annual", "44", "", "", "", "", "");
            long id = upload(OFFICER, "rule.csv", csv(first, row(c[0], c[1], c[2], c[3], "", "", "", "")));
            assertThat(page(OFFICER, id).errorSummary()).extracting(Page.Link::text).as(c[5])
                    .startsWith("Row 3, column " + c[4] + ": " + c[5]).hasSize(2);
            assertThat(rows(id)).isZero();
        }
        assertThat(figuresInPlan()).isEqualTo(1);
    }

    @Test
    void anExcelWorkbookIsCheckedTheSameWayAndImportedInFull() throws Exception {
        long bad = upload(OFFICER, "figures.xlsx", xlsx(
                List.of(indicator, "2009/10 annual", 45.5, "No"),
                List.of(indicator, "2010/11 annual", 145, "No")));
        assertThat(page(OFFICER, bad).errorSummary()).extracting(Page.Link::text).first()
                .isEqualTo("Row 3, column Value: Value must be between 0 and 100, as it is a percentage");

        long good = upload(OFFICER, "figures.xlsx", xlsx(
                List.of(indicator, "2009/10 annual", 45.5, "No"),
                List.of(indicator, "2010/11 annual", 46.25, "Yes")));
        assertThat(state(good)).isEqualTo("VALID");
        assertThat(rows(good)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select figure from figure_import_row where import_id = ? and row_number = 3",
                BigDecimal.class, good)).isEqualByComparingTo("46.25");
    }

    @Test
    void theTemplatesListTheIndicatorsToImportAndComeBackAsTheyAre() throws Exception {
        byte[] csv = mvc.perform(get("/plan-years/{id}/figure-import/template.csv", year).with(OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8),
                CSVFormat.RFC4180)) {
            records = parser.getRecords();
        }
        assertThat(String.join(",", records.get(0).toList())).isEqualTo(HEADINGS);
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(0)).isIn(indicator, jdbc.queryForObject("select code from indicator where id = ?",
                String.class, indicatorId));

        byte[] xlsx = mvc.perform(get("/plan-years/{id}/figure-import/template.xlsx", year).with(OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Value");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(records.get(1).get(0));
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }

        long unchanged = upload(OFFICER, "template.xlsx", xlsx);
        assertThat(page(OFFICER, unchanged).errorSummary()).extracting(Page.Link::text).first()
                .isEqualTo("The file has no figures: every row has nothing but the indicator");
    }

    @Test
    void aFileThatIsNotASpreadsheetOrLacksTheHeadingsIsRefusedWithAMessage() throws Exception {
        long pdf = upload(OFFICER, "figures.csv", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        assertThat(page(OFFICER, pdf).errorSummary()).extracting(Page.Link::text).first()
                .isEqualTo("The file must be an Excel workbook (.xlsx) or a CSV file");
        long headings = upload(OFFICER, "figures.csv", "Indicator,Period\nx,y\n".getBytes(StandardCharsets.UTF_8));
        assertThat(page(OFFICER, headings).errorSummary()).extracting(Page.Link::text).contains(
                "Row 1, column Indicator: this is not a heading of the template",
                "Row 1: the heading Value is missing: the first row must hold the headings of the template");
        Page empty = Page.of(mvc.perform(multipart("/plan-years/{id}/figure-import", year)
                .file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0])).with(OFFICER).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(empty.errorSummary()).extracting(Page.Link::text).containsExactly("The file is empty");
    }

    @Test
    void aBoardMemberHasNothingToImportAndAnotherOfficerCannotSeeTheImport() throws Exception {
        Page board = Page.of(mvc.perform(get("/plan-years/{id}/figure-import", year).with(BOARD)).andReturn());
        assertThat(board.hasId("none-to-import")).isTrue();
        mvc.perform(multipart("/plan-years/{id}/figure-import", year)
                        .file(new MockMultipartFile("file", "f.csv", "text/csv", csv(row(indicator, "2009/10 annual",
                                "45", "", "", "", "", ""))))
                        .with(BOARD).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from figure_import", Integer.class)).isZero();
        long id = upload(OFFICER, "figures.csv", csv(row(indicator, "2009/10 annual", "45", "", "", "", "", "")));
        mvc.perform(get("/figure-imports/{id}", id).with(user("someone-else").roles("OFFICER")))
                .andExpect(status().isNotFound());
    }

    long upload(RequestPostProcessor who, String filename, byte[] content) throws Exception {
        String location = mvc.perform(multipart("/plan-years/{id}/figure-import", year)
                        .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                        .with(who).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        checked(jdbc, id);
        return id;
    }

    /** Waits for the background check of the import to end. */
    static void checked(JdbcTemplate jdbc, long id) throws InterruptedException {
        for (int i = 0; i < 300 && "CHECKING".equals(jdbc.queryForObject("select state from figure_import where id = ?",
                String.class, id)); i++) {
            Thread.sleep(100);
        }
    }

    Page page(RequestPostProcessor who, long id) throws Exception {
        return Page.of(mvc.perform(get("/figure-imports/{id}", id).with(who)).andExpect(status().isOk()).andReturn());
    }

    String state(long id) {
        return jdbc.queryForObject("select state from figure_import where id = ?", String.class, id);
    }

    String version(long id) {
        return String.valueOf(jdbc.queryForObject("select version from figure_import where id = ?", Long.class, id));
    }

    int rows(long id) {
        return jdbc.queryForObject("select count(*) from figure_import_row where import_id = ?", Integer.class, id);
    }

    int figuresInPlan() {
        return jdbc.queryForObject("select count(*) from indicator_value where indicator_id = ? and figure is not null"
                + " and period_label in ('2008/09 annual', '2009/10 annual', '2010/11 annual')", Integer.class, indicatorId);
    }

    static String row(String... cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            quoted.add(cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return String.join(",", quoted);
    }

    static byte[] csv(String... rows) {
        return (HEADINGS + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook as Excel saves it: the headings, then the rows, numbers as numeric cells. */
    static byte[] xlsx(List<?>... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Figures");
            String[] headings = HEADINGS.split(",");
            Row first = sheet.createRow(0);
            for (int i = 0; i < headings.length; i++) {
                first.createCell(i).setCellValue(headings[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].size(); c++) {
                    Object cell = rows[r].get(c);
                    if (cell instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(cell));
                    }
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }
}
