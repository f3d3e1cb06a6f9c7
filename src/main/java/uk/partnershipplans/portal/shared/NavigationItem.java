package uk.partnershipplans.portal.shared;

/** One link in the service navigation. */
public record NavigationItem(String messageKey, String href, boolean current) {
}
