package uk.partnershipplans.portal.shared;

/** One choice in a select, a set of radios or a set of checkboxes (see templates/fragments/forms.html). */
public record Option(String value, String label) {
}
