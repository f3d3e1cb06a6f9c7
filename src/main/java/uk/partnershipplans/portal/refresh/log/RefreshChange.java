package uk.partnershipplans.portal.refresh.log;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import uk.partnershipplans.portal.shared.StoredRecord;

/** One line of a refresh's change log: what happened to one record, with its words before and after. */
@Entity
@Table(name = "plan_refresh_change")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RefreshChange extends StoredRecord {

    /** The kind of record changed. */
    public enum Subject {
        PRIORITY, ACTION, MILESTONE, INDICATOR, PARTNER, THEME, PRINCIPLE, OBJECTIVE, SECTION
    }

    /** What happened to it. */
    public enum Change {
        ADDED, DROPPED, REWORDED, CARRIED_FORWARD, COPIED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "refresh_id")
    private PlanRefresh refresh;

    private int position;

    @Enumerated(EnumType.STRING)
    private Subject subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "change")
    private Change change;

    private Long fromRecordId;

    private Long toRecordId;

    private String wordsBefore;

    private String wordsAfter;

    /** Why it changed as it did, where the words do not say; null when they do. */
    private String note;

    RefreshChange(PlanRefresh refresh, int position, Subject subject, Change change, Long fromRecordId, Long toRecordId,
            String wordsBefore, String wordsAfter, String note) {
        this.refresh = refresh;
        this.position = position;
        this.subject = subject;
        this.change = change;
        this.fromRecordId = fromRecordId;
        this.toRecordId = toRecordId;
        this.wordsBefore = wordsBefore;
        this.wordsAfter = wordsAfter;
        this.note = note;
    }
}
