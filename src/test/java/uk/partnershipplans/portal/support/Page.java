package uk.partnershipplans.portal.support;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * A page of the portal read as a page: the response body parsed by jsoup, with the parts of a GOV.UK page (title,
 * heading, error summary, field errors, summary lists, tables, links, form fields) found by CSS selector. Text is read
 * as a screen reader would hear it: tags count as spaces, white space is squeezed, and whatever is hidden from
 * assistive technology ({@code aria-hidden="true"}, drawings) is left out.
 */
public final class Page {

    private final Document document;

    private Page(Document document) {
        this.document = document;
    }

    public static Page of(String html) {
        return new Page(Jsoup.parse(html));
    }

    /** The page a MockMvc request answered with. */
    public static Page of(MvcResult result) {
        try {
            return of(result.getResponse().getContentAsString());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks the page a MockMvc request answered with, inside a chain of {@code andExpect}. */
    public static ResultMatcher expect(Consumer<Page> check) {
        return result -> check.accept(of(result));
    }

    /** Checks that the page has a link to {@code href} (as the browser reads it: {@code &amp;} is {@code &}). */
    public static ResultMatcher linkTo(String href) {
        return expect(page -> {
            if (page.links().stream().noneMatch(link -> link.href().equals(href))) {
                throw new AssertionError("No link to " + href + " on '" + page.title() + "'; links: " + page.links());
            }
        });
    }

    /** Checks that a form field (or option) on the page holds {@code value}. */
    public static ResultMatcher fieldHolding(String value) {
        return expect(page -> {
            if (page.document().select("input, option, button, select, textarea").stream()
                    .noneMatch(field -> field.hasAttr("value") && field.attr("value").equals(value))) {
                throw new AssertionError("No field holds '" + value + "' on '" + page.title() + "'");
            }
        });
    }

    public Document document() {
        return document;
    }

    /** The page's {@code <title>}. */
    public String title() {
        return document.title();
    }

    /** The text of the page's one {@code <h1>}. */
    public String h1() {
        return text("h1");
    }

    // --- Elements by selector ---

    public Elements select(String css) {
        return document.select(css);
    }

    public boolean has(String css) {
        return !document.select(css).isEmpty();
    }

    public int count(String css) {
        return document.select(css).size();
    }

    /** The first element the selector finds; fails the test if there is none. */
    public Element element(String css) {
        Element element = document.selectFirst(css);
        if (element == null) {
            throw new AssertionError("Nothing on the page matches " + css + " (title: " + title() + ")");
        }
        return element;
    }

    /** The element with this id; fails the test if there is none. Ids with dots and brackets need no escaping. */
    public Element byId(String id) {
        Element element = document.getElementById(id);
        if (element == null) {
            throw new AssertionError("No element with id " + id + " (title: " + title() + ")");
        }
        return element;
    }

    public boolean hasId(String id) {
        return document.getElementById(id) != null;
    }

    /** The text of the first element the selector finds (see {@link #text(Element)}). */
    public String text(String css) {
        return text(element(css));
    }

    /** The text of each element the selector finds. */
    public List<String> texts(String css) {
        return document.select(css).stream().map(Page::text).toList();
    }

    /** The text of the element with this id; a textarea's text as it is. */
    public String textOf(String id) {
        Element element = byId(id);
        return element.nameIs("textarea") ? element.wholeText() : text(element);
    }

    /** The value attribute of the element with this id. */
    public String value(String id) {
        return byId(id).attr("value");
    }

    /** An attribute of the element with this id, or null if it has none. */
    public String attr(String id, String attribute) {
        Element element = byId(id);
        return element.hasAttr(attribute) ? element.attr(attribute) : null;
    }

    public boolean hasClass(String id, String className) {
        return byId(id).hasClass(className);
    }

    public boolean isChecked(String id) {
        return byId(id).hasAttr("checked");
    }

    /** The first form field with this name (an input, select or textarea), for its value. */
    public Element input(String name) {
        return element("[name=\"" + name.replace("\"", "\\\"") + "\"]");
    }

    /** The form token of the page's first form. */
    public String csrfToken() {
        return input("_csrf").val();
    }

    /**
     * The first form the selector finds, filled in as it stands: the fields a browser would send if it were submitted
     * now (checked boxes and radios, selected options, typed text, hidden fields; no buttons and no file chosen).
     */
    public Form form(String css) {
        if (!(element(css) instanceof FormElement form)) {
            throw new AssertionError("'" + css + "' is not a form on '" + title() + "'");
        }
        Set<String> files = form.select("input[type=file]").stream().map(input -> input.attr("name")).collect(Collectors.toSet());
        List<Map.Entry<String, String>> fields = form.formData().stream()
                .filter(field -> !files.contains(field.key()))
                .map(field -> Map.entry(field.key(), field.value()))
                .toList();
        return new Form(form.attr("action"), "multipart/form-data".equalsIgnoreCase(form.attr("enctype")), fields);
    }

    // --- GOV.UK components ---

    /** The error summary's links, in order. */
    public List<Link> errorSummary() {
        return document.select(".govuk-error-summary__list a").stream().map(Link::of).toList();
    }

    /** Each link of the error summary as "href text", for short assertions. */
    public List<String> errorSummaryLinks() {
        return errorSummary().stream().map(Link::toString).toList();
    }

    public boolean hasErrorSummary() {
        return has(".govuk-error-summary");
    }

    /** The error message of a field, "Error: ..." as a screen reader reads it, from the element {@code id-error}. */
    public String fieldError(String id) {
        return text(byId(id + "-error"));
    }

    /** The rows of the page's summary lists, key to value. */
    public Map<String, String> summaryRows() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Element row : document.select(".govuk-summary-list__row")) {
            Element key = row.selectFirst(".govuk-summary-list__key");
            Element value = row.selectFirst(".govuk-summary-list__value");
            rows.put(key == null ? "" : text(key), value == null ? "" : text(value));
        }
        return rows;
    }

