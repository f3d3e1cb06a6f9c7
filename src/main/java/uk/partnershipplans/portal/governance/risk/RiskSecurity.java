package uk.partnershipplans.portal.governance.risk;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import uk.partnershipplans.portal.shared.Role;

/**
 * Who reads the risk register: board members, who oversee the delivery of the plan, and admins, the planning team who
 * keep it (their forms are under {@code /admin}, for admins only). Officers do not see it.
 */
@Configuration(proxyBeanMethods = false)
class RiskSecurity {

    static final String BOARD_OR_ADMIN = "@riskRegisterReaders.include(authentication)";

    @Bean
    RiskRegisterReaders riskRegisterReaders() {
        return new RiskRegisterReaders();
    }

    static final class RiskRegisterReaders {

        public boolean include(Authentication authentication) {
            return Role.mayEditPlans(authentication);
        }
    }
}
