package uk.partnershipplans.portal.shared;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, for {@code /actuator/health}, in bounded time: the pool's connection timeout to get a
 * connection, then {@link #ANSWER_WITHIN_SECONDS} for the database to answer on it. It takes the place of Spring Boot's
 * indicator (by its bean name), which asks the driver with no time limit ({@code isValid(0)}): on a connection the
 * pool had just handed out, so did not check, a network that silently drops everything would keep it waiting.
 */
@Component("dbHealthIndicator")
@RequiredArgsConstructor
class DatabaseHealth implements HealthIndicator {

    static final int ANSWER_WITHIN_SECONDS = 1;

    private final DataSource dataSource;

    @Override
    public Health health() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(ANSWER_WITHIN_SECONDS) ? Health.up().build() : Health.down().build();
        } catch (SQLException | RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
