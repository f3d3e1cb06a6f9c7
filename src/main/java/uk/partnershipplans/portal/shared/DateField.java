package uk.partnershipplans.portal.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * The day, month and year boxes of a GOV.UK date input, kept as typed so a form with errors shows them again.
 * A form object holds one per date; the service reads it with {@link #isBlank()}, {@link #problem()} and
 * {@link #toDate()}. As the Design System advises, a month may also be typed as a name ("Feb", "February").
 */
@Getter
@Setter
@NoArgsConstructor
public class DateField {

    /** What is wrong with what was typed, so the page can say which part to fix. */
    public enum Problem {
        /** A real date. */
        NONE,
        /** Nothing typed: fine for an optional date. */
        BLANK,
        MISSING_DAY,
        MISSING_MONTH,
        MISSING_YEAR,
        /** Every box has something, but together they are not a real date (31 2 2014, a two-digit year, letters). */
        NOT_REAL
    }

    private String day = "";
    private String month = "";
    private String year = "";

    public static DateField of(LocalDate date) {
        DateField field = new DateField();
        if (date != null) {
            field.day = String.valueOf(date.getDayOfMonth());
            field.month = String.valueOf(date.getMonthValue());
            field.year = String.valueOf(date.getYear());
        }
        return field;
    }

    public static DateField of(String day, String month, String year) {
        DateField field = new DateField();
        field.setDay(day);
        field.setMonth(month);
        field.setYear(year);
        return field;
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** A real date with a four-digit year; false when blank or partly filled in. */
    public boolean isValid() {
        return toDate().isPresent();
    }

    public Problem problem() {
        if (isBlank()) {
            return Problem.BLANK;
        }
        if (blank(day)) {
            return Problem.MISSING_DAY;
        }
        if (blank(month)) {
            return Problem.MISSING_MONTH;
        }
        if (blank(year)) {
            return Problem.MISSING_YEAR;
        }
        return isValid() ? Problem.NONE : Problem.NOT_REAL;
    }

    public Optional<LocalDate> toDate() {
        if (blank(day) || blank(month) || blank(year)) {
            return Optional.empty();
        }
        String typedYear = year.strip();
        if (!typedYear.matches("\\d{4}") || !day.strip().matches("\\d{1,2}")) {
            return Optional.empty();
        }
        try {
            return monthNumber().map(m -> LocalDate.of(Integer.parseInt(typedYear), m, Integer.parseInt(day.strip())));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<Integer> monthNumber() {
        String typed = month.strip();
        if (typed.matches("\\d{1,2}")) {
            return Optional.of(Integer.parseInt(typed));
        }
        String lower = typed.toLowerCase(Locale.UK);
        for (Month candidate : Month.values()) {
            String full = candidate.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.UK);
            if (lower.length() >= 3 && full.startsWith(lower)) {
                return Optional.of(candidate.getValue());
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
