package uk.partnershipplans.portal.plan.read;

import uk.partnershipplans.portal.shared.WebAddress;

/**
 * A link to a page outside the portal, as a plan gives it. Only http and https addresses become links: anything else
 * (a "javascript:" address, a typing slip) is shown as text, so stored data cannot run script through a link.
 */
record WebLink(String title, String url) {

    static WebLink of(String title, String address) {
        return new WebLink(title, WebAddress.Rule.isValid(address) ? address.strip() : null);
    }

    /** Public for templates, which read only public methods. */
    public boolean isLink() {
        return url != null;
    }
}
