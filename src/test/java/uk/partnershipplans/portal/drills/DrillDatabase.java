package uk.partnershipplans.portal.drills;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import uk.partnershipplans.portal.shared.Role;

/**
 * The drill's side door into the portal's database: the accounts and rounds a drill needs before it starts, and what
 * was stored, read afterwards to check what the portal acknowledged. Each statement opens a connection of its own, so
 * it works across a restart of the server.
 */
final class DrillDatabase {

    private static final Duration DEMO_DATA_LIMIT = Duration.ofMinutes(3);

    private final JdbcTemplate jdbc;

    DrillDatabase(String url, String username) {
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(url, username, ""));
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    String serverVersion() {
        return jdbc.queryForObject("show server_version", String.class);
    }

    /**
     * Waits for the demo plans, which the portal loads in one transaction once it has started (so after it answers its
     * health check): a drill reads them and must not race their loading.
     */
    void awaitDemoPlans() {
        long deadline = System.nanoTime() + DEMO_DATA_LIMIT.toNanos();
        while (jdbc.queryForObject("select count(*) from plan_year", Integer.class) == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The portal did not load its demo plans within " + DEMO_DATA_LIMIT);
            }
            RunningPortal.pause(Duration.ofSeconds(1));
        }
    }

    /**
     * Makes {@code count} active accounts with one role and the same password, named {@code drill-<role>-01} and so
     * on (as the demo accounts are made: straight into the database); their usernames.
     */
    List<String> createAccounts(Role role, int count, String password) {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
        String kind = role.name().toLowerCase(Locale.ROOT);
        List<String> usernames = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String username = "drill-%s-%02d".formatted(kind, i);
            Long id = jdbc.queryForObject("insert into account (username, display_name, password_hash, created_at) "
                    + "values (?, ?, ?, now()) returning id", Long.class, username, "Drill " + kind + " " + i, hash);
            jdbc.update("insert into account_role (account_id, role) values (?, ?)", id, role.name());
            usernames.add(username);
        }
        return usernames;
    }
}
