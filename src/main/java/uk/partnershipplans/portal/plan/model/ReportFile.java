package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Embeddable;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A file an approved report gave as evidence: the update's attachment that serves it, and its name. */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ReportFile {

    private Long attachmentId;

    private String filename;

    public ReportFile(Long attachmentId, String filename) {
        this.attachmentId = attachmentId;
        this.filename = filename;
    }
}
