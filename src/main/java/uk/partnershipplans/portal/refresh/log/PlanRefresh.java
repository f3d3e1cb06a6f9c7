package uk.partnershipplans.portal.refresh.log;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * A plan year started from another: the next year of the same plan, or the first year of a new plan started from the
 * previous plan. Its change log says what happened to each record. Never changed once confirmed.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanRefresh extends StoredRecord {

    /** How the year was started. */
    public enum Kind {
        NEXT_YEAR, NEW_PLAN
    }

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private Long fromYearId;

    private Long toYearId;

    private String confirmedBy;

    private Instant confirmedAt;

    @OneToMany(mappedBy = "refresh", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RefreshChange> changes = new ArrayList<>();

    public PlanRefresh(Kind kind, Long fromYearId, Long toYearId, String confirmedBy, Instant confirmedAt) {
        this.kind = kind;
        this.fromYearId = fromYearId;
        this.toYearId = toYearId;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
    }

    /**
     * Logs one change, in the order made.
     *
     * @param fromRecordId the record in the year refreshed, or null for one added
     * @param toRecordId   its counterpart in the new year, or null for one dropped
     * @param wordsBefore  its words before (a title, an action's text), or null for one added
     * @param wordsAfter   its words after, or null for one dropped
     */
    public void log(RefreshChange.Subject subject, RefreshChange.Change change, Long fromRecordId, Long toRecordId,
            String wordsBefore, String wordsAfter) {
        log(subject, change, fromRecordId, toRecordId, wordsBefore, wordsAfter, null);
    }

    /** Logs one change with why it happened as it did ({@code note}), where its words do not say. */
    public void log(RefreshChange.Subject subject, RefreshChange.Change change, Long fromRecordId, Long toRecordId,
            String wordsBefore, String wordsAfter, String note) {
        changes.add(new RefreshChange(this, changes.size() + 1, subject, change, fromRecordId, toRecordId, wordsBefore,
                wordsAfter, note));
    }
}
