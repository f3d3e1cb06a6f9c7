package uk.partnershipplans.portal.history;

import org.hibernate.envers.RevisionListener;
import uk.partnershipplans.portal.shared.SavedBy;

/** Signs each revision with the username of the person signed in, or {@link AuditRevision#SYSTEM} when there is none. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).setUsername(username());
    }

    public static String username() {
        return SavedBy.signedIn();
    }
}
