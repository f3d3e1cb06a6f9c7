package uk.partnershipplans.portal.reporting.figures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a spreadsheet row by row, whatever its name says: an Excel workbook (.xlsx, found by its content: a zip) through
 * POI's streaming reader of the first sheet, or else CSV text (UTF-8, with or without Excel's byte order mark, or
 * Windows-1252). Each row is handed on as it is read and forgotten, so a file of any length is never held as rows.
 * Rows are numbered as a spreadsheet numbers them, the headings being row 1.
 */
final class SpreadsheetRows {

    /** What to do with each row: its number and its cells, as text (blank for an empty cell). */
    interface RowHandler {
        void row(long number, List<String> cells);
    }

    /** The file cannot be read as a spreadsheet; {@code code} is the message saying why. */
    static final class Unreadable extends RuntimeException {

        private final String code;

        Unreadable(String code, Throwable cause) {
            super(code, cause);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLD_EXCEL = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private SpreadsheetRows() {
    }

    /**
     * How many rows the file has, to say how far a check has gone: for a workbook, as its sheet's dimension says (the
     * sheet is not read), else by reading the rows.
     */
    static long count(byte[] content) {
        if (startsWith(content, ZIP)) {
            try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
                Iterator<InputStream> sheets = new XSSFReader(workbook).getSheetsData();
                if (sheets.hasNext()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    Dimension dimension = new Dimension();
                    parser.setContentHandler(dimension);
                    try (InputStream sheet = sheets.next()) {
                        parser.parse(new InputSource(sheet));
                    } catch (Dimension.Found found) {
                        if (found.rows >= 0) {
                            return found.rows;
                        }
                    }
                }
            } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                    | RuntimeException e) {
                // counted below, where what is wrong with the file is also found
            }
        }
        long[] rows = {0};
        read(content, (number, cells) -> rows[0] = number);
        return rows[0];
    }

    /** Finds the sheet's dimension ("A1:H10001") and stops reading there. */
    private static final class Dimension extends org.xml.sax.helpers.DefaultHandler {

        static final class Found extends SAXException {
            private final long rows;

            Found(long rows) {
                this.rows = rows;
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes)
                throws SAXException {
            if ("dimension".equals(localName)) {
                String ref = attributes.getValue("ref");
                String last = ref == null ? "" : ref.substring(ref.indexOf(':') + 1);
                throw new Found(last.isEmpty() ? 0 : new CellReference(last).getRow() + 1L);
            }
            if ("sheetData".equals(localName)) {
                throw new Found(-1); // no dimension: the rows are counted
            }
        }
    }

    static void read(byte[] content, RowHandler handler) {
        if (content.length == 0) {
            throw new Unreadable("figures.file.empty", null);
        }
        if (startsWith(content, ZIP)) {
            readWorkbook(content, handler);
        } else if (startsWith(content, OLD_EXCEL)) {
            throw new Unreadable("figures.file.old-excel", null);
        } else if (contains(content, (byte) 0)) {
            throw new Unreadable("figures.file.type", null);
        } else {
            readCsv(content, handler);
        }
    }

    private static void readCsv(byte[] content, RowHandler handler) {
        Charset charset = isUtf8(content) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        int start = startsWith(content, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start), charset);
             CSVParser parser = CSVParser.builder().setReader(reader)
                     .setFormat(CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get()).get()) {
            List<String> cells = new ArrayList<>();
            for (CSVRecord record : parser) {
                cells.clear();
                record.forEach(cells::add);
                handler.row(record.getRecordNumber(), cells);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new Unreadable("figures.file.csv", e);
        }
    }

    private static void readWorkbook(byte[] content, RowHandler handler) {
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable("figures.file.empty", null);
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                    new ReadOnlySharedStringsTable(workbook), new Cells(handler), new DataFormatter(Locale.UK), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                | RuntimeException e) {
            if (e instanceof Unreadable unreadable) {
                throw unreadable;
            }
            if (e instanceof RowFailure failure) {
                throw failure.failure;
            }
            throw new Unreadable("figures.file.type", e);
        }
    }

    /** Gathers one row's cells as the sheet's XML gives them (empty cells are left out of it) and hands the row on. */
    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();

        Cells(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            try {
                handler.row(rowNum + 1L, cells);
            } catch (RuntimeException e) {
                throw new RowFailure(e); // not to be taken for a file POI cannot read
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** A failure of the handler itself, carried through POI's parser unchanged. */
    private static final class RowFailure extends RuntimeException {

        private final RuntimeException failure;

        RowFailure(RuntimeException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    private static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] start) {
        if (content.length < start.length) {
            return false;
        }
        for (int i = 0; i < start.length; i++) {
            if (content[i] != start[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] content, byte wanted) {
        for (byte b : content) {
            if (b == wanted) {
                return true;
            }
        }
        return false;
    }
}
