package uk.partnershipplans.portal.plan.admin;

import java.util.Arrays;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.partner.PartnerDirectory.PartnershipSummary;
import uk.partnershipplans.portal.shared.Option;

/** The choices of the admin forms' selects and radios, in words from messages-plan.properties. */
@Component
@RequiredArgsConstructor
public class AdminChoices {

    private final MessageSource messages;

    /** One option per constant, labelled by the message {@code admin.enum.<Type>.<CONSTANT>}. */
    public <E extends Enum<E>> List<Option> of(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> new Option(constant.name(), words(constant)))
                .toList();
    }

    String words(Enum<?> constant) {
        return messages.getMessage("admin.enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(),
                null, LocaleContextHolder.getLocale());
    }

    List<Option> partnerships(List<PartnershipSummary> partnerships) {
        return partnerships.stream().map(p -> new Option(String.valueOf(p.id()), p.name())).toList();
    }
}
