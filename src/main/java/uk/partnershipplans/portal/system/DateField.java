package uk.partnershipplans.portal.system;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * The day, month and year boxes of a GOV.UK date input, kept as typed so a form with errors shows them again.
 * A form object holds one per date; the service reads it with {@link #isBlank()}, {@link #isValid()} and {@link #toDate()}.
 */
@Getter
@Setter
@NoArgsConstructor
public class DateField {

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

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** A real date with a four-digit year; false when blank or partly filled in. */
    public boolean isValid() {
        return toDate().isPresent();
    }

    public Optional<LocalDate> toDate() {
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1000 || y > 9999) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip())));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
