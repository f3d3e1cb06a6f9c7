package uk.partnershipplans.portal.account;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ForwardAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import uk.partnershipplans.portal.shared.ForbiddenHandler;
import uk.partnershipplans.portal.shared.Role;

@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final String SIGN_IN = "/login";

    /** Where a failed sign-in is forwarded, its exception in the request: {@link SignInController} answers it. */
    static final String SIGN_IN_FAILED = "/login/failed";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, SignInThrottle throttle)
            throws Exception {
        AuthenticationFailureHandler signInFailed = new ForwardAuthenticationFailureHandler(SIGN_IN_FAILED);
        http
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/login", "/session-expired", "/error").permitAll()
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/assets/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health").permitAll()
                        // The published plan years, for anyone to read without signing in (refresh.publication).
                        .requestMatchers("/public", "/public/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage(SIGN_IN)
                        .failureHandler(signInFailed)
                        .permitAll())
                .addFilterBefore(new SignInThrottleFilter(SIGN_IN, throttle, signInFailed),
                        UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .invalidSessionUrl("/session-expired")
                        // No limit on sessions: the registry is there so that SignedInSessions can end an account's
                        // sessions when it is deactivated, its password reset or its roles changed.
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/session-expired"))
                .addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new ForbiddenHandler()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** Sign-in by username and password: see {@link AccountAuthenticationProvider} for what it tells whom. */
    @Bean
    DaoAuthenticationProvider authenticationProvider(AccountRepository accounts, Clock clock, SignInProperties signIn,
            PasswordEncoder passwordEncoder) {
        return new AccountAuthenticationProvider(new AccountUserDetailsService(accounts, clock, signIn), passwordEncoder);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so that it forgets it. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
