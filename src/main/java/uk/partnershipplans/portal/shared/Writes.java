package uk.partnershipplans.portal.shared;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Writes to the database at once, inside the caller's transaction, and turns what the database refuses into what a
 * person can act on: a broken constraint into a {@link Refusal} on the matching field, a version clash into a
 * {@link StaleEdit}. The services check the rules first; this catches what slips past them, such as two people
 * saving the same name at the same moment. Either exception rolls the transaction back.
 */
public final class Writes {

    private Writes() {
    }

    /**
     * Runs {@code write} (which should flush, e.g. {@code saveAndFlush}) and translates its failures. {@code problems}
     * maps constraint names (lower case, as in the migrations) to the problem to show; any other broken constraint
     * is refused with a general message. A version clash is a {@link StaleEdit} however it is reported: translated by
     * Spring when it came through a repository, or as JPA's own exception when it came straight from the
     * {@code EntityManager} (a lock that moves the version on finds that someone else's save has just moved it).
     */
    public static <T> T flushed(Supplier<T> write, Map<String, Refusal.Problem> problems) {
        try {
            return write.get();
        } catch (OptimisticLockingFailureException | jakarta.persistence.OptimisticLockException e) {
            throw new StaleEdit();
        } catch (DataIntegrityViolationException e) {
            String detail = describe(e);
            for (Map.Entry<String, Refusal.Problem> problem : problems.entrySet()) {
                if (detail.contains(problem.getKey())) {
                    throw new Refusal(List.of(problem.getValue()));
                }
            }
            throw Refusal.of(null, "admin.constraint");
        }
    }

    public static void flushed(Runnable write, Map<String, Refusal.Problem> problems) {
        flushed(() -> {
            write.run();
            return null;
        }, problems);
    }

    /**
     * The one way to delete a record that a page showed at {@code shownVersion}: refused as a {@link StaleEdit} when it
     * has changed since (its {@code savedVersion} differs), then with the reason {@code refusal} gives, if any;
     * otherwise deleted and flushed at once.
     */
    public static <T> void delete(JpaRepository<T, ?> repository, T record, Long shownVersion, long savedVersion,
            Supplier<Optional<Refusal>> refusal) {
        StaleEdit.check(shownVersion, savedVersion);
        refusal.get().ifPresent(reason -> {
            throw reason;
        });
        flushed(() -> {
            repository.delete(record);
            repository.flush();
        }, Map.of());
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null) {
                text.append(violation.getConstraintName()).append(' ');
            }
            text.append(cause.getMessage()).append(' ');
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
