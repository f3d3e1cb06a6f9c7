package uk.partnershipplans.portal.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import uk.partnershipplans.portal.history.NamedAs;
import uk.partnershipplans.portal.shared.Reach;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.shared.StoredRecord;

@Entity
@Audited
@Table(name = "account")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Account extends StoredRecord {

    private String username;

    private String displayName;

    /** Where reporting reminders go; null when the account has none, and then it gets no reminders. */
    private String email;

    @NotAudited // history keeps no secrets
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50) // the roles of a page of the accounts list in one query
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /**
     * The partnerships whose plans the account reads and changes (see {@link uk.partnershipplans.portal.shared.Reach});
     * an admin that belongs to none is an admin of the whole installation.
     */
    @NamedAs("Partnership")
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @CollectionTable(name = "account_partnership", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "partnership_id")
    private Set<Long> partnershipIds = new HashSet<>();

    private boolean active = true;

    /** The person in the partner directory this account belongs to; null for the demo accounts and the first admin. */
    @NotAudited // the person's own changes are in the partner directory's history
    private Long personId;

    /** The password was given by an admin: the owner must choose their own before using the portal. */
    private boolean mustChangePassword;

    @NotAudited // a failed sign-in is not a change to the account
    private int failedAttempts;

    @NotAudited
    private Instant lockedUntil;

    /** When the lock that ends at {@link #lockedUntil} began. */
    @NotAudited
    private Instant lockedAt;

    /**
     * How many times in a row the account has had to wait rather than be locked, as the only active admin (see
     * {@link SignInAttempts}); each wait is twice as long as the one before.
     */
    @NotAudited
    private int signInWaits;

    /** When an admin last unlocked the account: recorded, so that its history says who unlocked it and when. */
    private Instant unlockedAt;

    private Instant createdAt;

    @Version
    private long version;

    Account(String username, String displayName, String passwordHash, Set<Role> roles, Set<Long> partnershipIds,
            Instant createdAt) {
        this.username = normalise(username);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.partnershipIds = new HashSet<>(partnershipIds);
        this.createdAt = createdAt;
    }

    boolean hasRole(Role role) {
        return roles.contains(role);
    }

    Reach reach() {
        return reach(hasRole(Role.ADMIN), partnershipIds);
    }

    /** The one rule: an admin of no partnership reaches every partnership; anyone else, the partnerships named. */
    static Reach reach(boolean admin, Collection<Long> partnershipIds) {
        return admin && partnershipIds.isEmpty() ? Reach.EVERYWHERE : Reach.of(partnershipIds);
    }

    void revise(String displayName, Set<Role> roles, Set<Long> partnershipIds) {
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
        this.partnershipIds.clear();
        this.partnershipIds.addAll(partnershipIds);
    }

    /** {@code email} null for none. */
    void changeEmail(String email) {
        this.email = email;
    }

    void linkTo(Long personId) {
        this.personId = personId;
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    /** A password an admin gave: the owner must change it at the next sign-in. Clears any lock from failed attempts. */
    void resetPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        requirePasswordChange();
        clearSignInAttempts();
    }

    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /** A password the owner chose. */
    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    /** Whether the account is locked at {@code now}, after too many wrong passwords. */
    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** An admin unlocks the account: it has all its attempts again. */
    void unlock(Instant now) {
        clearSignInAttempts();
        this.unlockedAt = now;
    }

    /** Whether the account is waiting at {@code now}, its password not checked, as the only active admin. */
    boolean isWaiting(Instant now) {
        return isLocked(now) && signInWaits > 0;
    }

    private void clearSignInAttempts() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.lockedAt = null;
        this.signInWaits = 0;
    }

    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
