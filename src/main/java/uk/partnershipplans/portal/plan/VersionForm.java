package uk.partnershipplans.portal.plan;

import lombok.Getter;
import lombok.Setter;

/** A confirmation form that carries only the version of the record it is about, so a stale deletion is refused. */
@Getter
@Setter
class VersionForm {

    private Long version;

    VersionForm() {
    }

    VersionForm(Long version) {
        this.version = version;
    }
}
