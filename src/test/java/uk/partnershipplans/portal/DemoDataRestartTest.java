package uk.partnershipplans.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.support.IntegrationTest;

/**
 * The portal restarts cleanly whatever an admin renamed in the demo data: starting again runs the application's
 * start-up runners (the demo accounts, partnership and plans, and the first admin) in their order, and they neither fail
 * nor load anything a second time. Rolled back.
 */
@IntegrationTest
@Transactional
class DemoDataRestartTest {

    /** Every kind of demo record an admin can rename, by its name column. */
    private static final Map<String, String> NAMED = new LinkedHashMap<>();

    static {
        NAMED.put("account", "display_name");
        NAMED.put("partnership", "name");
        NAMED.put("partner_kind", "name");
        NAMED.put("partner_organisation", "name");
        NAMED.put("partner_group", "name");
        NAMED.put("person", "name");
        NAMED.put("plan", "title");
        NAMED.put("plan_year", "label");
        NAMED.put("key_theme", "title");
        NAMED.put("priority", "title");
        NAMED.put("external_framework", "name");
        NAMED.put("framework_ambition", "short_name");
        NAMED.put("indicator", "name");
    }

    private static final List<String> COUNTED = List.of("account", "partnership", "partner_kind", "partner_organisation",
            "partnership_membership", "partner_group", "person", "plan", "plan_year", "key_theme", "priority",
            "plan_action", "milestone", "external_framework", "framework_ambition", "indicator", "plan_year_indicator",
            "indicator_value");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startingAgainAfterAnAdminRenamedEveryDemoRecordFailsNowhereAndLoadsNothingTwice() throws Exception {
        NAMED.forEach((table, column) -> jdbc.update("update " + table + " set " + column + " = '~' || " + column));
        Map<String, Long> before = counts();

        for (ApplicationRunner runner : context.getBeanProvider(ApplicationRunner.class).orderedStream().toList()) {
            runner.run(new DefaultApplicationArguments());
        }

        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.queryForList("select name from partnership", String.class)).allMatch(name -> name.startsWith("~"));
    }

    /** A database in use before the record of loads began (as ./data of the default profile, on H2) counts as loaded. */
    @Test
    void aDatabaseThatHeldTheDemoBeforeLoadsWereRecordedCountsAsLoaded() {
        SingleConnectionDataSource h2 = new SingleConnectionDataSource(
                "jdbc:h2:mem:demo_loads;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", true);
        try {
            JdbcTemplate before = new JdbcTemplate(h2);
            Flyway.configure().dataSource(h2).target("20").load().migrate();
            before.update("insert into partnership (id, name) values (1, 'Renamed by an admin')");
            before.update("insert into plan (partnership_id, title, start_year, end_year, status) "
                    + "values (1, 'Renamed too', 2011, 2014, 'APPROVED')");

            Flyway.configure().dataSource(h2).load().migrate();

            assertThat(before.queryForList("select part from demo_data_load order by part", String.class))
                    .containsExactly("partnership", "plans");
        } finally {
            h2.destroy();
        }
    }

    @Test
    void anEmptyDatabaseHasNothingLoaded() {
        SingleConnectionDataSource h2 = new SingleConnectionDataSource(
                "jdbc:h2:mem:no_demo_loads;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", true);
        try {
            Flyway.configure().dataSource(h2).load().migrate();

            assertThat(new JdbcTemplate(h2).queryForObject("select count(*) from demo_data_load", Long.class)).isZero();
        } finally {
            h2.destroy();
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        COUNTED.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        return counts;
    }
}
