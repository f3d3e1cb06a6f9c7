package uk.partnershipplans.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.shared.Role;

/**
 * Locks an account for a while after repeated wrong passwords, so that passwords cannot be guessed at speed. The
 * attempts are taken before each check ({@link AccountUserDetailsService}); here a wrong password may lock the account
 * and a right one (even of a deactivated account) gives the attempts back, and a sign-in gives the username back its
 * allowance in the {@link SignInThrottle}. The right password of a locked account gives nothing back: the lock lasts
 * its time. Each is one statement, so sign-ins at the same instant never clash.
 *
 * <p>The only active admin is never locked, or wrong passwords alone could leave the portal with no admin to unlock
 * anyone: once its attempts are used up it waits instead, its password not checked at all, for
 * {@code portal.sign-in.last-admin-wait} at first and twice as long for each wait in a row, up to the length of a lock.
 * Its right password, after a wait, ends the run.
 */
@Component
@RequiredArgsConstructor
class SignInAttempts {

    private final AccountRepository accounts;
    private final SignInProperties properties;
    private final Clock clock;
    private final SignInThrottle throttle;

    @EventListener
    public void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = username(event);
        Instant now = clock.instant();
        int max = properties.getMaxFailedAttempts();
        accounts.findByUsername(username).filter(account -> account.getFailedAttempts() >= max).ifPresent(account -> {
            if (isTheOnlyActiveAdmin(account)) {
                accounts.waitIfAttemptsUsedUp(username, max, now, now.plus(waitAfter(account.getSignInWaits())));
            } else {
                accounts.lockIfAttemptsUsedUp(username, max, now, now.plus(properties.getLockDuration()));
            }
        });
    }

    @EventListener
    public void onRightPasswordOfADeactivatedAccount(AuthenticationFailureDisabledEvent event) {
        accounts.clearSignInAttempts(username(event));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.clearSignInAttempts(username(event));
        throttle.forgetUsername(username(event));
    }

    /** The wait after {@code waitsBefore} waits in a row: the first wait, doubled for each, up to a lock's length. */
    private Duration waitAfter(int waitsBefore) {
        Duration longest = properties.getLockDuration();
        Duration wait = properties.getLastAdminWait();
        for (int i = 0; i < waitsBefore && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) < 0 ? wait : longest;
    }

    private boolean isTheOnlyActiveAdmin(Account account) {
        return account.isActive() && account.hasRole(Role.ADMIN)
                && !accounts.existsOtherActiveWithRole(Role.ADMIN, account.getId());
    }

    private static String username(AbstractAuthenticationEvent event) {
        return Account.normalise(event.getAuthentication().getName());
    }
}
