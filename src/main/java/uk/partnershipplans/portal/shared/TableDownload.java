package uk.partnershipplans.portal.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Tables of rows to download, the one way the portal writes them: as a CSV file (one table) or an Excel workbook (one
 * sheet per table). Each column is text, a number or a date, and each cell is written as such: in a workbook a number
 * is a numeric cell shown with the decimal places it was given ("64.0" stays 64.0), a date a date cell; in a CSV file a
 * number is written plainly ("15642.5") and a date day/month/year, as a spreadsheet in a UK locale reads it. Text that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) stays text in both: the CSV
 * cell starts with an apostrophe, as OWASP advises, and the workbook's cell is marked as text typed with an apostrophe
 * (Excel's "quote prefix"), so it is shown as typed and is not a formula even when edited.
 */
public final class TableDownload {

    /** What Excel allows in one cell; longer text is cut short with an ellipsis. */
    static final int MAX_CELL_TEXT = 32_767;

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String SHEET_DATE = "d mmmm yyyy";
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int ROWS_IN_MEMORY = 100;
    private static final int NARROWEST = 8;
    private static final int WIDEST = 60;

    private TableDownload() {
    }

    /** The file types a table downloads as, each with its file name ending and media type. */
    public enum Format {
        CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8)),
        XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        private final String extension;
        private final MediaType mediaType;

        Format(String extension, MediaType mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        /** The format an address asks for by its ending (".csv", ".xlsx"). */
        public static Format ofAddress(String path) {
            return path.endsWith("." + XLSX.extension) ? XLSX : CSV;
        }
    }

    /** What a column holds: its cells are text ({@link String}), numbers ({@link BigDecimal}) or {@link LocalDate}s. */
    public enum Kind {
        TEXT, NUMBER, DATE;

        boolean holds(Object value) {
            return switch (this) {
                case TEXT -> value instanceof String;
                case NUMBER -> value instanceof BigDecimal;
                case DATE -> value instanceof LocalDate;
            };
        }
    }

    public record Column(String heading, Kind kind) {

        public static Column text(String heading) {
            return new Column(heading, Kind.TEXT);
        }

        public static Column number(String heading) {
            return new Column(heading, Kind.NUMBER);
        }

        public static Column date(String heading) {
            return new Column(heading, Kind.DATE);
        }
    }

    /**
     * A table: its name (the sheet's, cut to Excel's 31 characters), columns and rows. A row holds one value per
     * column, of the column's kind, or null for an empty cell; a shorter row is empty to the end.
     */
    public record Table(String name, List<Column> columns, List<? extends List<?>> rows) {

        public Table {
            columns = List.copyOf(columns);
            for (List<?> row : rows) {
                if (row.size() > columns.size()) {
                    throw new IllegalArgumentException("A row of " + name + " has more cells than columns");
                }
                for (int index = 0; index < row.size(); index++) {
                    Object value = row.get(index);
                    if (value != null && !columns.get(index).kind().holds(value)) {
                        throw new IllegalArgumentException("%s, column %s: %s is not %s".formatted(name,
                                columns.get(index).heading(), value.getClass().getSimpleName(), columns.get(index).kind()));
                    }
                }
            }
        }

        private Object cell(List<?> row, int index) {
            return index < row.size() ? row.get(index) : null;
        }
    }

    /** One row of cells, in the columns' order; null for an empty cell. */
    public static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /**
     * The tables to download as {@code filename} with the format's ending; a CSV file holds one table only.
     *
     * @param filename the file's name without its ending; anything but letters, digits, dots and hyphens becomes a hyphen
     */
    public static ResponseEntity<byte[]> download(String filename, Format format, List<Table> tables) {
        byte[] content = format == Format.CSV ? csv(single(tables)) : xlsx(tables);
        String name = (filename + "." + format.extension).replaceAll("[^A-Za-z0-9.-]+", "-");
        return ResponseEntity.ok()
                .contentType(format.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    /**
     * The table as a CSV file: UTF-8 with a byte order mark, because Excel reads a CSV file without one in the
     * computer's legacy code page and would garble names such as "Children’s"; lines end CRLF as RFC 4180 asks.
     */
    public static byte[] csv(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write(BYTE_ORDER_MARK);
            printer.printRecord(table.columns().stream().map(column -> guarded(column.heading())));
            for (List<?> row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (int index = 0; index < table.columns().size(); index++) {
                    cells.add(csvCell(table.cell(row, index)));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The tables as an Excel workbook, one sheet each, written as it goes ({@link SXSSFWorkbook} keeps
     * {@value #ROWS_IN_MEMORY} rows in memory). Each sheet's first row holds the headings, in bold, frozen above the
     * rows, repeated on every printed page and with a filter; each column is as wide as its longest cell, within limits.
     */
    public static byte[] xlsx(List<Table> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Styles styles = new Styles(workbook);
            for (Table table : tables) {
                sheet(workbook, styles, table);
            }
            workbook.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Whether a spreadsheet would take the text for a formula. */
    public static boolean looksLikeAFormula(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** Text for a CSV cell: one a spreadsheet would run as a formula starts with an apostrophe instead. */
    public static String guarded(String text) {
        return looksLikeAFormula(text) ? "'" + text : text;
    }

    private static void sheet(SXSSFWorkbook workbook, Styles styles, Table table) {
        SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
        int columns = table.columns().size();
        var headings = sheet.createRow(0);
        for (int index = 0; index < columns; index++) {
            String heading = table.columns().get(index).heading();
            headings.createCell(index).setCellValue(heading);
            headings.getCell(index).setCellStyle(styles.heading(looksLikeAFormula(heading)));
        }
        int[] widths = table.columns().stream().mapToInt(column -> column.heading().length()).toArray();
        int number = 1;
        for (List<?> row : table.rows()) {
            var cells = sheet.createRow(number++);
            for (int index = 0; index < columns; index++) {
                Object value = table.cell(row, index);
                if (value != null) {
                    widths[index] = Math.max(widths[index], write(cells.createCell(index), value, styles));
                }
            }
        }
        for (int index = 0; index < columns; index++) {
            sheet.setColumnWidth(index, Math.min(Math.max(widths[index] + 2, NARROWEST), WIDEST) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, Math.max(columns - 1, 0)));
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(number - 1, 0), 0, columns - 1));
        }
    }

    /** Writes the value to the cell; returns how many characters wide it is shown. */
    private static int write(Cell cell, Object value, Styles styles) {
        if (value instanceof BigDecimal figure) {
            cell.setCellValue(figure.doubleValue());
            cell.setCellStyle(styles.number(Math.max(figure.scale(), 0)));
            return Figures.format(figure).length();
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date());
            return "30 September 2014".length();
        }
        String text = shortened(value.toString());
        cell.setCellValue(text);
        if (looksLikeAFormula(text)) {
            cell.setCellStyle(styles.quotePrefixed());
        }
        return text.lines().mapToInt(String::length).max().orElse(0);
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal figure) {
            return figure.toPlainString();
        }
        if (value instanceof LocalDate date) {
            return CSV_DATE.format(date);
        }
        return guarded(value.toString());
    }

    private static String shortened(String text) {
        return text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT - 1) + "…";
    }

    private static Table single(List<Table> tables) {
        if (tables.size() != 1) {
            throw new IllegalArgumentException("A CSV file holds one table, not " + tables.size());
        }
        return tables.get(0);
    }

    /** The workbook's cell styles, each made once (a workbook holds a limited number). */
    private static final class Styles {

        private final SXSSFWorkbook workbook;
        private final Map<Integer, CellStyle> numbers = new HashMap<>();
        private final Map<Boolean, CellStyle> headings = new HashMap<>();
        private CellStyle date;
        private CellStyle quotePrefixed;

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
        }

        CellStyle heading(boolean looksLikeAFormula) {
            return headings.computeIfAbsent(looksLikeAFormula, quoted -> {
                Font bold = workbook.createFont();
                bold.setBold(true);
                CellStyle style = workbook.createCellStyle();
                style.setFont(bold);
                style.setQuotePrefixed(quoted);
                return style;
            });
        }

        /** Thousands separated by commas and the figure's own decimal places ("#,##0.0" for 64.0). */
        CellStyle number(int decimals) {
            return numbers.computeIfAbsent(decimals, places -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat()
                        .getFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places)));
                return style;
            });
        }

        CellStyle date() {
            if (date == null) {
                date = workbook.createCellStyle();
                date.setDataFormat(workbook.createDataFormat().getFormat(SHEET_DATE));
            }
            return date;
        }

        CellStyle quotePrefixed() {
            if (quotePrefixed == null) {
                quotePrefixed = workbook.createCellStyle();
                quotePrefixed.setQuotePrefixed(true);
            }
            return quotePrefixed;
        }
    }
}
