package uk.partnershipplans.portal.shared;

import java.sql.DatabaseMetaData;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The number that moves on with every committed change to what the pages show: the {@code content_version} row, moved
 * by a trigger on every table, once per writing transaction, at its commit. Work kept from one request to the next is
 * kept under this number and used only while it is unchanged, so every node serving the portal sees a change at once.
 * <p>
 * There is no number (and so nothing is kept) on the embedded H2 database, which has no such trigger, and inside a
 * transaction that may write, which could see its own changes before they are committed, or never are; outside a
 * transaction, or in a read-only one, there is. A reading request (GET) reads the number once and keeps it to its end,
 * so that all it keeps or finds kept is of the same version; a request that may write reads it each time.
 */
@Component
public class ContentVersion {

    private static final String QUERY = "select version from content_version where id = 1";
    private static final String READ = ContentVersion.class.getName() + ".read";

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
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && "GET".equals(request.getRequest().getMethod())) {
            if (request.getAttribute(READ, RequestAttributes.SCOPE_REQUEST) instanceof Long kept) {
                return OptionalLong.of(kept);
            }
            long read = jdbc.queryForObject(QUERY, Long.class);
            request.setAttribute(READ, read, RequestAttributes.SCOPE_REQUEST);
            return OptionalLong.of(read);
        }
        return OptionalLong.of(jdbc.queryForObject(QUERY, Long.class));
    }
}
