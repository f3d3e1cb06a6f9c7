package uk.partnershipplans.portal.plan;

/** Which direction of an indicator is good. */
public enum Polarity {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
