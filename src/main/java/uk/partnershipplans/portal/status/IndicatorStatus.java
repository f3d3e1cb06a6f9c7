package uk.partnershipplans.portal.status;

/**
 * Where an indicator's latest figure stands against its target or an average, worked out by
 * {@link IndicatorStatusCalculator}. Only a figure compared with something is red, amber or green: an indicator
 * with no data, a new one, one whose figure is to be confirmed ("tbc") and one still to be developed are shown as such.
 */
enum IndicatorStatus {
    /** On or better than what it is compared with. */
    MET(Rag.GREEN),
    /** Short of it, by no more than the tolerance. */
    WITHIN_TOLERANCE(Rag.AMBER),
    /** Short of it by more than the tolerance. */
    SHORT(Rag.RED),
    NO_DATA(Rag.NOT_RATED),
    NEW_INDICATOR(Rag.NOT_RATED),
    TO_BE_DEVELOPED(Rag.NOT_RATED),
    TO_BE_CONFIRMED(Rag.NOT_RATED),
    NO_POLARITY(Rag.NOT_RATED),
    NO_COMPARATOR(Rag.NOT_RATED);

    private final Rag rag;

    IndicatorStatus(Rag rag) {
        this.rag = rag;
    }

    public Rag rag() {
        return rag;
    }
}
