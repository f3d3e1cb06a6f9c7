package uk.partnershipplans.portal.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a service call as a signed-in person, for tests that call services directly between MockMvc requests (each
 * request ends by clearing the thread's security context, so a test-wide {@code @WithMockUser} does not outlive it).
 */
public final class SignedIn {

    private SignedIn() {
    }

    /** {@code work} done as the demo admin, an admin of the whole installation. */
    public static <T> T asAdmin(Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
