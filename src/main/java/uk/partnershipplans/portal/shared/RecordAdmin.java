package uk.partnershipplans.portal.shared;

import java.util.Optional;

/**
 * The rules for keeping one kind of record, as {@link RecordPages} asks them: each method refuses what breaks a rule
 * with a {@link Refusal}, and a save or delete of a record changed since its page was opened with a {@link StaleEdit}.
 *
 * @param <F> the record's form
 */
public interface RecordAdmin<F> {

    /** The saved record as a form, with its version. */
    F form(Long id);

    /**
     * Adds a record and returns its id; {@code parentId} is the record it is kept in, for a kind kept inside another
     * (null for a kind kept on its own).
     */
    Long create(Long parentId, F form);

    /** The id of the record this one is kept in, for a kind kept inside another; null for a kind kept on its own. */
    default Long keptIn(Long id) {
        return null;
    }

    /** Saves the form over the record. */
    void update(Long id, F form);

    /** Why the record cannot be deleted, if it cannot; by default it always can. */
    default Optional<Refusal> deletionRefusal(Long id) {
        return Optional.empty();
    }

    /** Deletes the record that a page showed at {@code version}. */
    void delete(Long id, long version);
}
