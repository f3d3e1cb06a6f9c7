package uk.partnershipplans.portal.shared;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbering as the documents print it: "3", "3.1", "(1)", "SO2", "a)", "1a". One rule for what a number may be, and
 * one order for every list and drop-down: natural, so that runs of digits count as numbers (1, 2, ... 10, not 1, 10,
 * 2) and letters ignore case.
 */
public final class Numbering {

    /** Letters, digits and the marks numbering uses (full stop, brackets, hyphen, slash), with a letter or digit. */
    public static final String PATTERN = "^\\s*(?=[^\\s]*[0-9A-Za-z])[0-9A-Za-z.()\\-/]*\\s*$|^\\s*$";

    /** Natural order of numbers as printed; a null number comes last. */
    public static final Comparator<String> ORDER = Comparator.nullsLast(Numbering::compare);

    private static final Pattern RUN = Pattern.compile("\\d+|\\D+");

    private Numbering() {
    }

    private static int compare(String a, String b) {
        Matcher left = RUN.matcher(a.strip());
        Matcher right = RUN.matcher(b.strip());
        while (left.find()) {
            if (!right.find()) {
                return 1;
            }
            int result = compareRuns(left.group(), right.group());
            if (result != 0) {
                return result;
            }
        }
        return right.find() ? -1 : a.compareTo(b);
    }

    private static int compareRuns(String left, String right) {
        boolean leftDigits = Character.isDigit(left.charAt(0));
        boolean rightDigits = Character.isDigit(right.charAt(0));
        if (leftDigits && rightDigits) {
            return new BigInteger(left).compareTo(new BigInteger(right));
        }
        if (leftDigits != rightDigits) {
            return leftDigits ? -1 : 1;
        }
        return left.toLowerCase(Locale.ROOT).compareTo(right.toLowerCase(Locale.ROOT));
    }
}
