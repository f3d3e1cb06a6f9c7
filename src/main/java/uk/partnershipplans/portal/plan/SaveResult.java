package uk.partnershipplans.portal.plan;

/**
 * How an edit ended. {@code INVALID}: the form's errors say why and nothing was saved. {@code STALE}: someone else saved
 * the record since the form was opened, so nothing was saved. {@code SAVED}: {@link #id()} is the record saved.
 */
record SaveResult(Outcome outcome, Long id) {

    enum Outcome {
        SAVED, INVALID, STALE
    }

    static SaveResult saved(Long id) {
        return new SaveResult(Outcome.SAVED, id);
    }

    static SaveResult invalid() {
        return new SaveResult(Outcome.INVALID, null);
    }

    static SaveResult stale() {
        return new SaveResult(Outcome.STALE, null);
    }

    boolean isSaved() {
        return outcome == Outcome.SAVED;
    }

    boolean isStale() {
        return outcome == Outcome.STALE;
    }
}
