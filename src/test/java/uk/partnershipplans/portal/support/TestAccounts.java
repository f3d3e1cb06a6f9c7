package uk.partnershipplans.portal.support;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The accounts that MockMvc tests act as with {@code user(...)} besides the demo ones: the portal reads a person's
 * partnerships from their account, so each name a test uses is a real account. Admins of the whole installation
 * ({@code a}, {@code planning.lead}, {@code another.admin}), and a board member and an officer of the demo partnership
 * ({@code b}, {@code chair} and {@code x}; {@code o} and {@code someone-else}). Made after the demo data, once per database; they have
 * no password anyone can sign in with.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAccounts {

    @Bean
    @ConditionalOnBooleanProperty("portal.demo-data")
    Maker testAccountMaker(JdbcTemplate jdbc) {
        return new Maker(jdbc);
    }

    static final class Maker implements ApplicationRunner, Ordered {

        private final JdbcTemplate jdbc;

        Maker(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public int getOrder() {
            return 100; // after the demo partnership and accounts
        }

        @Override
        public void run(ApplicationArguments args) {
            Long demoPartnership = jdbc.queryForObject("select min(id) from partnership", Long.class);
            for (String admin : List.of("a", "planning.lead", "another.admin")) {
                make(admin, "ADMIN", null);
            }
            make("b", "BOARD", demoPartnership);
            make("chair", "BOARD", demoPartnership);
            make("x", "BOARD", demoPartnership);
            make("o", "OFFICER", demoPartnership);
            make("someone-else", "OFFICER", demoPartnership);
        }

        private void make(String username, String role, Long partnership) {
            if (!jdbc.queryForList("select id from account where username = ?", Long.class, username).isEmpty()) {
                return;
            }
            Long id = jdbc.queryForObject("insert into account (username, display_name, password_hash, created_at)"
                    + " values (?, ?, '{bcrypt}unusable: not for signing in', ?) returning id", Long.class, username,
                    "Test " + username, OffsetDateTime.now());
            jdbc.update("insert into account_role (account_id, role) values (?, ?)", id, role);
            if (partnership != null) {
                jdbc.update("insert into account_partnership (account_id, partnership_id) values (?, ?)", id, partnership);
            }
        }
    }
}
