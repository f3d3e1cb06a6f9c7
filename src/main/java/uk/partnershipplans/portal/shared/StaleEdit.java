package uk.partnershipplans.portal.shared;

/**
 * Someone else saved the record after the person opened the form: the form's version no longer matches. Thrown by
 * services before anything is written; {@link Forms#save} keeps what was typed and shows the saved version beside it.
 */
public class StaleEdit extends RuntimeException {

    public StaleEdit() {
        super("The record changed since the form was opened");
    }

    /**
     * The one version check: refuses a save or delete sent from a page that showed {@code formVersion} (none when the
     * form lost it) of a record now at {@code savedVersion}.
     */
    public static void check(Long formVersion, long savedVersion) {
        if (formVersion == null || formVersion != savedVersion) {
            throw new StaleEdit();
        }
    }
}
