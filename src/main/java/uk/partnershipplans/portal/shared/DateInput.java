package uk.partnershipplans.portal.shared;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import uk.partnershipplans.portal.shared.Refusal.Problem;

/**
 * The one rule for a GOV.UK date input on any form: reads what was typed into a {@link DateField} as a date, or
 * reports what to fix in the Design System's words, naming the date. {@code field} is the form field,
 * {@code nameCode} the message naming the date as a sentence starts ("Target date") and {@code example} a real date
 * written as the boxes take it ("30 11 2013"). Problems go to whoever collects them: a list, or a form's errors
 * through {@link Refusal#into}.
 */
public record DateInput(String field, String nameCode, String example) {

    /** The years a date of a partnership's plans, rounds and memberships can sensibly fall in (no year 9999). */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    /** The date typed, or empty when the boxes are blank or wrongly filled in (then a problem is reported). */
    public Optional<LocalDate> optional(DateField typed, Consumer<Problem> problems) {
        return read(typed, null, problems);
    }

    /**
     * The date typed; a blank date is reported with {@code blankCode}, a message that may name the date as {0} (or not
     * at all when {@code blankCode} is null, as for an optional date).
     */
    public Optional<LocalDate> required(DateField typed, String blankCode, Consumer<Problem> problems) {
        return read(typed, blankCode, problems);
    }

    /**
     * The date typed, as {@link #required} (or {@link #optional} when {@code blankCode} is null), refused when it is
     * after {@code today}: for the dates of what has happened.
     */
    public Optional<LocalDate> notAfter(LocalDate today, DateField typed, String blankCode, Consumer<Problem> problems) {
        Optional<LocalDate> date = read(typed, blankCode, problems);
        if (date.isPresent() && date.get().isAfter(today)) {
            problems.accept(new Problem(field, "date.future", name()));
            return Optional.empty();
        }
        return date;
    }

    private Optional<LocalDate> read(DateField typed, String blankCode, Consumer<Problem> problems) {
        DateField.Problem problem = typed == null ? DateField.Problem.BLANK : typed.problem();
        String code = switch (problem) {
            case NONE -> null;
            case BLANK -> blankCode;
            case MISSING_DAY -> "date.missing-day";
            case MISSING_MONTH -> "date.missing-month";
            case MISSING_YEAR -> "date.missing-year";
            case NOT_REAL -> "date.not-real";
        };
        if (code != null) {
            problems.accept(new Problem(field, code, name(), example));
            return Optional.empty();
        }
        Optional<LocalDate> date = problem == DateField.Problem.NONE ? typed.toDate() : Optional.empty();
        if (date.isPresent() && (date.get().getYear() < FIRST_YEAR || date.get().getYear() > LAST_YEAR)) {
            problems.accept(new Problem(field, "date.out-of-range", name(), String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR)));
            return Optional.empty();
        }
        return date;
    }

    private DefaultMessageSourceResolvable name() {
        return new DefaultMessageSourceResolvable(nameCode);
    }
}
