package uk.partnershipplans.portal.reporting.update;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import uk.partnershipplans.portal.plan.FigureRule;
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

    /** A figure in the indicator's unit, read by the plan's one rule for figures ({@link FigureRule}); empty when blank. */
    Optional<BigDecimal> figure(String typed, String field, String nameCode, IndicatorUnit unit) {
        return FigureRule.read(typed, unit, field, nameCode, problems::add);
    }
}
