package uk.partnershipplans.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one test on H2: the default profile (what {@code ./mvnw spring-boot:run} uses) starts, migrates the embedded
 * database with the same Flyway scripts, and has the demo accounts in the demo partnership. An in-memory database keeps ./data untouched.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class DefaultProfileOnH2SmokeTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startsMigratesAndHasTheDemoAccounts() {
        assertThat(jdbc.queryForObject("select database_path() is null", Boolean.class)).isTrue();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty();
        assertThat(jdbc.queryForList("select username from account order by username", String.class))
                .containsExactly("admin", "board", "officer");
        assertThat(jdbc.queryForList("select a.username from account a join account_partnership ap on ap.account_id = a.id"
                + " join partnership p on p.id = ap.partnership_id where p.name = 'Nottinghamshire Children''s Trust'"
                + " order by a.username", String.class))
                .as("the board member and officer belong to the demo partnership; the admin keeps the installation")
                .containsExactly("board", "officer");
    }
}
