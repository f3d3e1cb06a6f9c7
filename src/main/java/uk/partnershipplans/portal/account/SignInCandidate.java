package uk.partnershipplans.portal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * An account as sign-in sees it, with what was decided before its password is checked: whether one of its attempts
 * was taken (else its password is not checked at all), if it is locked, until when, and if it must wait (the only
 * active admin, which is never locked), how long. Made by {@link AccountUserDetailsService}, read by
 * {@link AccountAuthenticationProvider}.
 */
class SignInCandidate extends User {

    private final boolean attemptTaken;

    /** The end of the account's lock; null when it is not locked. */
    private final Instant lockedUntil;

    /** How long the only active admin must still wait before its password is checked again; null when it need not. */
    private final Duration wait;

    SignInCandidate(String username, String passwordHash, boolean active, Collection<? extends GrantedAuthority> authorities,
            boolean attemptTaken, Instant lockedUntil, Duration wait) {
        super(username, passwordHash, active, true, true, lockedUntil == null, authorities);
        this.attemptTaken = attemptTaken;
        this.lockedUntil = lockedUntil;
        this.wait = wait;
    }

    boolean attemptTaken() {
        return attemptTaken;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    Duration waitFor() {
        return wait;
    }
}
