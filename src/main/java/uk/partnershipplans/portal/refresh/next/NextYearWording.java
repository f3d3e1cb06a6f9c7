package uk.partnershipplans.portal.refresh.next;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the words of a year move on to the next: its label ("2013-14" becomes "2014-15") and the labels of years named in
 * a priority's headings ("What we did in 2012-13" becomes "What we did in 2013-14").
 */
final class NextYearWording {

    /** A year's label as plans write it: "2013-14", "2013/14", "2013-2014". */
    private static final Pattern LABEL = Pattern.compile("(?<!\\d)(\\d{4})([-/])(\\d{2}|\\d{4})(?!\\d)");

    private static final Pattern SINGLE_YEAR = Pattern.compile("\\d{4}");

    private NextYearWording() {
    }

    /** The label of the year after one labelled {@code label}; empty when the label names no year. */
    static Optional<String> nextLabel(String label) {
        String trimmed = label == null ? "" : label.strip();
        if (SINGLE_YEAR.matcher(trimmed).matches()) {
            return Optional.of(String.valueOf(Integer.parseInt(trimmed) + 1));
        }
        Matcher whole = LABEL.matcher(trimmed);
        return whole.matches() ? Optional.of(moved(whole)) : Optional.empty();
    }

    /** The heading with every year's label in it moved on one year; other words as they were. */
    static String movedOn(String heading) {
        Matcher labels = LABEL.matcher(heading);
        StringBuilder moved = new StringBuilder();
        while (labels.find()) {
            labels.appendReplacement(moved, Matcher.quoteReplacement(moved(labels)));
        }
        labels.appendTail(moved);
        return moved.toString();
    }

    private static String moved(Matcher label) {
        int start = Integer.parseInt(label.group(1)) + 1;
        String end = label.group(3);
        String next = end.length() == 4 ? String.valueOf(Integer.parseInt(end) + 1)
                : String.format("%02d", (Integer.parseInt(end) + 1) % 100);
        return start + label.group(2) + next;
    }
}
