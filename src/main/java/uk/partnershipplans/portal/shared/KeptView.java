package uk.partnershipplans.portal.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.parser.AcceptEncoding;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * A page as Thymeleaf renders it, unless its content is kept ({@link KeptContent}): then its layout is rendered for
 * this request and written with the kept content in its place, compressed once for all readers where the browser
 * accepts gzip, and the reader's own form token between the content's parts.
 */
public class KeptView extends ThymeleafView {

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (model == null || !(model.get(KeptContent.KEPT) instanceof KeptContent.Kept kept)) {
            super.render(model, request, response);
            return;
        }
        ContentCachingResponseWrapper layout = new ContentCachingResponseWrapper(response);
        super.render(model, request, layout);
        String rendered = new String(layout.getContentAsByteArray(), StandardCharsets.UTF_8);
        int place = rendered.indexOf(KeptContent.PLACE);
        if (place < 0) {
            throw new IllegalStateException(getTemplateName() + " does not show its content through fragments/kept");
        }
        byte[] head = rendered.substring(0, place).getBytes(StandardCharsets.UTF_8);
        byte[] tail = rendered.substring(place + KeptContent.PLACE.length()).getBytes(StandardCharsets.UTF_8);
        byte[] token = KeptContent.formToken(request).orElse("").getBytes(StandardCharsets.UTF_8);
        boolean gzip = acceptsGzip(request);
        byte[] body = gzip ? gzipped(head, kept.parts(), token, tail) : plain(head, kept.parts(), token, tail);
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static byte[] gzipped(byte[] head, List<GzipParts.Compressed> parts, byte[] token, byte[] tail) {
        GzipParts gzip = new GzipParts().add(head);
        for (int i = 0; i < parts.size(); i++) {
            (i == 0 ? gzip : gzip.add(token)).add(parts.get(i));
        }
        return gzip.add(tail).finish();
    }

    private static byte[] plain(byte[] head, List<GzipParts.Compressed> parts, byte[] token, byte[] tail) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(head);
        for (int i = 0; i < parts.size(); i++) {
            body.writeBytes(i == 0 ? new byte[0] : token);
            body.writeBytes(parts.get(i).bytes());
        }
        body.writeBytes(tail);
        return body.toByteArray();
    }

    /** Whether the browser accepts gzip, read as the server reads it for the responses it compresses itself. */
    private static boolean acceptsGzip(HttpServletRequest request) throws IOException {
        for (String header : Collections.list(request.getHeaders(HttpHeaders.ACCEPT_ENCODING))) {
            List<AcceptEncoding> encodings = AcceptEncoding.parse(new StringReader(header));
            if (encodings != null && encodings.stream()
                    .anyMatch(e -> "gzip".equalsIgnoreCase(e.getEncoding()) && e.getQuality() > 0)) {
                return true;
            }
        }
        return false;
    }
}
