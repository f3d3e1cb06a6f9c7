package uk.partnershipplans.portal.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import lombok.extern.slf4j.Slf4j;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request that could not reach the database answers with the portal's "service unavailable" page (status 503), once
 * the pool gives up waiting for a connection (see {@code spring.datasource.hikari.connection-timeout}) or a connection
 * is lost, rather than with the general error page; the log gets one warning line. Any other failure is left to the
 * general error handling.
 */
@Component
@Slf4j
class DatabaseUnavailable implements HandlerExceptionResolver, Ordered {

    /** The SQL standard's class of connection exceptions (08001 could not connect, 08003 closed, 08006 lost ...). */
    private static final String CONNECTION_EXCEPTION = "08";

    /** What Hikari answers, with no SQL state, on a connection it closed because it broke. */
    private static final String CLOSED_BY_THE_POOL = "Connection is closed";

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (!isUnreachableDatabase(failure)) {
            return null;
        }
        log.warn("The database could not be reached: {}", failure.toString());
        try {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    /**
     * Whether anything in the cause chain says the database could not be reached: a transaction that could not start,
     * a connection that could not be had, or one that was lost, however it is wrapped. A statement that loses its
     * connection is hidden behind the rollback that follows, which fails on the connection the pool has closed.
     */
    static boolean isUnreachableDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException sql && isLostConnection(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLostConnection(SQLException failure) {
        String state = failure.getSQLState();
        return state == null ? CLOSED_BY_THE_POOL.equals(failure.getMessage()) : state.startsWith(CONNECTION_EXCEPTION);
    }

    /** After Spring Boot's error attributes note the failure, before Spring MVC's own resolvers. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
