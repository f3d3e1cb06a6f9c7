package uk.partnershipplans.portal.reporting.update;

import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A lead's decision on a submitted update: the version they read, and why they return it. */
@Getter
@Setter
@NoArgsConstructor
class DecisionForm {

    private long version;

    private String returnComment;
}
