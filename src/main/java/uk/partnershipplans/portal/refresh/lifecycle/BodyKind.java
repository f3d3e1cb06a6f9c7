package uk.partnershipplans.portal.refresh.lifecycle;

/** The kind of body that took a decision on a plan year. */
enum BodyKind {
    BOARD, COMMITTEE, COUNCIL, DELEGATED_OFFICER
}
