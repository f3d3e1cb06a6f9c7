package uk.partnershipplans.portal.account;

/** What an account may do in the portal. Spring Security sees each as the authority {@code ROLE_<name>}. */
public enum Role {
    ADMIN, BOARD, OFFICER;

    public String authority() {
        return "ROLE_" + name();
    }
}
