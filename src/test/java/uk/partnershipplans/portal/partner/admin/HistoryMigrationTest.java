package uk.partnershipplans.portal.partner.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import uk.partnershipplans.portal.support.IntegrationTest;

/**
 * The migration that starts the history, run over partner records that already exist (as on a database in use before
 * it): they start their history as they stand, in one revision marked as such. On PostgreSQL, and on H2 in
 * PostgreSQL mode, which the default profile keeps in ./data.
 */
@IntegrationTest
class HistoryMigrationTest {

    @Autowired
    DataSource portal;

    @Test
    void existingPartnerRecordsStartTheirHistoryAsTheyStandOnPostgres() throws Exception {
        // The same database through connections of their own, so that none of the portal's is left in the schema
        HikariDataSource pool = portal.unwrap(HikariDataSource.class);
        startsTheHistoryOfExistingRecords(new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword()), "history_start", "drop schema if exists history_start cascade");
    }

    @Test
    void existingPartnerRecordsStartTheirHistoryAsTheyStandOnH2() {
        // One connection throughout: H2 checks a constraint with the session that created it
        SingleConnectionDataSource h2 = new SingleConnectionDataSource(
                "jdbc:h2:mem:history_start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", true);
        try {
            startsTheHistoryOfExistingRecords(h2, "public", "drop all objects");
        } finally {
            h2.destroy();
        }
    }

    private static void startsTheHistoryOfExistingRecords(DataSource dataSource, String schema, String cleanUp) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        try {
            Flyway.configure().dataSource(dataSource).schemas(schema).target("9").load().migrate();
            jdbc.update("insert into " + schema + ".partnership (id, name) values (1, 'A Trust')");
            jdbc.update("insert into " + schema + ".partner_kind (id, name) values (1, 'Police')");
            jdbc.update("insert into " + schema + ".partner_organisation (id, name, kind_id, category) "
                    + "values (1, 'A Police Force', 1, 'RELEVANT_PARTNER')");
            jdbc.update("insert into " + schema + ".partnership_membership (id, partnership_id, organisation_id, left_on) "
                    + "values (1, 1, 1, date '2014-03-31')");
            jdbc.update("insert into " + schema + ".partner_group (id, partnership_id, name, type) values (1, 1, 'Board', 'BOARD')");
            jdbc.update("insert into " + schema + ".group_member (id, group_id, position, role) values (1, 1, 1, 'Chair')");
            jdbc.update("insert into " + schema + ".group_member_organisation (member_id, organisation_id) values (1, 1)");

            Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();

            assertThat(jdbc.queryForList("select username, history_began from " + schema + ".revinfo"))
                    .singleElement().satisfies(revision -> {
                        assertThat(revision.get("username")).isEqualTo("system");
                        assertThat(revision.get("history_began")).isEqualTo(true);
                    });
            assertThat(jdbc.queryForList("select name from " + schema + ".partner_organisation_aud where revtype = 0 "
                    + "and kind_id = 1", String.class)).containsExactly("A Police Force");
            assertThat(jdbc.queryForObject("select left_on from " + schema + ".partnership_membership_aud where id = 1",
                    java.sql.Date.class)).hasToString("2014-03-31");
            assertThat(jdbc.queryForList("select role from " + schema + ".group_member_aud", String.class)).containsExactly("Chair");
            assertThat(jdbc.queryForObject("select count(*) from " + schema + ".group_member_organisation_aud "
                    + "where member_id = 1 and organisation_id = 1 and revtype = 0", Long.class)).isOne();
            for (String table : new String[] {"partnership_aud", "partner_kind_aud", "partner_group_aud"}) {
                assertThat(jdbc.queryForObject("select count(*) from " + schema + "." + table, Long.class)).as(table).isOne();
            }
        } finally {
            jdbc.execute(cleanUp);
        }
    }
}
