package uk.partnershipplans.portal.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The rendered content of a reading page, kept so that a page read again before anything changes is neither worked
 * out nor rendered again. What is kept is the part of the page inside its layout (its template's fragment
 * {@code content}), which holds nothing of the reader's own (their name and their form token are in the layout,
 * rendered every time), with what the page put in the model to show it (the layout's heading comes from it too). It is
 * kept under the version of the content ({@link ContentVersion}), the day, the page's address with its parameters, the
 * reader's roles and the language: a change anywhere, on any node, and the next reader gets it worked out afresh.
 */
@Component
public class KeptContent {

    /** Room for the content of a few hundred large pages, counted in characters (two bytes each, at most). */
    private static final long KEPT_CHARACTERS = 16L * 1024 * 1024;

    /** A page's content as rendered, and what its page worked out to show it. */
    private record Kept(String html, Map<String, Object> workedOut) {
    }

    private final ContentVersion content;
    private final ThymeleafViewResolver views;
    private final Clock clock;
    private final Cache<List<Object>, Kept> kept = Caffeine.newBuilder().maximumWeight(KEPT_CHARACTERS)
            .<List<Object>, Kept>weigher((key, page) -> page.html().length()).build();

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

    /** The same for a page of the reader's own (their updates): kept for them alone. */
    public String personalPage(String view, Model model, HttpServletRequest request, HttpServletResponse response,
            Authentication reader, Runnable workOut) {
        return page(view, model, request, response, reader, true, workOut);
    }

    private String page(String view, Model model, HttpServletRequest request, HttpServletResponse response,
            Authentication reader, boolean personal, Runnable workOut) {
        OptionalLong version = content.current();
        Kept page = version.isEmpty() ? workOut(view, model, request, response, workOut)
                : kept.get(key(view, version.getAsLong(), request, reader, personal),
                        unused -> workOut(view, model, request, response, workOut));
        model.addAllAttributes(page.workedOut());
        model.addAttribute("keptContent", page.html());
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

    private Kept workOut(String view, Model model, HttpServletRequest request, HttpServletResponse response,
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
        return new Kept(html, Collections.unmodifiableMap(workedOut));
    }
}
