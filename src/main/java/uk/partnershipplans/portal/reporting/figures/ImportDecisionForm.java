package uk.partnershipplans.portal.reporting.figures;

import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** Confirming an import, or a reviewer's decision on it: the version read, and why it is returned. */
@Getter
@Setter
@NoArgsConstructor
class ImportDecisionForm {

    private long version;

    private String returnComment;
}
