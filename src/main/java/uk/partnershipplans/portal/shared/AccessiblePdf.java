package uk.partnershipplans.portal.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A document as an accessible PDF (PDF/UA-1): a Thymeleaf template rendered to HTML as a page would be, then laid out
 * by openhtmltopdf with its structure tagged (headings, lists, tables with their header cells, reading order), the
 * document's title and language, and its one font (Liberation Sans, in four styles) embedded. The template is a whole
 * HTML document with its own print styles (see {@code templates/fragments/document.html}); every text must be in that
 * font, so the styles name it for everything.
 */
@Component
public class AccessiblePdf {

    private static final String FONT = "Liberation Sans";
    private static final Map<String, Integer> FONT_WEIGHTS = Map.of("Regular", 400, "Bold", 700, "Italic", 400,
            "BoldItalic", 700);

    private final DocumentTemplate template;

    AccessiblePdf(DocumentTemplate template) {
        this.template = template;
    }

    /** The template {@code view} with {@code model}, as a PDF to download named {@code filename}. */
    public ResponseEntity<byte[]> download(String view, Map<String, ?> model, String filename, HttpServletRequest request,
            HttpServletResponse response) {
        return DocumentTemplate.download(MediaType.APPLICATION_PDF, filename, of(template.html(view, model, request, response)));
    }

    /** A whole HTML document as a PDF. */
    public static byte[] of(String html) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), null)
                .toStream(pdf);
        FONT_WEIGHTS.forEach((style, weight) -> builder.useFont(() -> font(style), FONT, weight,
                style.contains("Italic") ? FontStyle.ITALIC : FontStyle.NORMAL, true));
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument document = renderer.createPDFKeepOpen()) {
            describeLinks(document);
            document.save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /**
     * Gives each link to an address its address as its description (the Contents PDF/UA-1 asks of every link, 7.18.1
     * and 7.18.5), which openhtmltopdf leaves out; the documents write the address out as the link's text.
     */
    private static void describeLinks(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null
                        && link.getAction() instanceof PDActionURI uri) {
                    link.setContents(uri.getURI());
                }
            }
        }
    }

    private static InputStream font(String style) {
        return AccessiblePdf.class.getResourceAsStream("/liberation/LiberationSans-" + style + ".ttf");
    }
}
