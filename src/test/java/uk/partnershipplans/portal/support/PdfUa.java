package uk.partnershipplans.portal.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

/** A PDF checked by veraPDF against PDF/UA-1 (every rule; none is left out). */
public final class PdfUa {

    /** veraPDF's own profile of PDF/UA-1, as its library holds it. */
    private static final ValidationProfile PDF_UA_1;

    static {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream profile = Profiles.class.getResourceAsStream("/org/verapdf/pdfa/validation/PDFUA-1.xml")) {
            PDF_UA_1 = Profiles.profileFromXml(profile);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private PdfUa() {
    }

    /** The rules of PDF/UA-1 the PDF fails, each once with veraPDF's words; empty when it is compliant. */
    public static List<String> failedRules(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDF_UA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> "PDF/UA-1 " + assertion.getRuleId().getClause() + " test "
                            + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage())
                    .distinct().toList();
            if (!result.isCompliant() && failed.isEmpty()) {
                return List.of("not compliant, with no failed rule reported");
            }
            return failed;
        }
    }
}
