package uk.partnershipplans.portal.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import uk.partnershipplans.portal.shared.Refusal.Problem;

/**
 * A {@link DateField} checked by {@link DateInput} as Bean Validation checks the form, so that a date's problem shows
 * with the form's others: {@code name} is the message naming the date, {@code example} a real date, and
 * {@code whenBlank} the message for a blank date, or empty when the date is optional.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RealDate.Validator.class)
public @interface RealDate {

    String name();

    String example();

    String whenBlank() default "";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Created by Spring's validator factory, which gives it the message source to word the problem. */
    class Validator implements ConstraintValidator<RealDate, DateField> {

        private final MessageSource messages;

        private DateInput input;

        private String whenBlank;

        public Validator(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        public void initialize(RealDate annotation) {
            this.input = new DateInput(null, annotation.name(), annotation.example());
            this.whenBlank = annotation.whenBlank().isEmpty() ? null : annotation.whenBlank();
        }

        @Override
        public boolean isValid(DateField date, ConstraintValidatorContext context) {
            List<Problem> problems = new ArrayList<>();
            input.required(date, whenBlank, problems::add);
            if (problems.isEmpty()) {
                return true;
            }
            String text = messages.getMessage(problems.get(0), LocaleContextHolder.getLocale());
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(literal(text)).addConstraintViolation();
            return false;
        }

        /** The text as a message template that means only itself. */
        private static String literal(String text) {
            return text.replaceAll("([\\\\{}$])", "\\\\$1");
        }
    }
}
