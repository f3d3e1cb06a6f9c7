package uk.partnershipplans.portal.status;

/** The colour a board sees at a glance, always shown with words: red, amber, green, or not rated (grey). */
enum Rag {
    RED, AMBER, GREEN, NOT_RATED;

    public boolean isRated() {
        return this != NOT_RATED;
    }
}
