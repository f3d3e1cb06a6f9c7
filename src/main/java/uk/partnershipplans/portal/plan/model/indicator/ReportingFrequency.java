package uk.partnershipplans.portal.plan.model.indicator;

/** How often an indicator is reported. */
public enum ReportingFrequency {
    QUARTERLY, SIX_MONTHLY, ANNUAL
}
