package uk.partnershipplans.portal.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first admin account, given once through environment variables (see the README). */
@ConfigurationProperties("portal.first-admin")
record FirstAdminProperties(String username, String password, String displayName) {

    boolean isGiven() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }
}
