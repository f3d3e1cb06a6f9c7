package uk.partnershipplans.portal.plan.model.indicator;

/** The kind of period an indicator's figures cover. */
public enum PeriodType {
    QUARTER, FINANCIAL_YEAR, ACADEMIC_YEAR, CALENDAR_YEAR
}
