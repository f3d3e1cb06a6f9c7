package uk.partnershipplans.portal.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused, its password not checked, until {@code wait} has passed: answered with 429 and the page that says
 * to wait ({@link SignInController}).
 */
class TooManySignInAttempts extends AuthenticationException {

    private final transient Duration wait;

    TooManySignInAttempts(Duration wait) {
        super("Too many sign-in attempts");
        this.wait = wait;
    }

    Duration waitFor() {
        return wait;
    }
}
