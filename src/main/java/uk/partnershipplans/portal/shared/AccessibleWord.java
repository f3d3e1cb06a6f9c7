package uk.partnershipplans.portal.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A document as a Word file (.docx), from the same template as its PDF ({@link AccessiblePdf}): the HTML's headings
 * become Word's own heading styles (so they show in its navigation pane and pass its accessibility checker), its lists
 * Word lists, its tables Word tables with their caption as a caption and as the table's alternative text and their
 * header rows marked to repeat as header rows, its links hyperlinks, its pictures (PNG images given in a {@code data:}
 * address, with alternative text) pictures with that text as their description, and its title and language (British
 * English) the document's. What the HTML hides from everyone ({@code hidden}, {@code aria-hidden}) is left out, and so
 * are drawings (SVG) and other images, whose figures the documents always give in a table as well.
 */
@Component
public class AccessibleWord {

    public static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final DocumentTemplate template;

    AccessibleWord(DocumentTemplate template) {
        this.template = template;
    }

    /** The template {@code view} with {@code model}, as a Word document to download named {@code filename}. */
    public ResponseEntity<byte[]> download(String view, Map<String, ?> model, String filename, HttpServletRequest request,
            HttpServletResponse response) {
        return DocumentTemplate.download(DOCX, filename, of(template.html(view, model, request, response)));
    }

    /** A whole HTML document as a Word document. */
    public static byte[] of(String html) {
        Document page = Jsoup.parse(html);
        try (XWPFDocument word = new XWPFDocument()) {
            word.createStyles().setStyles(StylesDocument.Factory.parse(resource("styles.xml")).getStyles());
            XWPFNumbering numbering = word.createNumbering();
            numbering.setNumbering(NumberingDocument.Factory.parse(resource("numbering.xml")).getNumbering());
            word.getProperties().getCoreProperties().setTitle(page.title());
            Element author = page.selectFirst("meta[name=author]");
            if (author != null) {
                word.getProperties().getCoreProperties().setCreator(author.attr("content"));
            }
            new Writer(word, numbering).blocks(page.body(), new Place(Body.of(word), "Normal", 0));
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            word.write(file);
            return file.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("The Word styles or numbering do not parse", e);
        }
    }

    private static InputStream resource(String name) {
        return AccessibleWord.class.getResourceAsStream("/word/" + name);
    }

    /** Where paragraphs go: the document itself, or a table's cell (whose first, empty paragraph is used first). */
    private interface Body {

        XWPFParagraph paragraph();

        /** A table of one row of one cell. */
        XWPFTable table();

        /** Whether tables can go here (not inside a table's cell). */
        boolean holdsTables();

        static Body of(XWPFDocument word) {
            return new Body() {
                public XWPFParagraph paragraph() {
                    return word.createParagraph();
                }

                public XWPFTable table() {
                    return word.createTable();
                }

                public boolean holdsTables() {
                    return true;
                }
            };
        }

        static Body of(XWPFTableCell cell) {
            return new Body() {
                private boolean started;

                public XWPFParagraph paragraph() {
                    if (!started) {
                        started = true;
                        return cell.getParagraphs().get(0);
                    }
                    return cell.addParagraph();
                }

                public XWPFTable table() {
                    throw new UnsupportedOperationException("A table inside a table's cell");
                }

                public boolean holdsTables() {
                    return false;
                }
            };
        }
    }

    /**
     * Where the writer is: the body, the style of a plain paragraph there, and the list level; {@code numId} is the
     * numbering of the list item whose first paragraph is still to come (null once used, or outside lists).
     */
    private record Place(Body body, String style, int level, BigInteger numId, boolean bold) {

        Place(Body body, String style, int level) {
            this(body, style, level, null, false);
        }

        Place item(BigInteger numId, int level) {
            return new Place(body, "ListParagraph", level, numId, bold);
        }

        Place styled(String style) {
            return new Place(body, style, level, numId, bold);
        }

        /** The place after a paragraph, if one was written: a list item's number is used. */
        Place after(boolean written) {
            return written ? new Place(body, style, level, null, bold) : this;
        }
    }

