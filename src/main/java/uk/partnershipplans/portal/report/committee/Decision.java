package uk.partnershipplans.portal.report.committee;

/** What a board or committee decided on a recommendation. */
enum Decision {
    AGREED, AGREED_WITH_CHANGES, NOTED, NOT_AGREED, DEFERRED
}
