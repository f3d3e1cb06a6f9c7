package uk.partnershipplans.portal.governance.review;

/** What kind of source evidence comes from, each described by its own fields. */
enum SourceKind {
    /** A report to a committee or board: its title, the body and the date. */
    COMMITTEE_REPORT,
    /** A web page: its address. */
    WEB_PAGE,
    /** A conversation with someone in a named role. */
    CONVERSATION,
    /** Any other source, described in words. */
    OTHER
}
