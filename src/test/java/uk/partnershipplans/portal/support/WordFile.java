package uk.partnershipplans.portal.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document read back as a reader's software would: its title, language, headings by level, text, tables and
 * pictures' descriptions.
 */
public final class WordFile implements AutoCloseable {

    /** A table: its alternative text (the caption), how many rows are marked as header rows, and each row's cells' text. */
    public record Table(String caption, int headerRows, List<List<String>> rows) {
    }

    private final XWPFDocument document;

    private WordFile(XWPFDocument document) {
        this.document = document;
    }

    public static WordFile of(byte[] docx) throws IOException {
        return new WordFile(new XWPFDocument(new ByteArrayInputStream(docx)));
    }

    public String title() {
        return document.getProperties().getCoreProperties().getTitle();
    }

    /** The language every text has unless it says otherwise (the document's defaults). */
    public String language() {
        return document.getStyles().getDefaultRunStyle().getRPr().getLangList().get(0).getVal().toString();
    }

    /** The text of the paragraphs in Word's heading style of {@code level}, in order. */
    public List<String> headings(int level) {
        return document.getParagraphs().stream().filter(p -> ("Heading" + level).equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    /** The paragraphs with their style: "style: text". */
    public List<String> styledParagraphs() {
        return document.getParagraphs().stream().map(p -> p.getStyle() + ": " + p.getText()).toList();
    }

    /** The text of the paragraphs outside tables, one line each. */
    public String text() {
        return String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }

    public List<Table> tables() {
        return document.getTables().stream().map(WordFile::table).toList();
    }

    /**
     * The pictures: those outside tables in order, then those in tables' cells; each drawing's description, which Word
     * reads as its alternative text (null for none).
     */
    public List<String> pictureDescriptions() {
        return Stream.concat(document.getParagraphs().stream(), document.getTables().stream()
                        .flatMap(table -> table.getRows().stream()).flatMap(row -> row.getTableCells().stream())
                        .flatMap(cell -> cell.getParagraphs().stream()))
                .flatMap(paragraph -> paragraph.getRuns().stream())
                .flatMap(run -> Stream.of(run.getCTR().getDrawingArray()))
                .flatMap(drawing -> Stream.of(drawing.getInlineArray()))
                .map(inline -> inline.getDocPr().getDescr())
                .toList();
    }

    public XWPFDocument document() {
        return document;
    }

    private static Table table(XWPFTable table) {
        String caption = table.getCTTbl().getTblPr().isSetTblCaption() ? table.getCTTbl().getTblPr().getTblCaption().getVal() : null;
        int headerRows = (int) table.getRows().stream().filter(XWPFTableRow::isRepeatHeader).count();
        return new Table(caption, headerRows, table.getRows().stream()
                .map(row -> row.getTableCells().stream().map(WordFile::text).toList()).toList());
    }

    private static String text(XWPFTableCell cell) {
        return String.join(" ", cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(Objects::nonNull)
                .filter(text -> !text.isEmpty()).toList());
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
