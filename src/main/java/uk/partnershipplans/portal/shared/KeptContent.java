package uk.partnershipplans.portal.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The rendered content of a reading page, kept so that a page read again before anything changes is neither worked
 * out nor rendered again. What is kept is the part of the page inside its layout (a template's fragment, such as
 * {@code status/dashboard :: content}), which holds nothing of the reader's own (their name and their form token are
 * in the layout, rendered every time). It is kept under the version of the content ({@link ContentVersion}), the day,
 * the page's address with its parameters, the reader's roles and the language: a change anywhere, on any node, and
 * the next reader gets it worked out afresh.
 */
@Component
public class KeptContent {

    /** Room for the content of a few hundred large pages, counted in characters (two bytes each, at most). */
    private static final long KEPT_CHARACTERS = 24L * 1024 * 1024;

    private final ContentVersion content;
    private final ThymeleafViewResolver views;
    private final Clock clock;
    private final Cache<List<Object>, String> kept = Caffeine.newBuilder().maximumWeight(KEPT_CHARACTERS)
            .<List<Object>, String>weigher((key, html) -> html.length()).build();

    KeptContent(ContentVersion content, ThymeleafViewResolver views, Clock clock) {
        this.content = content;
        this.views = views;
        this.clock = clock;
    }

    /**
     * The fragment {@code view} rendered, as kept or afresh. {@code fill} adds to the model what the fragment shows; it
     * is called only when the content is not kept, and the fragment is rendered with the whole model (the form
     * objects and their errors bound from the request included).
     */
    private String of(String view, Model model, HttpServletRequest request, HttpServletResponse response,
            Authentication reader, Runnable fill) {
        OptionalLong version = content.current();
        if (version.isEmpty()) {
            fill.run();
            return render(view, model, request, response);
        }
        List<Object> key = new ArrayList<>(List.of(view, version.getAsLong(), LocalDate.now(clock), request.getRequestURI(),
                String.valueOf(request.getQueryString()), RequestContextUtils.getLocale(request)));
        reader.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().forEach(key::add);
        return kept.get(List.copyOf(key), unused -> {
            fill.run();
            return render(view, model, request, response);
        });
    }

    /**
     * The page {@code view} with its content kept: its fragment {@code content} rendered, as kept or afresh, from what
     * the model holds already, for the layout to show ({@code ~{fragments/kept :: content}}).
     */
    public String page(String view, Model model, HttpServletRequest request, HttpServletResponse response,
            Authentication reader) {
        return page(view, model, request, response, reader, () -> {
        });
    }

    /** The same, {@code fill} adding to the model what the content shows, only when it is not kept. */
    public String page(String view, Model model, HttpServletRequest request, HttpServletResponse response,
            Authentication reader, Runnable fill) {
        model.addAttribute("keptContent", of(view + " :: content", model, request, response, reader, fill));
        return view;
    }

    private String render(String view, Model model, HttpServletRequest request, HttpServletResponse response) {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        try {
            View fragment = views.resolveViewName(view, RequestContextUtils.getLocale(request));
            fragment.render(model.asMap(), request, captured);
        } catch (Exception e) {
            throw new IllegalStateException("Could not render " + view, e);
        }
        return new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
