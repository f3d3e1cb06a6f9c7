package uk.partnershipplans.portal.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A record kept in a table of its own, identified by the number the database gives it on insert ({@code id}). */
@MappedSuperclass
public abstract class StoredRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null until the record is first saved. */
    public Long getId() {
        return id;
    }
}
