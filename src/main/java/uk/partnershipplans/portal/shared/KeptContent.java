package uk.partnershipplans.portal.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The rendered content of a reading page, kept so that a page read again before anything changes is neither worked
 * out, nor rendered, nor compressed again. What is kept is the part of the page inside its layout (its template's
 * fragment {@code content}) with what the page put in the model to show it (the layout's heading comes from it too).
 * It is kept under the version of the content ({@link ContentVersion}), the day, the page's address with its
 * parameters, the reader's roles and the language: a change anywhere, on any node, and the next reader gets it worked
 * out afresh.
 * <p>
 * The content holds nothing of one reader's own but the form token of its forms: it is kept in parts, split where the
 * token was, and each reader's own token goes between them. The layout (the reader's name, the sign-out form) is
 * rendered for each request, and {@link KeptView} writes the layout and the kept parts as one response, compressed
 * once for the parts ({@link GzipParts}).
 */
@Component
public class KeptContent {

    /** What the layout shows where the content goes; {@link KeptView} writes the kept content there. */
    static final String PLACE = "<!--kept content-->";

    /** The model's name for the {@link Kept} content of the page being rendered. */
    static final String KEPT = KeptContent.class.getName();

    /** Room for the content of a few hundred large pages, counted in bytes (each part once as is, once compressed). */
    private static final long KEPT_BYTES = 32L * 1024 * 1024;

    /** A page's content as rendered, in parts split where its form token was, and what its page worked out to show it. */
    record Kept(List<GzipParts.Compressed> parts, Map<String, Object> workedOut) {

        int bytes() {
            return parts.stream().mapToInt(part -> part.bytes().length + part.deflated().length).sum();
        }
    }

    private final ContentVersion content;
    private final ThymeleafViewResolver views;
    private final Clock clock;
    private final Cache<List<Object>, Kept> kept = Caffeine.newBuilder().maximumWeight(KEPT_BYTES)
            .<List<Object>, Kept>weigher((key, page) -> page.bytes()).build();

    KeptContent(ContentVersion content, ThymeleafViewResolver views, Clock clock) {
        this.content = content;
        this.views = views;
        this.clock = clock;
    }

    /**
     * The page {@code view}, its content as kept or afresh. {@code workOut} adds to the model what the page shows: it
     * runs only when the content is not kept (and may answer "not found"), and the content is then rendered with the
     * whole model (the form objects and their errors bound from the request included). The layout shows the content
     * with {@code ~{fragments/kept :: content}}.
     */
    public String page(String view, Model model, HttpServletRequest request, HttpServletResponse response,
            Authentication reader, Runnable workOut) {
        return page(view, model, request, response, reader, false, workOut);
    }

    /** The same for a page of the reader's own (their updates, their forms): kept for them alone. */
    public String personalPage(String view, Model model, HttpServletRequest request, HttpServletResponse response,
            Authentication reader, Runnable workOut) {
        return page(view, model, request, response, reader, true, workOut);
    }

    /**
     * The page {@code view} with its content rendered now from the model as it is, and not kept: a page answering a
     * form with what was typed and what was wrong with it.
     */
    public String fresh(String view, Model model, HttpServletRequest request, HttpServletResponse response) {
        return shown(view, model, rendered(view, model, request, response, () -> { }));
    }

    private String page(String view, Model model, HttpServletRequest request, HttpServletResponse response,
            Authentication reader, boolean personal, Runnable workOut) {
        OptionalLong version = content.current();
        Kept page = version.isEmpty() ? rendered(view, model, request, response, workOut)
                : kept.get(key(view, version.getAsLong(), request, reader, personal),
                        unused -> rendered(view, model, request, response, workOut));
        return shown(view, model, page);
    }

    private static String shown(String view, Model model, Kept page) {
        model.addAllAttributes(page.workedOut());
        model.addAttribute("keptContent", PLACE);
        model.addAttribute(KEPT, page);
        return view;
    }

    private List<Object> key(String view, long version, HttpServletRequest request, Authentication reader,
            boolean personal) {
        List<Object> key = new ArrayList<>(List.of(view, version, LocalDate.now(clock), request.getRequestURI(),
                String.valueOf(request.getQueryString()), RequestContextUtils.getLocale(request),
                personal ? reader.getName() : ""));
        reader.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().forEach(key::add);
        return List.copyOf(key);
    }

    private Kept rendered(String view, Model model, HttpServletRequest request, HttpServletResponse response,
            Runnable workOut) {
        Set<String> before = Set.copyOf(model.asMap().keySet());
        workOut.run();
        Map<String, Object> workedOut = new HashMap<>(model.asMap());
        workedOut.keySet().removeAll(before);
        workedOut.keySet().removeIf(name -> name.startsWith(BindingResult.MODEL_KEY_PREFIX));
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        try {
            View fragment = views.resolveViewName(view + " :: content", RequestContextUtils.getLocale(request));
            fragment.render(model.asMap(), request, captured);
        } catch (Exception e) {
            throw new IllegalStateException("Could not render " + view, e);
        }
        String html = new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8);
        List<GzipParts.Compressed> parts = Arrays.stream(formToken(request).map(token -> html.split(Pattern.quote(token), -1))
                        .orElse(new String[] {html}))
                .map(part -> GzipParts.compressed(part.getBytes(StandardCharsets.UTF_8))).toList();
        return new Kept(parts, Collections.unmodifiableMap(workedOut));
    }

    /** The form token of the request as its forms carry it (masked afresh for each request); none without one. */
    static Optional<String> formToken(HttpServletRequest request) {
        return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token
                ? Optional.of(token.getToken()) : Optional.empty();
    }
}
