package uk.partnershipplans.portal.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import java.util.Optional;

/**
 * Who saved a record last and when, for records whose every change is not kept (those are audited with Envers; see
 * {@link ChangeHistory#lastSaved}). Signed on every insert and update, whoever makes it, so it is never out of date;
 * records saved before it was kept have none. A save that changes only what belongs to the record (its sections, its
 * links) calls {@link #signSave()} so that the record itself is written and signed too.
 */
@MappedSuperclass
public abstract class SavedStamp extends StoredRecord {

    @Column(name = "saved_by")
    private String savedBy;

    @Column(name = "saved_at")
    private Instant savedAt;

    /** Empty for a record not saved since the portal began keeping this. */
    public Optional<SavedBy> lastSaved() {
        return savedBy == null || savedAt == null ? Optional.empty() : Optional.of(new SavedBy(savedBy, savedAt));
    }

    @PrePersist
    @PreUpdate
    public void signSave() {
        savedBy = SavedBy.signedIn();
        savedAt = Instant.now();
    }
}
