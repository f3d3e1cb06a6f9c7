package uk.partnershipplans.portal.account;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the sessions of an account whose access changed, once the change is committed: a deactivated account is out at
 * its next click, a reset password must be used at once, and new roles apply from the next sign-in.
 */
@Component
@RequiredArgsConstructor
class SignedInSessions {

    private final SessionRegistry sessions;

    @TransactionalEventListener
    void accessChanged(AccountAccessChanged event) {
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails user && user.getUsername().equals(event.username()))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
