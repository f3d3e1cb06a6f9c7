package uk.partnershipplans.portal.plan.edit;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import uk.partnershipplans.portal.shared.DateField;

/**
 * The day, month and year boxes of a {@link DateField} make a real date. When they are all empty, {@code whenBlank}
 * is the message, or the date is optional if {@code whenBlank} is empty.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RealDate.Validator.class)
public @interface RealDate {

    String message();

    String whenBlank() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<RealDate, DateField> {

        private String whenBlank;

        @Override
        public void initialize(RealDate annotation) {
            this.whenBlank = annotation.whenBlank();
        }

        @Override
        public boolean isValid(DateField date, ConstraintValidatorContext context) {
            if (date == null || date.isBlank()) {
                if (whenBlank.isEmpty()) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(whenBlank).addConstraintViolation();
                return false;
            }
            return date.isValid();
        }
    }
}
