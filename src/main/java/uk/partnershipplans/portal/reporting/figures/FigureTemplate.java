package uk.partnershipplans.portal.reporting.figures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.FigureImports.YearIndicator;

/**
 * The template of a file of figures, as CSV and as an Excel workbook: the headings, then one row for each indicator
 * the person may import, naming it by its code (or its name where it has none), for them to add the period and the
 * figures. A row left with nothing but the indicator is skipped on import, so the template goes back as it is filled.
 */
@Component
@RequiredArgsConstructor
class FigureTemplate {

    private final MessageSource messages;

    List<String> headings() {
        return Arrays.stream(FigureColumn.values())
                .map(column -> messages.getMessage(column.messageCode(), null, Locale.UK)).toList();
    }

    byte[] csv(List<YearIndicator> indicators) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(headings());
            for (YearIndicator indicator : indicators) {
                printer.printRecord(guarded(named(indicator)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    byte[] xlsx(List<YearIndicator> indicators) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.getMessage("figures.template.sheet", null, Locale.UK));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row headingRow = sheet.createRow(0);
            List<String> headings = headings();
            for (int i = 0; i < headings.size(); i++) {
                Cell cell = headingRow.createCell(i);
                cell.setCellValue(headings.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, 22 * 256);
            }
            for (int i = 0; i < indicators.size(); i++) {
                sheet.createRow(i + 1).createCell(0).setCellValue(named(indicators.get(i)));
            }
            sheet.createFreezePane(0, 1);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String named(YearIndicator indicator) {
        return indicator.code() != null && !indicator.code().isBlank() ? indicator.code() : indicator.name();
    }

    /** A cell a spreadsheet would take for a formula starts with an apostrophe, which the import ignores. */
    static String guarded(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
