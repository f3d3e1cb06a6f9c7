package uk.partnershipplans.portal.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A document's Thymeleaf template (or a fragment of one) rendered to HTML as a page would be, for {@link AccessiblePdf} and
 * {@link AccessibleWord} to lay out, and the download that carries the file they make.
 */
@Component
public class DocumentTemplate {

    private final ThymeleafViewResolver views;

    DocumentTemplate(ThymeleafViewResolver views) {
        this.views = views;
    }

    public String html(String view, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
        try {
            View template = views.resolveViewName(view, RequestContextUtils.getLocale(request));
            return KeptView.text(response, into -> template.render(model, request, into));
        } catch (Exception e) {
            throw new IllegalStateException("Could not render " + view, e);
        }
    }

    /** A file to download, named {@code filename}. */
    public static ResponseEntity<byte[]> download(MediaType type, String filename, byte[] file) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(file);
    }
}
