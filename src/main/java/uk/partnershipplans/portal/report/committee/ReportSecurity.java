package uk.partnershipplans.portal.report.committee;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import uk.partnershipplans.portal.shared.Role;

/**
 * Who reads committee reports: board members, who take the decisions, and admins, the planning team who write them
 * (their forms are under {@code /admin}, for admins only). Officers do not see them.
 */
@Configuration(proxyBeanMethods = false)
class ReportSecurity {

    static final String BOARD_OR_ADMIN = "@committeeReportReaders.include(authentication)";

    @Bean
    CommitteeReportReaders committeeReportReaders() {
        return new CommitteeReportReaders();
    }

    static final class CommitteeReportReaders {

        public boolean include(Authentication authentication) {
            return Role.mayEditPlans(authentication);
        }
    }
}
