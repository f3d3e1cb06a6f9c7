package uk.partnershipplans.portal.system;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** What every admin form does with a submission: save unless the form has errors, and explain a refusal on the form. */
public final class Forms {

    private Forms() {
    }

    /**
     * Runs {@code save} if Bean Validation found nothing. A {@link Refusal} becomes errors on the form, keeping what
     * was typed. A {@link StaleEdit} replaces the form with the saved values (from {@code savedValues}) and says why,
     * so nothing is overwritten. Returns what {@code save} returned, or empty when the form must be shown again.
     */
    public static <T> Optional<T> save(BindingResult errors, Model model, Supplier<T> save, Supplier<?> savedValues) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(save.get());
        } catch (Refusal refusal) {
            refusal.applyTo(errors);
            return Optional.empty();
        } catch (StaleEdit stale) {
            Object saved = savedValues.get();
            BindingResult fresh = new BeanPropertyBindingResult(saved, errors.getObjectName());
            fresh.reject("form.stale");
            model.addAttribute(errors.getObjectName(), saved);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), fresh);
            return Optional.empty();
        }
    }

    /** What was typed, without surrounding spaces; null when nothing was. */
    public static String optional(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
