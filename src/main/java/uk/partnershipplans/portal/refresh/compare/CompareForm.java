package uk.partnershipplans.portal.refresh.compare;

import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** The year chosen to compare with, as the choice's form sends it (by GET, so that the comparison has an address). */
@Getter
@Setter
@NoArgsConstructor
class CompareForm {

    private String with;
}
