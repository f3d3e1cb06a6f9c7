package uk.partnershipplans.portal.support;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In the test databases the demo plans' years stand as approved rather than published, as the demo data loads them:
 * a published year cannot be changed, and most tests change the demo year they read. The years a test publishes
 * through their sign-off page (LifecycleTest, the refresh journey, the public pages) have sign-offs and are left as they
 * stand; so are the demo years once anything has signed them off.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DemoYearsOpen {

    @Bean
    @ConditionalOnBooleanProperty("portal.demo-data")
    Opener demoYearsOpener(JdbcTemplate jdbc) {
        return new Opener(jdbc);
    }

    static final class Opener implements ApplicationRunner, Ordered {

        private final JdbcTemplate jdbc;

        Opener(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public int getOrder() {
            return 110; // after the demo plans
        }

        @Override
        public void run(ApplicationArguments args) {
            jdbc.update("update plan_year set status = 'APPROVED' where status in ('PUBLISHED', 'SUPERSEDED')"
                    + " and not exists (select 1 from plan_year_sign_off s where s.plan_year_id = plan_year.id)");
        }
    }
}
