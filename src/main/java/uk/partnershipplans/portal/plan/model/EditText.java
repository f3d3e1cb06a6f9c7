package uk.partnershipplans.portal.plan.model;

import java.util.Arrays;
import java.util.List;

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
}
