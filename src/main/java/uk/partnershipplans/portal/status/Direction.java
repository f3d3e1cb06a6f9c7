package uk.partnershipplans.portal.status;

/** Direction of travel: the latest figure against the previous figure for the same kind of period. */
enum Direction {
    IMPROVING, NO_CHANGE, WORSENING, NOT_KNOWN
}
