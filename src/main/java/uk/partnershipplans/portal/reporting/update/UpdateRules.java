package uk.partnershipplans.portal.reporting.update;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import uk.partnershipplans.portal.plan.IndicatorUnit;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.DateInput;
import uk.partnershipplans.portal.shared.Refusal.Problem;

/** Reads what was typed into an update, collecting a problem for each field that is wrong. */
final class UpdateRules {

    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    void refuse(String field, String code, Object... args) {
        problems.add(new Problem(field, code, args));
    }

    /** The date typed, or empty when blank; a date in the future is refused when {@code notAfter} is given. */
    Optional<LocalDate> date(DateField typed, String field, String nameCode, LocalDate notAfter) {
        DateInput input = new DateInput(field, nameCode, "30 9 2013");
        return notAfter == null ? input.optional(typed, problems::add) : input.notAfter(notAfter, typed, null, problems::add);
    }

    /**
     * A figure in the indicator's unit: a percentage from 0 to 100, any other figure not negative, a count a whole
     * number, at most 2 decimal places. Empty when nothing was typed.
     */
    Optional<BigDecimal> figure(String typed, String field, String nameCode, IndicatorUnit unit) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Object name = new DefaultMessageSourceResolvable(nameCode);
        BigDecimal figure;
        try {
            figure = new BigDecimal(typed.strip().replace(",", "").replace("%", ""));
        } catch (NumberFormatException e) {
            refuse(field, "update.figure.not-number", name);
            return Optional.empty();
        }
        if (figure.signum() < 0) {
            refuse(field, "update.figure.negative", name);
        } else if (unit == IndicatorUnit.PERCENTAGE && figure.compareTo(BigDecimal.valueOf(100)) > 0) {
            refuse(field, "update.figure.percentage", name);
        } else if (unit == IndicatorUnit.COUNT && figure.stripTrailingZeros().scale() > 0) {
            refuse(field, "update.figure.whole", name);
        } else if (figure.stripTrailingZeros().scale() > 2) {
            refuse(field, "update.figure.decimals", name);
        } else {
            return Optional.of(figure);
        }
        return Optional.empty();
    }
}
