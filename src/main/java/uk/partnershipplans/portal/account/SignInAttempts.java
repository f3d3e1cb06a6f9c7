package uk.partnershipplans.portal.account;

import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Locks an account for a while after repeated wrong passwords, so that passwords cannot be guessed at speed. */
@Component
@RequiredArgsConstructor
class SignInAttempts {

    private final AccountRepository accounts;
    private final SignInProperties properties;
    private final Clock clock;

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(Account.normalise(event.getAuthentication().getName()))
                .ifPresent(account -> account.recordFailedSignIn(
                        clock.instant(), properties.maxFailedAttempts(), properties.lockDuration()));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsername(Account.normalise(event.getAuthentication().getName()))
                .ifPresent(Account::recordSuccessfulSignIn);
    }
}
