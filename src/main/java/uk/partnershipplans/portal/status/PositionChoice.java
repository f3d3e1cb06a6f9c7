package uk.partnershipplans.portal.status;

import lombok.Getter;
import lombok.Setter;
import uk.partnershipplans.portal.shared.DateField;

/**
 * The day a board member chose to see a year's position as at, as the GET form (or a round's link) sends it: blank for
 * the year's own day. Kept as typed, so a date that is not real is shown back with what to fix.
 */
@Getter
@Setter
class PositionChoice {

    private DateField on = new DateField();
}
