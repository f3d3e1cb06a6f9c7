package uk.partnershipplans.portal.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a person signed in with a password an admin gave them on the change-password page until they choose their
 * own: every other page (but signing out and the page assets) redirects there, and no form elsewhere is accepted.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    /** Held, besides the roles, by a signed-in account whose password was given by an admin. */
    static final String AUTHORITY = "PASSWORD_CHANGE_REQUIRED";

    static final String PAGE = "/account/password";

    private static final List<String> ALLOWED = List.of(PAGE, "/logout", "/login", "/session-expired", "/error",
            "/favicon.ico");
    private static final List<String> ALLOWED_UNDER = List.of("/css/", "/js/", "/webjars/", "/assets/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (mustChangePassword() && !ALLOWED.contains(path) && ALLOWED_UNDER.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean mustChangePassword() {
        return mustChangePassword(SecurityContextHolder.getContext().getAuthentication());
    }

    static boolean mustChangePassword(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> AUTHORITY.equals(a.getAuthority()));
    }
}
