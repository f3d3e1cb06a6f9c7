package uk.partnershipplans.portal.plan.read;

import java.util.regex.Pattern;

/**
 * A link to a page outside the portal, as a plan gives it. Only http and https addresses become links: anything else
 * (a "javascript:" address, a typing slip) is shown as text, so stored data cannot run script through a link.
 */
record WebLink(String title, String url) {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    static WebLink of(String title, String address) {
        return new WebLink(title, isWebAddress(address) ? address.strip() : null);
    }

    /** Public for templates, which read only public methods. */
    public boolean isLink() {
        return url != null;
    }

    static boolean isWebAddress(String address) {
        return address != null && WEB_ADDRESS.matcher(address.strip()).matches();
    }
}
