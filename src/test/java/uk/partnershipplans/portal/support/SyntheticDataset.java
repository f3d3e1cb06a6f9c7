package uk.partnershipplans.portal.support;

import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A large, clearly synthetic dataset (see {@code benchmark/synthetic-dataset.sql}): 20 plans, 200 priorities, 2,000
 * actions and 500 indicators with 40 quarters of values each, in a partnership of its own. For statement counts and
 * the page benchmark, never for the demo.
 */
public final class SyntheticDataset {

    public static final String PARTNERSHIP = "Synthetic Benchmark Partnership";

    private SyntheticDataset() {
    }

    /** Loads the dataset unless it is there already. */
    public static void loadInto(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Integer loaded = jdbc.queryForObject("select count(*) from partnership where name = ?", Integer.class, PARTNERSHIP);
        if (loaded == 0) {
            new ResourceDatabasePopulator(new ClassPathResource("benchmark/synthetic-dataset.sql")).execute(dataSource);
        }
    }

    /** The id of a synthetic plan year: each has 10 priorities, 100 actions and 25 indicators of 40 values. */
    public static long year(JdbcTemplate jdbc, int planNumber) {
        return jdbc.queryForObject("""
                select y.id from plan_year y join plan p on p.id = y.plan_id join partnership s on s.id = p.partnership_id
                where s.name = ? and p.title = ?""", Long.class, PARTNERSHIP, "Synthetic plan %02d".formatted(planNumber));
    }
}
