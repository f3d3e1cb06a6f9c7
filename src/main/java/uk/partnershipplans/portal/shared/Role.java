package uk.partnershipplans.portal.shared;

import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What an account may do in the portal. Spring Security sees each as the authority {@code ROLE_<name>}; code asks
 * this type rather than comparing names.
 */
public enum Role {
    ADMIN, BOARD, OFFICER;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether the person signed in as {@code authentication} has this role; nobody signed in has none. */
    public boolean isHeldBy(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(authority()::equals);
    }

    /** Board members and admins change what a plan says; officers only read it. */
    public static boolean mayEditPlans(Authentication authentication) {
        return Arrays.stream(new Role[] {BOARD, ADMIN}).anyMatch(role -> role.isHeldBy(authentication));
    }
}
