package uk.partnershipplans.portal.governance.equality;

/** What an equality impact assessment concludes for what it assessed. */
enum Outcome {
    NO_MAJOR_CHANGE, ADJUST, CONTINUE, STOP
}
