package uk.partnershipplans.portal.account;

import java.time.Clock;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords, so that passwords cannot be guessed at speed. The
 * attempts are taken before each check ({@link AccountUserDetailsService}); here a wrong password may lock the account
 * and a right one (even of a deactivated account) gives the attempts back. The right password of a locked account
 * gives nothing back: the lock lasts its time. Each is one statement, so sign-ins at the same instant never clash.
 */
@Component
@RequiredArgsConstructor
class SignInAttempts {

    private final AccountRepository accounts;
    private final SignInProperties properties;
    private final Clock clock;

    @EventListener
    public void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        accounts.lockIfAttemptsUsedUp(username(event), properties.getMaxFailedAttempts(), now,
                now.plus(properties.getLockDuration()));
    }

    @EventListener
    public void onRightPasswordOfADeactivatedAccount(AuthenticationFailureDisabledEvent event) {
        accounts.clearSignInAttempts(username(event));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.clearSignInAttempts(username(event));
    }

    private static String username(AbstractAuthenticationEvent event) {
        return Account.normalise(event.getAuthentication().getName());
    }
}
