package uk.partnershipplans.portal.account;

import java.time.Instant;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in by username and password, answering so that only someone who typed an account's right password learns
 * anything about it: an unknown username, a wrong password, and any password of an account whose attempts are all
 * taken (which is not checked) get the same answer, in about the same time. Only after the right password is the
 * account said to be deactivated ({@link DisabledException}) or locked ({@link AccountLocked}). The only active admin,
 * which is never locked but waits, is told to wait ({@link TooManySignInAttempts}), its password not checked.
 */
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    /** Compared with the typed password when the account's own is not checked, so that the answer takes as long. */
    private final String unusedHash;

    AccountAuthenticationProvider(AccountUserDetailsService accounts, PasswordEncoder passwordEncoder) {
        super(accounts);
        setPasswordEncoder(passwordEncoder);
        this.unusedHash = passwordEncoder.encode("a password no account has");
        // Nothing is refused before the password is compared (the attempt was taken or not in loading the account)...
        setPreAuthenticationChecks(user -> {
        });
        // ...and what stops the right password is said only once it is known to be right.
        setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account deactivated");
            }
            if (user instanceof SignInCandidate candidate && candidate.lockedUntil() != null) {
                throw new AccountLocked(candidate.lockedUntil());
            }
        });
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        if (user instanceof SignInCandidate candidate && candidate.waitFor() != null) {
            throw new TooManySignInAttempts(candidate.waitFor());
        }
        if (user instanceof SignInCandidate candidate && !candidate.attemptTaken()) {
            Object typed = authentication.getCredentials();
            getPasswordEncoder().matches(typed == null ? "" : typed.toString(), unusedHash);
            throw new AttemptNotChecked();
        }
        super.additionalAuthenticationChecks(user, authentication);
    }

    /** The signed-in principal is a plain {@link User}: what was decided before the check is not kept in the session. */
    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication, UserDetails user) {
        UserDetails plain = User.withUserDetails(user).build();
        return super.createSuccessAuthentication(plain, authentication, plain);
    }

    /**
     * A password that was not checked, because the account's attempts are all taken: answered as a wrong password. A
     * type of its own, so that it is not counted as a wrong password (no event is published for it).
     */
    static final class AttemptNotChecked extends BadCredentialsException {

        AttemptNotChecked() {
            super("Attempts used up");
        }
    }

    /** The right password of a locked account: the only answer that says the account is locked, and until when. */
    static final class AccountLocked extends LockedException {

        private final transient Instant until;

        AccountLocked(Instant until) {
            super("Account locked");
            this.until = until;
        }

        Instant until() {
            return until;
        }
    }
}
