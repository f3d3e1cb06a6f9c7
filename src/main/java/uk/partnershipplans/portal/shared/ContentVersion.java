package uk.partnershipplans.portal.shared;

import java.sql.DatabaseMetaData;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The number that moves on with every committed change to what the pages show: the {@code content_version} row, moved
 * by a trigger on every table, once per writing transaction, at its commit. Work kept from one request to the next is
 * kept under this number and used only while it is unchanged, so every node serving the portal sees a change at once.
 * <p>
 * There is no number (and so nothing is kept) on the embedded H2 database, which has no such trigger, and inside a
 * transaction that may write, which could see its own changes before they are committed, or never are; outside a
 * transaction, or in a read-only one, there is.
 */
@Component
public class ContentVersion {

    private static final String QUERY = "select version from content_version where id = 1";

    private final JdbcTemplate jdbc;
    private final boolean counted;

    ContentVersion(JdbcTemplate jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.counted = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                DatabaseMetaData::getDatabaseProductName));
    }

    /** The number now, read before the work it keys; none where nothing may be kept. */
    public OptionalLong current() {
        if (!counted || TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(jdbc.queryForObject(QUERY, Long.class));
    }
}
