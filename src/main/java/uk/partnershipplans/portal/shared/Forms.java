package uk.partnershipplans.portal.shared;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** What every admin form does with a submission: save unless the form has errors, and explain a refusal on the form. */
public final class Forms {

    /** The id of the part of a page that shows the saved version; the error summary links to it. */
    public static final String SAVED_VERSION = "saved-version";

    private Forms() {
    }

    /**
     * Runs {@code save} if Bean Validation found nothing. A {@link Refusal} becomes errors on the form, keeping what
     * was typed. When someone else saved the record meanwhile ({@link StaleEdit}, or a version clash found as the
     * transaction commits) nothing is overwritten: the form keeps what was typed, its version moves on to the saved one
     * (so saving again is a deliberate choice to replace it), the error summary says why with a link to the saved version,
     * and {@code savedValues} (the saved record as a form, or a {@link SavedVersion} that also says who saved it and
     * when) goes in the model as {@code saved} for the page to show beside the fields. Returns what {@code save}
     * returned, or empty when the form must be shown again.
     */
    public static <T> Optional<T> save(BindingResult errors, Model model, Supplier<T> save, Supplier<?> savedValues) {
        if (errors.hasErrors()) {
            inFormOrder(errors, model);
            return Optional.empty();
        }
        try {
            return Optional.of(save.get());
        } catch (Refusal refusal) {
            refusal.applyTo(errors);
            inFormOrder(errors, model);
            return Optional.empty();
        } catch (StaleEdit | OptimisticLockingFailureException stale) {
            changedMeanwhile(errors, model, savedValues.get());
            return Optional.empty();
        }
    }

    private static void changedMeanwhile(BindingResult errors, Model model, Object savedValues) {
        SavedVersion saved = savedValues instanceof SavedVersion version ? version
                : SavedVersion.of(savedValues, Optional.empty());
        Object typed = errors.getTarget();
        if (typed != null && saved.values() != null && typed != saved.values()) {
            BeanWrapper form = new BeanWrapperImpl(typed);
            BeanWrapper savedForm = new BeanWrapperImpl(saved.values());
            if (form.isWritableProperty("version") && savedForm.isReadableProperty("version")) {
                form.setPropertyValue("version", savedForm.getPropertyValue("version"));
            }
        }
        errors.reject("form.stale");
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), errors);
        model.addAttribute("saved", saved.beside(typed));
        model.addAttribute("globalErrorTarget", SAVED_VERSION);
    }

    /**
     * Puts the errors in the order of the form's fields (as the form class declares them, which is the order the
     * pages show them), so that the error summary reads from the top of the page down. Bean Validation reports them
     * in no particular order. Whole-form errors come first.
     */
    static void inFormOrder(BindingResult errors, Model model) {
        Object target = errors.getTarget();
        if (target == null) {
            return;
        }
        BindingResult ordered = new BeanPropertyBindingResult(target, errors.getObjectName());
        errors.getGlobalErrors().forEach(ordered::addError);
        List<String> fields = Arrays.stream(target.getClass().getDeclaredFields()).map(Field::getName).toList();
        errors.getFieldErrors().stream()
                .sorted(Comparator.comparingInt(error -> position(fields, error.getField())))
                .forEach(ordered::addError);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), ordered);
    }

    private static int position(List<String> fields, String field) {
        int dot = field.indexOf('.');
        int index = fields.indexOf(dot < 0 ? field : field.substring(0, dot));
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /**
     * The one reading of typed text: what was typed, with the browser's line endings made plain and surrounding
     * spaces removed; null when nothing was.
     */
    public static String optional(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.replace("\r\n", "\n").replace('\r', '\n').strip();
        return text.isEmpty() ? null : text;
    }

    /** Whether nothing but spaces was typed. */
    public static boolean isBlank(String typed) {
        return optional(typed) == null;
    }
}