    /** A piece of a paragraph with its looks: its text, else a picture, else (neither) a line break. */
    private record Piece(String text, boolean bold, boolean italic, String link, Picture picture) {

        Piece(String text, boolean bold, boolean italic, String link) {
            this(text, bold, italic, link, null);
        }

        boolean isBreak() {
            return text == null && picture == null;
        }
    }

    /** A PNG picture, its size in CSS pixels (96 to the inch) and its description (the image's alternative text). */
    private record Picture(byte[] png, int width, int height, String description) {

        private static final String DATA = "data:image/png;base64,";
        private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

        /** The picture of an {@code <img>}: none unless it is a PNG in a data: address and has alternative text. */
        static Optional<Picture> of(Element img) {
            String src = img.attr("src");
            String alt = img.attr("alt").strip();
            if (!src.startsWith(DATA) || alt.isEmpty()) {
                return Optional.empty();
            }
            byte[] png;
            try {
                png = Base64.getDecoder().decode(src.substring(DATA.length()));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
            if (png.length < 24 || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
                return Optional.empty();
            }
            // the size the page gives it, else its own pixels (the header's width and height)
            ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
            return Optional.of(new Picture(png, size(img.attr("width"), header.getInt()), size(img.attr("height"),
                    header.getInt()), alt));
        }

        private static int size(String given, int pixels) {
            return given.matches("[1-9]\\d{0,3}") ? Integer.parseInt(given) : pixels;
        }
    }

    private static final class Writer {

        private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table",
                "div", "section", "article", "header", "footer", "main", "nav", "aside", "blockquote", "figure",
                "figcaption", "dl", "dt", "dd", "hr", "details", "summary", "fieldset", "legend", "address");
        private static final Set<String> LEFT_OUT = Set.of("script", "style", "template", "svg", "noscript",
                "head", "button", "input", "select", "textarea", "form");
        /** A picture's name in the document (Word's "Picture 1" and so on are its own, in the drawing's properties). */
        private static final String PICTURE_FILE = "picture.png";

        private final XWPFDocument word;
        private final XWPFNumbering numbering;

        Writer(XWPFDocument word, XWPFNumbering numbering) {
            this.word = word;
            this.numbering = numbering;
        }

        /** The children of {@code parent}: its runs of inline content as paragraphs, its blocks as themselves. */
        void blocks(Element parent, Place place) {
            List<Node> inline = new ArrayList<>();
            Place at = place;
            for (Node child : parent.childNodes()) {
                if (child instanceof Element element && BLOCKS.contains(element.normalName())) {
                    at = at.after(paragraph(inline, at));
                    inline.clear();
                    if (!leftOut(element)) {
                        at = block(element, at);
                    }
                } else {
                    inline.add(child);
                }
            }
            paragraph(inline, at);
        }

