package uk.partnershipplans.portal.plan;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Runs one edit in its own transaction, so that what the database refuses comes back as a message on the form and never
 * as an error page or a half-saved record: a version that someone else has moved on ({@link SaveResult.Outcome#STALE}),
 * or a broken uniqueness rule, named by its constraint in the migrations ({@link Unique}).
 */
@Component
class EditTransactions {

    /** A database constraint and the field error that explains it. */
    record Unique(String constraint, Consumer<Errors> explain) {
    }

    private final TransactionTemplate transactions;
    private final EntityManager entityManager;

    EditTransactions(PlatformTransactionManager transactionManager, EntityManager entityManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.entityManager = entityManager;
    }

    /**
     * Runs the change, which returns the id of the record it saved. The change calls {@link #lockForEdit} on the record
     * the form was opened on; a stale version or a broken rule in {@code rules} rolls everything back.
     */
    SaveResult save(Errors errors, Supplier<Long> change, List<Unique> rules) {
        try {
            Long id = transactions.execute(status -> {
                Long saved = change.get();
                entityManager.flush();
                return saved;
            });
            return SaveResult.saved(id);
        } catch (StaleEdit | OptimisticLockingFailureException | OptimisticLockException | StaleStateException e) {
            return SaveResult.stale();
        } catch (Refusal refusal) {
            errors.reject(refusal.code);
            return SaveResult.invalid();
        } catch (RuntimeException e) {
            for (Unique rule : rules) {
                if (mentions(e, rule.constraint())) {
                    rule.explain().accept(errors);
                    return SaveResult.invalid();
                }
            }
            if (isOptimisticLockFailure(e)) {
                return SaveResult.stale();
            }
            throw e;
        }
    }

    /**
     * Refuses the edit if the record has changed since the form was opened ({@code formVersion} is the version the form
     * carried), and otherwise makes sure saving moves the version on even when only the record's parts change (its
     * sections, links or ticks), so that anyone else editing it at the same time is refused in turn.
     */
    void lockForEdit(Object entity, Long formVersion, long savedVersion) {
        checkVersion(formVersion, savedVersion);
        entityManager.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** Refuses a deletion asked for on a page that showed an older version of the record. */
    void checkVersion(Long formVersion, long savedVersion) {
        if (formVersion == null || formVersion != savedVersion) {
            throw new StaleEdit();
        }
    }

    /** Sends pending changes to the database now, so that later changes in the same edit are checked against them. */
    void flush() {
        entityManager.flush();
    }

    private static boolean mentions(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isOptimisticLockFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof OptimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Thrown inside a change to stop it when a rule that can only be checked in the transaction is broken: everything is
     * rolled back and the message {@code code} is put on the form.
     */
    static final class Refusal extends RuntimeException {
        private final String code;

        Refusal(String code) {
            super(code, null, false, false);
            this.code = code;
        }
    }

    /** Thrown inside a change when the form's version is not the saved one; never leaves this class. */
    static final class StaleEdit extends RuntimeException {
        StaleEdit() {
            super("The record was changed by someone else", null, false, false);
        }
    }
}