    /** The body rows of the table whose caption is {@code caption}, each as the text of its cells (th and td). */
    public List<List<String>> table(String caption) {
        Element table = document.select("table").stream()
                .filter(t -> {
                    Element c = t.selectFirst("caption");
                    return c != null && text(c).equals(caption);
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("No table captioned '" + caption + "'; captions: "
                        + texts("table caption")));
        return rows(table);
    }

    /** The body rows of the first table the selector finds, each as the text of its cells (th and td). */
    public List<List<String>> tableRows(String css) {
        return rows(element(css));
    }

    private static List<List<String>> rows(Element table) {
        Elements rows = table.select("tbody tr");
        return rows.stream().map(row -> row.select("th, td").stream().map(Page::text).toList()).toList();
    }

    /** Every link on the page. */
    public List<Link> links() {
        return document.select("a[href]").stream().map(Link::of).toList();
    }

    /** The hrefs of the links whose text is {@code text}. */
    public List<String> linksTo(String text) {
        return links().stream().filter(link -> link.text().equals(text)).map(Link::href).toList();
    }

    /** Where the back link goes. */
    public String backLink() {
        return element("a.govuk-back-link").attr("href");
    }

    /** The heading of the notification banner, if any. */
    public String notificationHeading() {
        return text(".govuk-notification-banner__heading");
    }

    /** The selected option's value of the select with this name, or null if none is selected. */
    public String selected(String name) {
        Element option = input(name).selectFirst("option[selected]");
        return option == null ? null : option.attr("value");
    }

    /**
     * A form as a browser would send it.
     *
     * @param action where it posts to; empty for the address of the page it is on
     * @param multipart whether it is sent as {@code multipart/form-data} rather than URL-encoded
     * @param fields the names and values sent, in the page's order
     */
    public record Form(String action, boolean multipart, List<Map.Entry<String, String>> fields) {

        /** The form with the field {@code name} holding {@code value} alone, as if typed (or a button pressed). */
        public Form with(String name, String value) {
            List<Map.Entry<String, String>> changed = new ArrayList<>();
            boolean placed = false;
            for (Map.Entry<String, String> field : fields) {
                if (!field.getKey().equals(name)) {
                    changed.add(field);
                } else if (!placed) {
                    changed.add(Map.entry(name, value));
                    placed = true;
                }
            }
            if (!placed) {
                changed.add(Map.entry(name, value));
            }
            return new Form(action, multipart, List.copyOf(changed));
        }
    }

    /** A link: where it goes and its text. */
    public record Link(String href, String text) {

        static Link of(Element a) {
            return new Link(a.attr("href"), Page.text(a));
        }

        @Override
        public String toString() {
            return href + " " + text;
        }
    }

    /**
     * The text of an element as a screen reader hears it: each tag counts as a space, white space is squeezed, and
     * anything marked {@code aria-hidden="true"} and drawings ({@code svg}) are left out.
     */
    public static String text(Element element) {
        Element copy = element.clone();
        copy.select("[aria-hidden=true], svg").remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                text.append(node instanceof TextNode textNode ? textNode.getWholeText() : " ");
            }

            @Override
            public void tail(Node node, int depth) {
                text.append(' ');
            }
        }, copy);
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
