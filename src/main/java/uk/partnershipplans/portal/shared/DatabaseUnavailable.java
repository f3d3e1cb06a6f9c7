package uk.partnershipplans.portal.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import lombok.extern.slf4j.Slf4j;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page that could not reach the database answers with the portal's "service unavailable" page (status 503) once the
 * pool gives up waiting for a connection (see {@code spring.datasource.hikari.connection-timeout}), rather than the
 * general error page. The exceptions are matched anywhere in the cause chain: a transaction that could not start, a
 * connection that could not be had or was lost, the pool's own timeout.
 */
@ControllerAdvice
@Slf4j
class DatabaseUnavailable {

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            JDBCConnectionException.class, SQLTransientConnectionException.class})
    void databaseUnavailable(Exception unavailable, HttpServletResponse response) throws IOException {
        log.warn("The database could not be reached: {}", unavailable.toString());
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
