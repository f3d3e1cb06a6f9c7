package uk.partnershipplans.portal.plan.model.indicator;

/** Whether a plan year treats an indicator as a key outcome or a supplementary indicator. */
public enum IndicatorCategory {
    KEY_OUTCOME, SUPPLEMENTARY
}
