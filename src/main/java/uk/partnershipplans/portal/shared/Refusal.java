package uk.partnershipplans.portal.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;
import org.springframework.validation.ObjectError;

/**
 * A save or delete that the rules refuse, with what to tell the person. Each problem names a form field (or none, for
 * the whole form) and a message code with its arguments; arguments may themselves be {@link MessageSourceResolvable}s.
 * Thrown by services inside their transaction, so nothing is written.
 */
public class Refusal extends RuntimeException {

    /** One reason for refusing: {@code field} is null when the reason concerns the whole form. */
    public record Problem(String field, String code, Object... args) implements MessageSourceResolvable {

        @Override
        public String[] getCodes() {
            return new String[] {code};
        }

        @Override
        public Object[] getArguments() {
            return args;
        }
    }

    private final transient List<Problem> problems;

    public Refusal(List<Problem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).code());
        this.problems = List.copyOf(problems);
    }

    public static Refusal of(String field, String code, Object... args) {
        return new Refusal(List.of(new Problem(field, code, args)));
    }

    /**
     * Refuses with the problems {@code errors} holds, if it holds any: for services that check their rules into an
     * {@link Errors} (so that a controller can show them all at once, with Bean Validation's) and refuse before writing.
     */
    public static void ifAny(Errors errors) {
        if (!errors.hasErrors()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        errors.getGlobalErrors().forEach(error -> problems.add(new Problem(null, error.getCode(), arguments(error))));
        errors.getFieldErrors().forEach(error -> problems.add(new Problem(error.getField(), error.getCode(), arguments(error))));
        throw new Refusal(problems);
    }

    private static Object[] arguments(ObjectError error) {
        return error.getArguments() == null ? new Object[0] : error.getArguments();
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Shows each problem on the form: as the field's error, or in the error summary for the whole form. */
    public void applyTo(Errors errors) {
        problems.forEach(shownOn(errors));
    }

    /**
     * Shows each problem it is given on the form, as {@link #applyTo} does: for a rule that reports problems one by one,
     * checked with Bean Validation's so that every problem shows at once.
     */
    public static Consumer<Problem> shownOn(Errors errors) {
        return problem -> {
            if (problem.field() == null) {
                errors.reject(problem.code(), problem.args(), null);
            } else {
                errors.rejectValue(problem.field(), problem.code(), problem.args(), null);
            }
        };
    }

    /** "a", "a and b", "a, b and c": a list of counted things to use as one message argument. */
    public static MessageSourceResolvable listed(List<? extends MessageSourceResolvable> items) {
        if (items.isEmpty() || items.size() > 6) {
            throw new IllegalArgumentException("List 1 to 6 items, not " + items.size());
        }
        return new DefaultMessageSourceResolvable(new String[] {"list." + items.size()}, items.toArray());
    }
}
