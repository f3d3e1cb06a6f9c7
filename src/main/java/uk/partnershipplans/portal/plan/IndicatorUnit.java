package uk.partnershipplans.portal.plan;

/** What an indicator's figures measure. */
public enum IndicatorUnit {
    PERCENTAGE, RATE_PER_1000, RATE_PER_10000, RATE_PER_100000, COUNT, NUMBER;

    /** Whether a figure in this unit may be below zero: only a plain number (a change, a balance) may. */
    public boolean allowsNegative() {
        return this == NUMBER;
    }
}
