package uk.partnershipplans.portal.system;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs each revision with the username of the person signed in, or {@link AuditRevision#SYSTEM} when there is none. */
class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).setUsername(username());
    }

    static String username() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        boolean person = signedIn != null && signedIn.isAuthenticated()
                && !(signedIn instanceof AnonymousAuthenticationToken);
        return person ? signedIn.getName() : AuditRevision.SYSTEM;
    }
}
