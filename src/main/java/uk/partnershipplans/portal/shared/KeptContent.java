package uk.partnershipplans.portal.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The rendered content of a reading page, kept so that a page read again before anything changes is neither worked
 * out, nor rendered, nor compressed again. What is kept is the part of the page inside its layout (its template's
 * fragment {@code content}) with what the page put in the model to show it (the layout's heading comes from it too).
 * It is kept under the version of the content ({@link ContentVersion}), the day, the page's address with its
 * parameters, the reader's roles and the language: a change anywhere, on any node, and the next reader gets it worked
 * out afresh.
 * <p>
 * The layout around it (the reader's name, the menu, the sign-out form) is rendered for each reader, and the whole page
 * is kept for them too, under the same key and their name, unless it shows a notice of what they just did. Neither
 * holds anything of one session but the form token, whose places are kept ({@link PageParts}); {@link KeptView} writes
 * the page with the token of the request.
 */
@Component
public class KeptContent {

    /** What the layout shows where the content goes; {@link KeptView} writes the kept content there. */
    static final String PLACE = "<!--kept content-->";

    /** The model's name for the {@link KeptPage} being rendered. */
    static final String KEPT = KeptContent.class.getName();

    /** Room for the content of a few hundred large pages, counted in bytes (as they are and compressed). */
    private static final long KEPT_BYTES = 32L * 1024 * 1024;

    /** Room for the layouts of pages kept whole, for their readers, counted likewise. */
    private static final long KEPT_LAYOUT_BYTES = 16L * 1024 * 1024;

    /** A page's content as rendered, and what its page worked out to show it. */
    private record Kept(PageParts content, Map<String, Object> workedOut) {
    }

    /** A page kept whole for a reader, and the bytes of its layout, which it holds alone. */
    private record Whole(PageParts page, int layoutBytes) {
    }

    private final ContentVersion content;
    private final ThymeleafViewResolver views;
    private final Clock clock;
    private final Cache<List<Object>, Kept> kept = Caffeine.newBuilder().maximumWeight(KEPT_BYTES)
            .<List<Object>, Kept>weigher((key, page) -> page.content().bytes()).build();
    private final Cache<List<Object>, Whole> whole = Caffeine.newBuilder().maximumWeight(KEPT_LAYOUT_BYTES)
            .<List<Object>, Whole>weigher((key, page) -> page.layoutBytes()).build();

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
        return shown(view, model, rendered(view, model, request, response, () -> { }), null);
    }

    private String page(String view, Model model, HttpServletRequest request, HttpServletResponse response,
            Authentication reader, boolean personal, Runnable workOut) {
        OptionalLong version = content.current();
        if (version.isEmpty()) {
            return shown(view, model, rendered(view, model, request, response, workOut), null);
        }
        List<Object> key = key(view, version.getAsLong(), request, reader, personal);
        Kept page = kept.get(key, unused -> rendered(view, model, request, response, workOut));
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        boolean notice = flash != null && !flash.isEmpty();
        return shown(view, model, page, notice ? null : Stream.concat(key.stream(), Stream.of(reader.getName())).toList());
    }

    private String shown(String view, Model model, Kept page, List<Object> wholeKey) {
        model.addAllAttributes(page.workedOut());
        model.addAttribute("keptContent", PLACE);
        model.addAttribute(KEPT, new KeptPage(page.content(), wholeKey));
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
        String html;
        try {
            View fragment = views.resolveViewName(view + " :: content", RequestContextUtils.getLocale(request));
            html = KeptView.text(response, into -> fragment.render(model.asMap(), request, into));
        } catch (Exception e) {
            throw new IllegalStateException("Could not render " + view, e);
        }
        return new Kept(PageParts.of(html, formToken(request)), Collections.unmodifiableMap(workedOut));
    }

    /** The form token of the request as its forms carry it (masked afresh for each request); null without one. */
    static String formToken(HttpServletRequest request) {
        return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token.getToken() : null;
    }

    /**
     * A page with its content kept, to be written with its layout: the page kept whole for its reader (under
     * {@code wholeKey}, null when it may not be), else the layout rendered now around the content, then kept.
     */
    final class KeptPage {

        private final PageParts content;
        private final List<Object> wholeKey;

        private KeptPage(PageParts content, List<Object> wholeKey) {
            this.content = content;
            this.wholeKey = wholeKey;
        }

        /**
         * The whole page, with the form token of {@code request} in its places; {@code layout} renders the page's
         * layout, with {@link #PLACE} where its content goes, when the page is not kept whole.
         */
        PageParts page(Callable<String> layout, HttpServletRequest request) throws Exception {
            Whole page = wholeKey == null ? null : whole.getIfPresent(wholeKey);
            if (page == null) {
                String rendered = layout.call();
                int place = rendered.indexOf(PLACE);
                if (place < 0) {
                    throw new IllegalStateException("A kept page's layout does not show its content through fragments/kept");
                }
                PageParts head = PageParts.of(rendered.substring(0, place), formToken(request));
                PageParts tail = PageParts.of(rendered.substring(place + PLACE.length()), formToken(request));
                page = new Whole(head.then(content).then(tail), head.bytes() + tail.bytes());
                if (wholeKey != null) {
                    whole.put(wholeKey, page);
                }
            }
            return page.page();
        }
    }
}
