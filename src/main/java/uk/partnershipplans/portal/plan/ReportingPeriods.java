package uk.partnershipplans.portal.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;

/**
 * Reads the period labels the documents use ("2012/13 Q3", "2012/13 annual", "2011/12 academic", "2011 annual") and
 * says when each period ends: financial years end on 31 March, academic years on 31 August, calendar years on
 * 31 December; quarters are financial-year quarters. It also says which kind of period a label names, so that a figure is
 * compared only with earlier figures for the same kind of period.
 */
public final class ReportingPeriods {

    private static final Pattern SPLIT_YEAR = Pattern.compile("(\\d{4})/(\\d{2})\\s+(Q[1-4]|annual|academic)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CALENDAR_YEAR = Pattern.compile("(\\d{4})\\s+annual", Pattern.CASE_INSENSITIVE);

    private ReportingPeriods() {
    }

    public static Optional<LocalDate> endOf(String label) {
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

    /**
     * The kind of period a label names: "2012/13 Q3" a quarter, "2012/13 annual" a financial year, "2011/12 academic" an
     * academic year, "2011 annual" a calendar year. "2012/13 Q4 & annual" is the year's figure, so a financial year.
     */
    static Optional<PeriodType> typeOf(String label) {
        String stripped = label.strip();
        Matcher split = SPLIT_YEAR.matcher(stripped);
        if (split.matches()) {
            String part = split.group(3).toLowerCase();
            if (part.equals("academic")) {
                return Optional.of(PeriodType.ACADEMIC_YEAR);
            }
            if (part.equals("annual") || stripped.toLowerCase().contains("annual")) {
                return Optional.of(PeriodType.FINANCIAL_YEAR);
            }
            return Optional.of(PeriodType.QUARTER);
        }
        return CALENDAR_YEAR.matcher(stripped).matches() ? Optional.of(PeriodType.CALENDAR_YEAR) : Optional.empty();
    }

    /** The last period of this kind that ends on or before {@code day}, with the label the documents would give it. */
    static ProgressRecords.Period latestEndingBy(PeriodType type, LocalDate day) {
        return switch (type) {
            case QUARTER -> {
                LocalDate end = day.plusDays(1).withDayOfMonth(1);
                while (end.getMonthValue() % 3 != 1) {
                    end = end.minusMonths(1);
                }
                end = end.minusDays(1); // the last day of March, June, September or December on or before day
                int firstYear = end.getMonthValue() <= 3 ? end.getYear() - 1 : end.getYear();
                int quarter = switch (end.getMonthValue()) {
                    case 6 -> 1;
                    case 9 -> 2;
                    case 12 -> 3;
                    default -> 4;
                };
                yield new ProgressRecords.Period(splitYear(firstYear) + " Q" + quarter, end);
            }
            case FINANCIAL_YEAR -> {
                int endYear = day.isBefore(LocalDate.of(day.getYear(), 3, 31)) ? day.getYear() - 1 : day.getYear();
                yield new ProgressRecords.Period(splitYear(endYear - 1) + " annual", LocalDate.of(endYear, 3, 31));
            }
            case ACADEMIC_YEAR -> {
                int endYear = day.isBefore(LocalDate.of(day.getYear(), 8, 31)) ? day.getYear() - 1 : day.getYear();
                yield new ProgressRecords.Period(splitYear(endYear - 1) + " academic", LocalDate.of(endYear, 8, 31));
            }
            case CALENDAR_YEAR -> {
                int year = day.getMonthValue() == 12 && day.getDayOfMonth() == 31 ? day.getYear() : day.getYear() - 1;
                yield new ProgressRecords.Period(year + " annual", LocalDate.of(year, 12, 31));
            }
        };
    }

    private static String splitYear(int firstYear) {
        return firstYear + "/" + String.format("%02d", (firstYear + 1) % 100);
    }
}
