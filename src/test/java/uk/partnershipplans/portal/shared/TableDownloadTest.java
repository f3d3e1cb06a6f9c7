package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.partnershipplans.portal.shared.TableDownload.row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import uk.partnershipplans.portal.shared.TableDownload.Column;
import uk.partnershipplans.portal.shared.TableDownload.Format;
import uk.partnershipplans.portal.shared.TableDownload.Table;

/** Tables written as CSV and as Excel, each read back as a spreadsheet would read it: Commons CSV and Apache POI. */
class TableDownloadTest {

    private static final Table FIGURES = new Table("Indicators", List.of(Column.text("Indicator"),
            Column.number("Value"), Column.date("Period end"), Column.text("Note")), List.of(
            row("Under 18 conception rate", new BigDecimal("64.0"), LocalDate.of(2013, 3, 31), "provisional"),
            row("Children in need", new BigDecimal("15642"), null, null),
            row("Gap", new BigDecimal("-2.25"), LocalDate.of(2012, 9, 30)),
            row("=HYPERLINK(\"http://example.org\",\"Click\")", null, null, "+44 115"),
            row("@SUM(A1)", null, null, "-1"),
            row("\tTabbed", null, null, "Plain - not a formula")));

    @Test
    void aWorkbookHasABoldFrozenHeadingRowNumbersAsNumbersWithTheirDecimalPlacesAndDatesAsDates() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableDownload.xlsx(List.of(FIGURES,
                new Table("A second sheet with a name longer than Excel allows", List.of(Column.text("Only")), List.of())))))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(1)).isEqualTo("A second sheet with a name longer than Excel allows".substring(0, 31));
            XSSFSheet sheet = workbook.getSheet("Indicators");
            Row headings = sheet.getRow(0);
            assertThat(texts(headings)).containsExactly("Indicator", "Value", "Period end", "Note");
            assertThat(workbook.getFontAt(headings.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D7");
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");

            Cell rate = sheet.getRow(1).getCell(1);
            assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rate.getNumericCellValue()).isEqualTo(64.0);
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(-2.25);
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");

            Cell periodEnd = sheet.getRow(1).getCell(2);
            assertThat(periodEnd.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(periodEnd)).isTrue();
            assertThat(periodEnd.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2013, 3, 31));
            assertThat(sheet.getRow(2).getCell(2)).as("an empty cell is no cell").isNull();

            assertThat(sheet.getColumnWidth(0)).as("as wide as its longest text, within limits")
                    .isEqualTo(Math.min("=HYPERLINK(\"http://example.org\",\"Click\")".length() + 2, 60) * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(8 * 256);
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextInAWorkbookAndStartsWithAnApostropheInACsvFile() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableDownload.xlsx(List.of(FIGURES))))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                for (Cell cell : sheet.getRow(row)) {
                    assertThat(cell.getCellType()).as("no formula anywhere").isNotEqualTo(CellType.FORMULA);
                }
            }
            Cell formula = sheet.getRow(4).getCell(0);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.org\",\"Click\")");
            assertThat(formula.getCellStyle().getQuotePrefixed()).as("shown as typed, text even when edited").isTrue();
            assertThat(sheet.getRow(4).getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(5).getCell(3).getCellStyle().getQuotePrefixed()).as("-1 typed as text").isTrue();
            assertThat(sheet.getRow(6).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(6).getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getRow(3).getCell(1).getCellType()).as("a negative number is a number")
                    .isEqualTo(CellType.NUMERIC);
        }

        List<CSVRecord> rows = csv(TableDownload.csv(FIGURES));
        assertThat(rows.subList(4, 7)).extracting(r -> r.get(0) + " | " + r.get(3)).containsExactly(
                "'=HYPERLINK(\"http://example.org\",\"Click\") | '+44 115",
                "'@SUM(A1) | '-1",
                "'\tTabbed | Plain - not a formula");
        assertThat(rows.get(3).get(1)).as("a number is not guarded").isEqualTo("-2.25");
    }

    @Test
    void aCsvFileHasTheSameColumnsNumbersAsGivenAndDatesDayMonthYear() throws IOException {
        byte[] file = TableDownload.csv(FIGURES);
        assertThat(Arrays.copyOf(file, 3)).as("UTF-8 byte order mark, for Excel").containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("\r\n");
        List<CSVRecord> rows = csv(file);
        assertThat(rows.get(0).toList()).containsExactly("Indicator", "Value", "Period end", "Note");
        assertThat(rows.get(1).toList()).containsExactly("Under 18 conception rate", "64.0", "31/03/2013", "provisional");
        assertThat(rows.get(2).toList()).containsExactly("Children in need", "15642", "", "");
        assertThat(rows.get(3).toList()).as("a short row is empty to the end").containsExactly("Gap", "-2.25", "30/09/2012", "");
        assertThat(rows).hasSize(7);
    }

    @Test
    void aDownloadIsNamedAndTypedByItsFormat() {
        ResponseEntity<byte[]> csv = TableDownload.download("indicators 2013/14", Format.CSV, List.of(FIGURES));
        assertThat(csv.getHeaders().getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename=\"indicators-2013-14.csv\"");
        assertThat(csv.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        ResponseEntity<byte[]> xlsx = TableDownload.download("indicators", Format.XLSX,
                List.of(FIGURES, new Table("Actions", List.of(Column.text("Action")), List.of())));
        assertThat(xlsx.getHeaders().getContentType())
                .hasToString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(Format.ofAddress("/plan-years/1/exports/actions.xlsx")).isEqualTo(Format.XLSX);
        assertThat(Format.ofAddress("/plan-years/1/exports/actions.csv")).isEqualTo(Format.CSV);
        assertThatThrownBy(() -> TableDownload.download("two", Format.CSV, List.of(FIGURES, FIGURES)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCellOfTheWrongKindIsAMistakeInTheCode() {
        assertThatThrownBy(() -> new Table("Wrong", List.of(Column.number("Value")), List.of(row("64.0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Value");
    }

    private static List<String> texts(Row row) {
        return java.util.stream.StreamSupport.stream(row.spliterator(), false).map(Cell::getStringCellValue).toList();
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
