package uk.partnershipplans.portal.system;

/** One link in the service navigation. */
public record NavigationItem(String messageKey, String href, boolean current) {
}
