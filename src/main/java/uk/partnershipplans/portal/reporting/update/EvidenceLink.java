package uk.partnershipplans.portal.reporting.update;

import jakarta.persistence.Embeddable;
import lombok.AccessLevel;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A link given as evidence for an update. */
@Embeddable
@Getter
@EqualsAndHashCode
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EvidenceLink {

    private String title;

    private String url;

    EvidenceLink(String title, String url) {
        this.title = title;
        this.url = url;
    }
}
