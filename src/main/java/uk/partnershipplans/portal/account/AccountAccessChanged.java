package uk.partnershipplans.portal.account;

/** An account's roles, password or status changed: the sessions it has signed in with must end. */
record AccountAccessChanged(String username) {
}