        /** One block; returns the place after it (a list item's number goes to its first paragraph only). */
        private Place block(Element element, Place place) {
            switch (element.normalName()) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    int level = Math.min(4, element.normalName().charAt(1) - '0');
                    return place.after(paragraph(element.childNodes(), place.styled("Heading" + level)));
                }
                case "p", "dt", "dd", "figcaption", "summary", "legend", "address" -> {
                    String style = element.hasClass("portal-document-caption") ? "Subtitle" : place.style();
                    return place.after(paragraph(element.childNodes(), place.styled(style)));
                }
                case "ul", "ol" -> {
                    BigInteger numId = list(element.normalName().equals("ol"));
                    int level = place.style().equals("ListParagraph") ? Math.min(3, place.level() + 1) : 0;
                    for (Element item : element.children()) {
                        if (item.normalName().equals("li") && !leftOut(item)) {
                            blocks(item, place.item(numId, level));
                        }
                    }
                    return place;
                }
                case "table" -> {
                    table(element, place);
                    return place;
                }
                case "hr" -> {
                    return place;
                }
                default -> {
                    blocks(element, place);
                    return place;
                }
            }
        }

        /** A numbering instance of its own for one list, so that a numbered list starts at 1. */
        private BigInteger list(boolean numbered) {
            BigInteger numId = numbering.addNum(BigInteger.valueOf(numbered ? 1 : 0));
            CTNumLvl restart = numbering.getNum(numId).getCTNum().addNewLvlOverride();
            restart.setIlvl(BigInteger.ZERO);
            restart.addNewStartOverride().setVal(BigInteger.ONE);
            return numId;
        }

        /** The inline {@code nodes} as one paragraph in {@code place}'s style, unless they hold no text. */
        private boolean paragraph(List<Node> nodes, Place place) {
            List<Piece> pieces = new ArrayList<>();
            for (Node node : nodes) {
                pieces(node, place.bold(), false, null, pieces);
            }
            pieces = tidy(pieces);
            if (pieces.isEmpty()) {
                return false;
            }
            XWPFParagraph paragraph = place.body().paragraph();
            paragraph.setStyle(place.style());
            if (place.numId() != null) {
                paragraph.setNumID(place.numId());
                paragraph.setNumILvl(BigInteger.valueOf(place.level()));
            }
            for (Piece piece : pieces) {
                if (piece.picture() != null) {
                    picture(paragraph.createRun(), piece.picture());
                    continue;
                }
                if (piece.text() == null) {
                    paragraph.createRun().addBreak();
                    continue;
                }
                XWPFRun run = piece.link() == null ? paragraph.createRun() : paragraph.createHyperlinkRun(piece.link());
                if (piece.link() != null) {
                    run.setStyle("Hyperlink");
                }
                run.setText(piece.text());
                if (piece.bold()) {
                    run.setBold(true);
                }
                if (piece.italic()) {
                    run.setItalic(true);
                }
            }
            return true;
        }

        /**
         * The picture in {@code run}, with its description as the drawing's (what Word shows and reads as its alternative
         * text) and as the picture's own.
         */
        private static void picture(XWPFRun run, Picture picture) {
            try {
                run.addPicture(new ByteArrayInputStream(picture.png()), XWPFDocument.PICTURE_TYPE_PNG, PICTURE_FILE,
                        Units.pixelToEMU(picture.width()), Units.pixelToEMU(picture.height()))
                        .getCTPicture().getNvPicPr().getCNvPr().setDescr(picture.description());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidFormatException e) {
                throw new IllegalStateException("A PNG picture is refused", e);
            }
            CTR drawn = run.getCTR();
            drawn.getDrawingArray(drawn.sizeOfDrawingArray() - 1).getInlineArray(0).getDocPr()
                    .setDescr(picture.description());
        }

        private void pieces(Node node, boolean bold, boolean italic, String link, List<Piece> into) {
            if (node instanceof TextNode text) {
                if (!text.text().isEmpty()) {
                    into.add(new Piece(text.text(), bold, italic, link));
                }
            } else if (node instanceof Element element && !leftOut(element)) {
                switch (element.normalName()) {
                    case "br" -> into.add(new Piece(null, false, false, null));
                    case "img" -> Picture.of(element).ifPresent(picture -> into.add(new Piece(null, bold, italic, link, picture)));
                    case "table" -> into.add(new Piece(" " + element.text() + " ", bold, italic, link));
                    default -> {
                        String name = element.normalName();
                        boolean strong = bold || name.equals("strong") || name.equals("b") || name.equals("th");
                        boolean emphasis = italic || name.equals("em") || name.equals("i");
                        String href = name.equals("a") && element.hasAttr("href") && element.absUrl("href").startsWith("http")
                                ? element.absUrl("href") : name.equals("a") && element.attr("href").startsWith("mailto:")
                                ? element.attr("href") : link;
                        for (Node child : element.childNodes()) {
                            pieces(child, strong, emphasis, href, into);
                        }
                        if (BLOCKS.contains(name)) {
                            into.add(new Piece(" ", bold, italic, link));
                        }
                    }
                }
            }
        }

        /** White space as a browser shows it: runs of it one space, none at the start or end of a line. */
        private static List<Piece> tidy(List<Piece> pieces) {
            List<Piece> tidied = new ArrayList<>();
            boolean lineStart = true;
            for (Piece piece : pieces) {
                if (piece.picture() != null) {
                    tidied.add(piece);
                    lineStart = false;
                    continue;
                }
                if (piece.text() == null) {
                    trimEnd(tidied);
                    tidied.add(piece);
                    lineStart = true;
                    continue;
                }
                String text = piece.text().replaceAll("\\s+", " ");
                if (lineStart || (!tidied.isEmpty() && tidied.get(tidied.size() - 1).text() != null
                        && tidied.get(tidied.size() - 1).text().endsWith(" "))) {
                    text = text.stripLeading();
                }
                if (!text.isEmpty()) {
                    tidied.add(new Piece(text, piece.bold(), piece.italic(), piece.link()));
                    lineStart = false;
                }
            }
            trimEnd(tidied);
            while (!tidied.isEmpty() && tidied.get(tidied.size() - 1).isBreak()) {
                tidied.remove(tidied.size() - 1);
            }
            return tidied;
        }

        private static void trimEnd(List<Piece> pieces) {
            while (!pieces.isEmpty() && pieces.get(pieces.size() - 1).text() != null) {
                Piece last = pieces.get(pieces.size() - 1);
                String text = last.text().stripTrailing();
                if (!text.isEmpty()) {
                    pieces.set(pieces.size() - 1, new Piece(text, last.bold(), last.italic(), last.link()));
                    return;
                }
                pieces.remove(pieces.size() - 1);
            }
        }

        /**
         * A table: its caption as a caption paragraph before it and as its alternative text, the rows of its head
         * marked as header rows (repeated on each page, and read as headers), header cells in bold.
         */
        private void table(Element html, Place place) {
            if (!place.body().holdsTables()) {
                paragraph(List.of(new TextNode(html.text())), place);
                return;
            }
            List<Element> rows = new ArrayList<>();
            for (String part : List.of("thead", "tbody", "tfoot")) {
                html.select("> " + part + " > tr").forEach(rows::add);
            }
            html.select("> tr").forEach(rows::add);
            rows.removeIf(Writer::leftOut);
            if (rows.isEmpty()) {
                return;
            }
            Element caption = html.selectFirst("> caption");
            if (caption != null) {
                paragraph(caption.childNodes(), new Place(place.body(), "Caption", 0));
            }
            XWPFTable table = place.body().table();
            table.setStyleID("TableGrid");
            table.setWidth("100%");
            table.getCTTbl().getTblPr().unsetTblBorders();
            if (caption != null) {
                table.getCTTbl().getTblPr().addNewTblCaption().setVal(caption.text());
            }
            for (int r = 0; r < rows.size(); r++) {
                Element htmlRow = rows.get(r);
                XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
                while (row.getTableCells().size() > 1) {
                    row.removeCell(row.getTableCells().size() - 1);
                }
                if (htmlRow.parent() != null && htmlRow.parent().normalName().equals("thead")) {
                    row.setRepeatHeader(true);
                }
                row.setCantSplitRow(true);
                List<Element> cells = htmlRow.children().stream()
                        .filter(cell -> cell.normalName().equals("th") || cell.normalName().equals("td"))
                        .filter(cell -> !leftOut(cell)).toList();
                for (int c = 0; c < cells.size(); c++) {
                    Element htmlCell = cells.get(c);
                    XWPFTableCell cell = c == 0 ? row.getCell(0) : row.addNewTableCell();
                    int span = parseSpan(htmlCell.attr("colspan"));
                    if (span > 1) {
                        cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
                    }
                    blocks(htmlCell, new Place(Body.of(cell), "TableText", 0, null, htmlCell.normalName().equals("th")));
                }
            }
        }

        private static int parseSpan(String span) {
            return span.matches("[1-9]\\d?") ? Integer.parseInt(span) : 1;
        }

        private static boolean leftOut(Element element) {
            return LEFT_OUT.contains(element.normalName()) || element.hasAttr("hidden")
                    || "true".equals(element.attr("aria-hidden"));
        }
    }
}
