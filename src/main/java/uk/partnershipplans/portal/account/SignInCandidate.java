package uk.partnershipplans.portal.account;

import java.time.Instant;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * An account as sign-in sees it, with what was decided before its password is checked: whether one of its attempts
 * was taken (else its password is not checked at all) and, if it is locked, until when. Made by
 * {@link AccountUserDetailsService}, read by {@link AccountAuthenticationProvider}.
 */
class SignInCandidate extends User {

    private final boolean attemptTaken;

    /** The end of the account's lock; null when it is not locked. */
    private final Instant lockedUntil;

    SignInCandidate(String username, String passwordHash, boolean active, Collection<? extends GrantedAuthority> authorities,
            boolean attemptTaken, Instant lockedUntil) {
        super(username, passwordHash, active, true, true, lockedUntil == null, authorities);
        this.attemptTaken = attemptTaken;
        this.lockedUntil = lockedUntil;
    }

    boolean attemptTaken() {
        return attemptTaken;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
