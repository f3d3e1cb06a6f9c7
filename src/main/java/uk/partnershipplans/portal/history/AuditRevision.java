package uk.partnershipplans.portal.history;

import uk.partnershipplans.portal.shared.SavedBy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One saved change to audited records (Hibernate Envers writes one per transaction that changes any): when, and who
 * made it. An entity joins the history with {@code @Audited} and its {@code _aud} table in a migration; see
 * {@link ChangeHistory} for reading it.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AuditRevision {

    /** Who made the changes of a revision when nobody was signed in: start-up, demo data, the first admin. */
    public static final String SYSTEM = SavedBy.SYSTEM;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "rev")
    private Long id;

    @RevisionTimestamp
    private Instant changedAt;

    private String username;

    /** Set only by the migration that started the history: the records as they stood then, not as they were created. */
    private boolean historyBegan;

    void setUsername(String username) {
        this.username = username;
    }
}
