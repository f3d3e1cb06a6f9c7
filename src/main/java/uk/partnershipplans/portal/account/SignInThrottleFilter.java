package uk.partnershipplans.portal.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Asks {@link SignInThrottle} about each sign-in before the authentication filter sees it; a refused one goes to the
 * same failure handler as a failed sign-in, with {@link TooManySignInAttempts}, and no password is checked. The client
 * address is the request's: behind a proxy, the proxy must pass it on and the portal trust it
 * ({@code server.forward-headers-strategy}), or every attempt would count against the proxy's. Made by
 * {@link SecurityConfig} for the security filter chain only (a filter bean would also be applied to every request).
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final RequestMatcher signIn;
    private final SignInThrottle throttle;
    private final AuthenticationFailureHandler failureHandler;

    SignInThrottleFilter(String signInPage, SignInThrottle throttle, AuthenticationFailureHandler failureHandler) {
        this.signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, signInPage);
        this.throttle = throttle;
        this.failureHandler = failureHandler;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !signIn.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = throttle.takeAttempt(request.getRemoteAddr(), request.getParameter("username"));
        if (wait.isPresent()) {
            failureHandler.onAuthenticationFailure(request, response, new TooManySignInAttempts(wait.get()));
            return;
        }
        chain.doFilter(request, response);
    }
}
