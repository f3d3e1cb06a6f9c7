package uk.partnershipplans.portal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the portal's own HTML in MockMvc tests: elements by id, their attributes and text, and the error summary's links.
 * The pages come from Thymeleaf with every attribute in double quotes, so a few patterns are enough; it is not a general
 * HTML parser.
 */
final class PageHtml {

    private final String html;

    PageHtml(String html) {
        this.html = html;
    }

    String title() {
        Matcher title = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(html);
        return title.find() ? unescape(title.group(1)).strip() : null;
    }

    boolean has(String id) {
        return startTag(id) != null;
    }

    /** The value of an attribute of the element with this id, or null. */
    String attr(String id, String attribute) {
        String tag = startTag(id);
        if (tag == null) {
            throw new AssertionError("No element with id " + id);
        }
        Matcher value = Pattern.compile("\\s" + Pattern.quote(attribute) + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? unescape(value.group(1)) : null;
    }

    String value(String id) {
        return attr(id, "value");
    }

    boolean hasClass(String id, String className) {
        String classes = attr(id, "class");
        return classes != null && List.of(classes.split("\\s+")).contains(className);
    }

    boolean isChecked(String id) {
        return Pattern.compile("\\schecked(=\"[^\"]*\")?[\\s>/]").matcher(startTag(id)).find();
    }

    /** The text of the element with this id, tags removed and white space collapsed; a textarea's text as it is. */
    String text(String id) {
        String tag = startTag(id);
        if (tag == null) {
            throw new AssertionError("No element with id " + id);
        }
        String name = tag.substring(1).split("[\\s>]")[0];
        int start = html.indexOf(tag) + tag.length();
        int depth = 1;
        Matcher tags = Pattern.compile("<(/?)" + name + "\\b[^>]*>").matcher(html);
        int end = start;
        while (depth > 0 && tags.find(end)) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            end = tags.end();
            if (depth == 0) {
                end = tags.start();
            }
        }
        String inner = html.substring(start, end);
        if (name.equals("textarea")) {
            return unescape(inner);
        }
        return unescape(inner.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").strip();
    }

    /** Each link of the error summary, as "href text". */
    List<String> errorSummaryLinks() {
        List<String> links = new ArrayList<>();
        int summary = html.indexOf("govuk-error-summary__list");
        if (summary < 0) {
            return links;
        }
        String list = html.substring(summary, html.indexOf("</ul>", summary));
        Matcher link = Pattern.compile("<a href=\"([^\"]*)\"[^>]*>(.*?)</a>", Pattern.DOTALL).matcher(list);
        while (link.find()) {
            links.add(unescape(link.group(1)) + " " + unescape(link.group(2)).replaceAll("\\s+", " ").strip());
        }
        return links;
    }

    boolean hasErrorSummary() {
        return html.contains("govuk-error-summary__list");
    }

    /** How many times a pattern occurs in the page's markup. */
    int count(String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private String startTag(String id) {
        Matcher tag = Pattern.compile("<[a-zA-Z]+\\b[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        return tag.find() ? tag.group() : null;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
