package uk.partnershipplans.portal.status;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.shared.Dates;

/**
 * The words the status pages show, from the message bundle, for the files that carry the same statuses: an action's
 * status, an indicator's status and direction of travel, its comparison with the national average, a value's note.
 */
@Component
@RequiredArgsConstructor
class StatusWords {

    private final MessageSource messages;

    String text(String code, Object... args) {
        return messages.getMessage(code, args, locale());
    }

    String of(ActionStatus status) {
        return text("status.action." + status.name());
    }

    String of(IndicatorStatus status) {
        return text("status.indicator." + status.name());
    }

    String of(Direction direction) {
        return text("status.direction." + direction.name());
    }

    String of(Rag rag) {
        return text("status.rag." + rag.name());
    }

    /** The day the position is worked out as at, and why, as the pages say it ("Position at 31 March 2014, ..."). */
    String position(AsAt asAt) {
        return text("status.position." + asAt.reason().name(), Dates.day(asAt.day()), asAt.roundName());
    }

    /** How the indicator compares with the national average, as the dashboard says it ("Exceeds (2012/13)"); null for nothing. */
    String of(NationalComparison national) {
        if (national == null) {
            return null;
        }
        String position = text("status.national." + national.position().name());
        return national.inWords()
                ? text("status.dashboard.national.words", position, national.value().nationalComparison(),
                        national.value().periodLabel())
                : text("status.dashboard.national.figures", position, national.value().periodLabel());
    }

    /**
     * What a figure alone does not say: "(provisional)", "Not available (tbc)" when the value has no figure, "None"
     * for no value at all; null when nothing needs saying.
     */
    String noteOf(ValueFacts value) {
        if (value == null) {
            return text("status.dashboard.indicator.none");
        }
        if (value.figure() == null) {
            return value.notAvailableReason() == null || value.notAvailableReason().isBlank() ? null
                    : text("plans.performance.not-available", value.notAvailableReason());
        }
        return value.provisional() ? text("plans.figure.provisional") : null;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
