package uk.partnershipplans.portal.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period labels the documents use ("2012/13 Q3", "2012/13 annual", "2011/12 academic", "2011 annual") and
 * says when each period ends: financial years end on 31 March, academic years on 31 August, calendar years on
 * 31 December; quarters are financial-year quarters.
 */
final class ReportingPeriods {

    private static final Pattern SPLIT_YEAR = Pattern.compile("(\\d{4})/(\\d{2})\\s+(Q[1-4]|annual|academic)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CALENDAR_YEAR = Pattern.compile("(\\d{4})\\s+annual", Pattern.CASE_INSENSITIVE);

    private ReportingPeriods() {
    }

    static Optional<LocalDate> endOf(String label) {
        Matcher split = SPLIT_YEAR.matcher(label.strip());
        if (split.matches()) {
            int firstYear = Integer.parseInt(split.group(1));
            String part = split.group(3).toLowerCase();
            return Optional.of(switch (part) {
                case "q1" -> LocalDate.of(firstYear, 6, 30);
                case "q2" -> LocalDate.of(firstYear, 9, 30);
                case "q3" -> LocalDate.of(firstYear, 12, 31);
                case "academic" -> MonthDay.of(8, 31).atYear(firstYear + 1);
                default -> LocalDate.of(firstYear + 1, 3, 31);
            });
        }
        Matcher calendar = CALENDAR_YEAR.matcher(label.strip());
        if (calendar.matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(calendar.group(1)), 12, 31));
        }
        return Optional.empty();
    }
}
