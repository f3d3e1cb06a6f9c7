package uk.partnershipplans.portal.partner;

/** Whether the Children Act 2004 (or the partnership's own statute) names the organisation as a relevant partner. */
public enum PartnerCategory {
    RELEVANT_PARTNER, OTHER_PARTNER
}
