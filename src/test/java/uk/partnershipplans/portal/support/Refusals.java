package uk.partnershipplans.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.assertj.core.api.ThrowingConsumer;
import org.springframework.context.MessageSource;
import uk.partnershipplans.portal.shared.Refusal;

/** What a service's {@link Refusal} tells the person, in the words the page that receives it shows. */
public final class Refusals {

    private Refusals() {
    }

    /** The message of the refusal's first problem. */
    public static String text(MessageSource messages, Refusal refusal) {
        return messages.getMessage(refusal.problems().get(0), Locale.UK);
    }

    /** Checks that what was thrown is a refusal of one problem, of {@code field}, saying {@code message}. */
    public static ThrowingConsumer<Throwable> refused(MessageSource messages, String field, String message) {
        return thrown -> assertThat(thrown).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.problems()).hasSize(1);
            assertThat(refusal.problems().get(0).field()).isEqualTo(field);
            assertThat(text(messages, refusal)).isEqualTo(message);
        });
    }
}
