package uk.partnershipplans.portal.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.shared.Role;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByPersonId(Long personId);

    @Query("select count(a) > 0 from Account a join a.roles r where a.active = true and r = :role")
    boolean existsActiveWithRole(Role role);

    @Query("select count(a) > 0 from Account a join a.roles r where a.active = true and r = :role and a.id <> :id")
    boolean existsOtherActiveWithRole(Role role, Long id);

    /**
     * The active accounts with a role, locked until the transaction ends: two admins changing admin accounts at the
     * same moment then take turns, so they cannot together leave the portal without an active admin.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.active = true and :role member of a.roles")
    List<Account> lockActiveWithRole(Role role);

    /**
     * One page of the admin list: display name or username containing {@code pattern} (lower case, with % and _
     * escaped), with any of {@code roles}, active or not as {@code active} lists, and of one of {@code partnershipIds}
     * unless the list shows {@code everywhere}.
     */
    @Query("select a from Account a where (lower(a.displayName) like :pattern escape '\\' or a.username like :pattern escape '\\')"
            + " and a.active in :active and exists (select r from Account b join b.roles r where b = a and r in :roles)"
            + " and (:everywhere = true"
            + " or exists (select p from Account c join c.partnershipIds p where c = a and p in :partnershipIds))")
    Page<Account> search(String pattern, Collection<Role> roles, Collection<Boolean> active, boolean everywhere,
            Collection<Long> partnershipIds, Pageable pageable);

    @Query("select a.personId from Account a where a.personId is not null")
    List<Long> linkedPersonIds();

    /**
     * Takes one of the sign-in attempts the account has, in one statement, so that attempts made at the same instant
     * are counted one by one: 1 when one was free (its password may be checked), 0 when they are all taken. An account
     * has {@code max} attempts before it locks and, while locked, {@code max} more, whose passwords are checked only so
     * that someone who types the right one can be told it is locked; while it waits (the only active admin) it has
     * none. A lock or wait that has ended gives all the attempts back (this one taken). The version does not move: a
     * sign-in is not a change to the account.
     */
    @Modifying
    @Transactional
    @Query("update Account a set"
            + " a.failedAttempts = case when a.lockedUntil <= :now then 1 else a.failedAttempts + 1 end,"
            + " a.lockedAt = case when a.lockedUntil <= :now then null else a.lockedAt end,"
            + " a.lockedUntil = case when a.lockedUntil <= :now then null else a.lockedUntil end"
            + " where a.username = :username and (a.lockedUntil <= :now"
            + " or a.failedAttempts < :max and (a.lockedUntil is null or a.signInWaits = 0))")
    int takeSignInAttempt(String username, int max, Instant now);

    /**
     * Locks the account until {@code until} once all its attempts are taken and failed, unless it is locked already:
     * wrong passwords while it is locked do not make the lock longer.
     */
    @Modifying
    @Transactional
    @Query("update Account a set a.lockedUntil = :until, a.lockedAt = :now, a.failedAttempts = 0, a.signInWaits = 0"
            + " where a.username = :username and a.failedAttempts >= :max and (a.lockedUntil is null or a.lockedUntil <= :now)")
    int lockIfAttemptsUsedUp(String username, int max, Instant now, Instant until);

    /**
     * As {@link #lockIfAttemptsUsedUp}, for the only active admin: it waits until {@code until}, and its count of waits
     * in a row goes up by one.
     */
    @Modifying
    @Transactional
    @Query("update Account a set a.lockedUntil = :until, a.lockedAt = :now, a.failedAttempts = 0,"
            + " a.signInWaits = a.signInWaits + 1"
            + " where a.username = :username and a.failedAttempts >= :max and (a.lockedUntil is null or a.lockedUntil <= :now)")
    int waitIfAttemptsUsedUp(String username, int max, Instant now, Instant until);

    /** Gives the account back all its attempts, and ends any wait: its password was right. */
    @Modifying
    @Transactional
    @Query("update Account a set a.failedAttempts = 0, a.lockedUntil = null, a.lockedAt = null, a.signInWaits = 0"
            + " where a.username = :username")
    int clearSignInAttempts(String username);
}
