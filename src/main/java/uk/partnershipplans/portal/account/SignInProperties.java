package uk.partnershipplans.portal.account;

import java.time.Duration;
import lombok.Getter;
import lombok.Setter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sign-in rules' numbers ({@code portal.sign-in.*}). Read at each sign-in, so that a change applies at once (the
 * tests change them for a while, rather than starting the application again with other ones).
 */
@ConfigurationProperties("portal.sign-in")
@Getter
@Setter
class SignInProperties {

    /** Wrong passwords in a row that lock an account. */
    private int maxFailedAttempts = 5;

    /** How long a lock lasts, unless an admin unlocks the account sooner. */
    private Duration lockDuration = Duration.ofMinutes(15);

    /**
     * How long the only active admin, which is never locked, first waits once its attempts are used up; each wait in
     * a row is twice the one before, up to {@link #lockDuration}.
     */
    private Duration lastAdminWait = Duration.ofMinutes(1);
}
