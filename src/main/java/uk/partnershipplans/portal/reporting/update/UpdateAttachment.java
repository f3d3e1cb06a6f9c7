package uk.partnershipplans.portal.reporting.update;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * A file given as evidence for an update. Its type is the one detected from its content, never the one the browser
 * claimed. Lists read the other columns through a projection, so the content is loaded only to serve the file.
 */
@Entity
@Table(name = "progress_update_attachment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class UpdateAttachment extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "update_id")
    private ProgressUpdate update;

    private String filename;

    private String contentType;

    private long sizeBytes;

    private byte[] content;

    private String uploadedBy;

    private Instant uploadedAt;

    UpdateAttachment(ProgressUpdate update, String filename, String contentType, byte[] content, String uploadedBy,
            Instant uploadedAt) {
        this.update = update;
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }
}
