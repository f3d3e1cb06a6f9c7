package uk.partnershipplans.portal.governance.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.StoredRecord;

/** A source of a key activity's evidence, typed: a committee report, a web page, a conversation, or another. */
@Entity
@Audited
@Table(name = "final_review_source")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Source extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    private int position;

    @Enumerated(EnumType.STRING)
    private SourceKind kind;

    private String title;
    private String body;
    private LocalDate dated;
    private String address;
    private String role;
    private String description;

    @Version
    private long version;

    Source(Activity activity) {
        this.activity = activity;
    }

    /** Keeps only the fields of its kind. */
    void revise(int position, SourceKind kind, String title, String body, LocalDate dated, String address, String role,
            String description) {
        this.position = position;
        this.kind = kind;
        boolean report = kind == SourceKind.COMMITTEE_REPORT;
        this.title = report ? title : null;
        this.body = report ? body : null;
        this.dated = report ? dated : null;
        this.address = kind == SourceKind.WEB_PAGE ? address : null;
        this.role = kind == SourceKind.CONVERSATION ? role : null;
        this.description = kind == SourceKind.OTHER || kind == SourceKind.CONVERSATION ? description : null;
    }
}
