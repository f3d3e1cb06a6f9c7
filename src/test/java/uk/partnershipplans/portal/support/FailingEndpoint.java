package uk.partnershipplans.portal.support;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /test/failure} fails with an internal detail in its message, for the error page test (ErrorPagesBrowserTest)
 * to see that the detail never reaches the visitor; {@code GET /test/database-unreachable/...} fails as pages do when
 * the pool gives up waiting for a database connection (DatabaseUnreachableTest). Part of every {@link WebTest}, so that
 * the web tests share one Spring context; never part of the application.
 */
@TestConfiguration(proxyBeanMethods = false)
@RestController
class FailingEndpoint {

    @GetMapping("/test/failure")
    String fail() {
        throw new IllegalStateException("secret internal detail");
    }

    /** As a service's transaction fails to start (each failure here as the portal logged it when it happened). */
    @GetMapping("/test/database-unreachable/transaction")
    String noTransaction() {
        throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new JDBCConnectionException("Unable to acquire JDBC Connection", poolGaveUp()));
    }

    /** As a repository's query fails outside a transaction. */
    @GetMapping("/test/database-unreachable/query")
    String noConnection() {
        throw new DataAccessResourceFailureException("Unable to acquire JDBC Connection", poolGaveUp());
    }

    /**
     * As a query on a connection that was lost: the pool closes the connection, the rollback fails on it, and the
     * rollback's failure is what is thrown.
     */
    @GetMapping("/test/database-unreachable/lost")
    String lostConnection() {
        throw new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));
    }

    private static SQLTransientConnectionException poolGaveUp() {
        return new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 3000ms (total=3, active=3, idle=0)");
    }
}
