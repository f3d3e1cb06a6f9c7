package uk.partnershipplans.portal.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares, for the tests of a fixed cost per page. Switched on by the test that
 * counts (not by a property, which would boot a Spring context of its own) and off again when it ends.
 */
public final class StatementCount {

    /** Something done whose statements are counted, such as a request. */
    public interface Work {
        void run() throws Exception;
    }

    private final Statistics statistics;

    private StatementCount(Statistics statistics) {
        this.statistics = statistics;
    }

    /** Starts counting. */
    public static StatementCount on(EntityManagerFactory entityManagerFactory) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        return new StatementCount(statistics);
    }

    /** How many statements {@code work} prepared. */
    public long of(Work work) throws Exception {
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }

    /** Stops counting, as the test ends. */
    public void off() {
        statistics.setStatisticsEnabled(false);
    }
}
