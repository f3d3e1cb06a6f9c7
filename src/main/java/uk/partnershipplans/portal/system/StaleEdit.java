package uk.partnershipplans.portal.system;

/**
 * Someone else saved the record after the person opened the form: the form's version no longer matches. Thrown by
 * services before anything is written; controllers show the saved values again with {@code form.stale}.
 */
public class StaleEdit extends RuntimeException {

    public StaleEdit() {
        super("The record changed since the form was opened");
    }
}
