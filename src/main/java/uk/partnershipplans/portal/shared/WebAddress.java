package uk.partnershipplans.portal.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A form field that holds a web address, checked by the one rule for web addresses ({@link #isValid}); blank is allowed,
 * as a web address is optional wherever a form asks for one.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WebAddress.Validator.class)
public @interface WebAddress {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule: an absolute http or https address with a host, such as https://www.nottinghamshire.gov.uk/childpoverty. */
    final class Rule {

        private Rule() {
        }

        public static boolean isValid(String typed) {
            if (typed == null) {
                return false;
            }
            try {
                URI uri = new URI(typed.strip());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }

    class Validator implements ConstraintValidator<WebAddress, String> {

        @Override
        public boolean isValid(String typed, ConstraintValidatorContext context) {
            return typed == null || typed.isBlank() || Rule.isValid(typed);
        }
    }
}
