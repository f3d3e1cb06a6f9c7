package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import uk.partnershipplans.portal.support.PdfUa;

/** The check the PDFs are held to fails a PDF that is not accessible: it is not a check that passes anything. */
class PdfUaCheckTest {

    @Test
    void aPdfWithoutTagsTitleOrEmbeddedFontFailsPdfUa() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText("Performance report");
                text.endText();
            }
            document.save(pdf);
        }

        assertThat(PdfUa.failedRules(pdf.toByteArray())).isNotEmpty()
                .anySatisfy(rule -> assertThat(rule).startsWith("PDF/UA-1 7.1"));
    }
}
