package uk.partnershipplans.portal.partner.model;

public enum GroupType {
    BOARD, EXECUTIVE, COMMISSIONING_GROUP, HUB, LOCALITY_GROUP, REFERENCE_GROUP, OTHER
}
