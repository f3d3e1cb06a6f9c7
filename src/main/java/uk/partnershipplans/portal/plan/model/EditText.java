package uk.partnershipplans.portal.plan.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How typed text is kept. Narrative stays plain text exactly as typed (paragraphs separated by a blank line, "- " at the
 * start of a line for a bullet); only the browser's line endings are made plain and the ends trimmed. Nothing is
 * interpreted as HTML: pages show it as text.
 */
public final class EditText {

    private EditText() {
    }

    /** The text as typed, with Windows line endings made plain and outer white space removed; blank becomes null. */
    public static String clean(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.replace("\r\n", "\n").replace('\r', '\n').strip();
        return text.isEmpty() ? null : text;
    }

    public static boolean isBlank(String typed) {
        return clean(typed) == null;
    }

    /** The lines of a text that have something on them, for showing a saved text back briefly. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** An absolute http or https address with a host, such as https://www.nottinghamshire.gov.uk/childpoverty. */
    public static boolean isWebAddress(String typed) {
        try {
            URI uri = new URI(typed.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
