package uk.partnershipplans.portal.plan.edit;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Lets the edit controllers say who may use them with {@code @PreAuthorize}: board members and admins edit a plan year,
 * officers only read it. A refusal goes through the portal's 403 page like any other.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class EditSecurityConfig {

    /** The rule every edit controller carries. */
    static final String BOARD_OR_ADMIN = "hasAnyRole('BOARD', 'ADMIN')";
}
