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

    /** How many sign-in attempts are taken from one client address and for one username ({@link SignInThrottle}). */
    private final Throttle throttle = new Throttle();

    @Getter
    @Setter
    static class Throttle {

        /** Attempts from one client address in a period; set above a username's, as an office may share an address. */
        private int perAddress = 30;

        /** Attempts for one username, whether an account has it or not, in a period. */
        private int perUsername = 5;

        /** The period the attempts are counted over. */
        private Duration period = Duration.ofMinutes(1);

        /** How many addresses and how many usernames are remembered, at most; the longest unused are forgotten first. */
        private int remembered = 10_000;
    }
}
