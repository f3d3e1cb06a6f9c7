package uk.partnershipplans.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.TestDatabase;
import org.springframework.test.web.servlet.MockMvc;

/** The production profile on a database of its own: no demo accounts, and the first admin from the environment. */
@IntegrationTest
@ActiveProfiles("postgres")
@TestPropertySource(properties = {TestDatabase.OWN_DATABASE, "portal.first-admin.username=Planning.Lead",
        "portal.first-admin.password=a long passphrase from the environment", "portal.first-admin.display-name=Pat Lead"})
class PostgresProfileTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DataSource dataSource;

    @Autowired
    MockMvc mvc;

    @Test
    void createsNoDemoAccountsButTheFirstAdminFromTheEnvironment() {
        assertThat(context.getBeanProvider(DemoAccounts.class).getIfAvailable()).isNull();
        assertThat(jdbc.queryForList("select username from account", String.class)).containsExactly("planning.lead");
        assertThat(jdbc.queryForList("select r.role from account_role r join account a on a.id = r.account_id", String.class))
                .containsExactly("ADMIN");
        String hash = jdbc.queryForObject("select password_hash from account", String.class);
        assertThat(passwordEncoder.matches("a long passphrase from the environment", hash)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from account_partnership", Integer.class))
                .as("the first admin keeps the whole installation").isZero();
    }

    @Test
    void theSignInPageNamesNoDemoAccounts() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Demonstration accounts"))));
    }

    /** The driver's limits are passed by name, and a name it does not know is ignored: this one reaches it. */
    @Test
    void aStatementWhoseAnswerNeverComesIsGivenUpAfterHalfAMinute() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getNetworkTimeout()).isEqualTo(30_000);
        }
    }
}
