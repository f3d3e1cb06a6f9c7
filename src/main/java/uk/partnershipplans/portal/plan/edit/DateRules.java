package uk.partnershipplans.portal.plan.edit;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;
import uk.partnershipplans.portal.shared.DateField;

/** Reads an optional GOV.UK date input, with the Design System's messages for a part missing or a date that is not real. */
final class DateRules {

    private DateRules() {
    }

    /**
     * The date typed, or empty when the boxes are blank. When they are filled in wrongly, an error is put on
     * {@code field}; {@code nameCode} is the message naming the date ("Target date"), {@code example} a real date.
     */
    static Optional<LocalDate> optionalDate(DateField typed, String field, String nameCode, String example, Errors errors) {
        DateField.Problem problem = typed == null ? DateField.Problem.BLANK : typed.problem();
        Object[] args = {new DefaultMessageSourceResolvable(nameCode), example};
        switch (problem) {
            case NONE:
                return typed.toDate();
            case BLANK:
                return Optional.empty();
            case MISSING_DAY:
                errors.rejectValue(field, "edit.date.missing-day", args, null);
                return Optional.empty();
            case MISSING_MONTH:
                errors.rejectValue(field, "edit.date.missing-month", args, null);
                return Optional.empty();
            case MISSING_YEAR:
                errors.rejectValue(field, "edit.date.missing-year", args, null);
                return Optional.empty();
            default:
                errors.rejectValue(field, "edit.date.not-real", args, null);
                return Optional.empty();
        }
    }
}
