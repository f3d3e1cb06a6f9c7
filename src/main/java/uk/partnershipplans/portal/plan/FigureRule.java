package uk.partnershipplans.portal.plan;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import uk.partnershipplans.portal.shared.Refusal.Problem;

/**
 * The one reading of an indicator's figure, target, national average or statistical neighbour average as people type
 * it, for admins, board members and officers alike. "1,200", "85%" and " 5.00% " are read (commas only between
 * thousands, a % sign at the end); blank is no figure. A percentage is from 0 to 100; a count is a whole number; only a
 * unit that {@link IndicatorUnit#allowsNegative() allows it} may be negative; at most {@value #MAX_DECIMALS} decimal
 * places and {@value #MAX_WHOLE_DIGITS} digits before the point, as the database keeps them. The figure keeps the
 * decimal places it was typed with ("5.00" stays 5.00), as the plans print them.
 */
public final class FigureRule {

    public static final int MAX_DECIMALS = 4;
    public static final int MAX_WHOLE_DIGITS = 10;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|-?\\.\\d+");

    private FigureRule() {
    }

    /**
     * The figure typed, or empty when nothing was typed or it breaks the rule; each problem goes to {@code problems}.
     *
     * @param unit     the indicator's unit; null for an indicator still to be developed, whose figures are only read
     * @param field    the form field the problem belongs to
     * @param nameCode the message code of the field's name, as the messages start with it ("Target")
     */
    public static Optional<BigDecimal> read(String typed, IndicatorUnit unit, String field, String nameCode,
            Consumer<Problem> problems) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String plain = typed.strip();
        if (plain.endsWith("%")) {
            plain = plain.substring(0, plain.length() - 1).stripTrailing();
        }
        String code = null;
        BigDecimal figure = NUMBER.matcher(plain).matches() ? new BigDecimal(plain.replace(",", "")) : null;
        if (figure == null) {
            code = "figure.not-a-number";
        } else if (figure.scale() > MAX_DECIMALS) {
            code = "figure.decimals";
        } else if (figure.precision() - figure.scale() > MAX_WHOLE_DIGITS) {
            code = "figure.too-big";
        } else if (unit == IndicatorUnit.PERCENTAGE && (figure.signum() < 0 || figure.compareTo(HUNDRED) > 0)) {
            code = "figure.percentage";
        } else if (unit != null && !unit.allowsNegative() && figure.signum() < 0) {
            code = "figure.negative";
        } else if (unit == IndicatorUnit.COUNT && figure.stripTrailingZeros().scale() > 0) {
            code = "figure.whole";
        }
        if (code != null) {
            problems.accept(new Problem(field, code, new DefaultMessageSourceResolvable(nameCode)));
            return Optional.empty();
        }
        return Optional.of(figure);
    }

    /** A saved figure as a form shows it for changing: with its decimal places, without separators ("1200", "5.00"). */
    public static String typed(BigDecimal figure) {
        return figure == null ? null : figure.toPlainString();
    }
}
