package uk.partnershipplans.portal.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Counts the SQL statements Hibernate runs in the test's own thread (as a MockMvc request runs), from its SQL log,
 * switched on while counting. Unlike Hibernate's statistics, which count the statements of the whole application, work
 * another test left running in the background cannot add to the count.
 */
public final class ThreadStatements implements AutoCloseable {

    private final Logger sql = (Logger) LoggerFactory.getLogger("org.hibernate.SQL");
    private final Level before = sql.getLevel();
    private final boolean additive = sql.isAdditive();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    public ThreadStatements() {
        logged.start();
        sql.addAppender(logged);
        sql.setAdditive(false); // the statements go to the count only, not to the run's log
        sql.setLevel(Level.DEBUG);
    }

    /** How many statements {@code work} ran in this thread. */
    public long of(StatementCount.Work work) throws Exception {
        logged.list.clear();
        String thread = Thread.currentThread().getName();
        work.run();
        return logged.list.stream().filter(event -> thread.equals(event.getThreadName())).count();
    }

    /** Stops counting, as the test ends. */
    @Override
    public void close() {
        sql.setLevel(before);
        sql.setAdditive(additive);
        sql.detachAppender(logged);
        logged.stop();
    }
}
