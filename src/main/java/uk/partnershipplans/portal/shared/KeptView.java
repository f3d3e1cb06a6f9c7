package uk.partnershipplans.portal.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.tomcat.util.http.parser.AcceptEncoding;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * A page as Thymeleaf renders it, unless its content is kept ({@link KeptContent}): then it is written as kept whole
 * for its reader, or its layout is rendered now around the kept content; compressed once where the browser accepts
 * gzip, and with the form token of the request in its places.
 */
public class KeptView extends ThymeleafView {

    private static final String PAGE_TYPE = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8).toString();

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (model == null || !(model.get(KeptContent.KEPT) instanceof KeptContent.KeptPage kept)) {
            super.render(model, request, response);
            return;
        }
        PageParts page = kept.page(() -> layout(model, request, response), request);
        byte[] token = Objects.requireNonNullElse(KeptContent.formToken(request), "").getBytes(StandardCharsets.UTF_8);
        boolean gzip = acceptsGzip(request);
        byte[] body = gzip ? page.gzip(token) : page.plain(token);
        response.setContentType(PAGE_TYPE);
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The page's layout as Thymeleaf renders it, with the place of its content. */
    private String layout(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        return text(response, into -> super.render(model, request, into));
    }

    /** Renders into a response. */
    @FunctionalInterface
    interface Rendering {
        void into(HttpServletResponse response) throws Exception;
    }

    /**
     * What {@code rendering} writes, as text, kept apart from {@code response}; the headers it sets go to the response,
     * but its type and language (which would also set a character set), which are the caller's to say.
     */
    static String text(HttpServletResponse response, Rendering rendering) throws Exception {
        StringWriter text = new StringWriter(16 * 1024);
        rendering.into(new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                return new PrintWriter(text);
            }

            @Override
            public void setContentType(String type) {
            }

            @Override
            public void setCharacterEncoding(String charset) {
            }

            @Override
            public void setLocale(Locale locale) {
            }
        });
        return text.toString();
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
