package uk.partnershipplans.portal.refresh.publication;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The published plan of a year as a file made at publication: the accessible PDF or the Word document. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class PublicFile {

    enum Kind {
        PDF, DOCX
    }

    @Embeddable
    record Key(Long planYearId, @Enumerated(EnumType.STRING) Kind kind) {
    }

    @EmbeddedId
    private Key key;

    private String filename;
    private byte[] content;

    PublicFile(Long planYearId, Kind kind, String filename, byte[] content) {
        this.key = new Key(planYearId, kind);
        this.filename = filename;
        this.content = content;
    }
}
