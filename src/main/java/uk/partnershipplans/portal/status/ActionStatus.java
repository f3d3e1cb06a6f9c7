package uk.partnershipplans.portal.status;

/** Where an action stands, worked out by {@link ActionStatusCalculator}; each status has one colour. */
enum ActionStatus {
    COMPLETED(Rag.GREEN),
    ON_TRACK(Rag.GREEN),
    SLIPPING(Rag.AMBER),
    OVERDUE(Rag.RED),
    NOT_STARTED(Rag.NOT_RATED),
    CANCELLED(Rag.NOT_RATED);

    private final Rag rag;

    ActionStatus(Rag rag) {
        this.rag = rag;
    }

    public Rag rag() {
        return rag;
    }
}
