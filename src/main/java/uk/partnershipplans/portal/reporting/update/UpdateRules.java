package uk.partnershipplans.portal.reporting.update;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import uk.partnershipplans.portal.plan.FigureRule;
import uk.partnershipplans.portal.plan.IndicatorUnit;
import uk.partnershipplans.portal.shared.DateField;
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
        DateField.Problem problem = typed == null ? DateField.Problem.BLANK : typed.problem();
        Object[] args = {new DefaultMessageSourceResolvable(nameCode), "30 9 2013"};
        switch (problem) {
            case NONE -> {
                LocalDate date = typed.toDate().orElseThrow();
                if (notAfter != null && date.isAfter(notAfter)) {
                    refuse(field, "update.date.future", args);
                    return Optional.empty();
                }
                return Optional.of(date);
            }
            case BLANK -> {
                return Optional.empty();
            }
            case MISSING_DAY -> refuse(field, "edit.date.missing-day", args);
            case MISSING_MONTH -> refuse(field, "edit.date.missing-month", args);
            case MISSING_YEAR -> refuse(field, "edit.date.missing-year", args);
            default -> refuse(field, "edit.date.not-real", args);
        }
        return Optional.empty();
    }

    /** A figure in the indicator's unit, read by the plan's one rule for figures ({@link FigureRule}); empty when blank. */
    Optional<BigDecimal> figure(String typed, String field, String nameCode, IndicatorUnit unit) {
        return FigureRule.read(typed, unit, field, nameCode, problems::add);
    }

    /** A web address starting http:// or https:// with a host. */
    static boolean webAddress(String url) {
        try {
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                return false;
            }
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
