package uk.partnershipplans.portal.plan.edit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import uk.partnershipplans.portal.shared.Role;

/**
 * Lets the edit controllers say who may use them with {@code @PreAuthorize}: board members and admins edit a plan year,
 * officers only read it. A refusal goes through the portal's 403 page like any other.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class EditSecurityConfig {

    /** The rule every edit controller carries: {@link Role#mayEditPlans}, through the bean below. */
    static final String BOARD_OR_ADMIN = "@planEditors.include(authentication)";

    /** Asks {@link Role} who may edit plans, for {@code @PreAuthorize}. */
    @Bean
    PlanEditors planEditors() {
        return new PlanEditors();
    }

    static final class PlanEditors {

        public boolean include(Authentication authentication) {
            return Role.mayEditPlans(authentication);
        }
    }
}
