package uk.partnershipplans.portal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL for tests. With a Docker engine, Testcontainers starts one. Without (as on the project's machines), the
 * tests use the running server named by {@code PORTAL_TEST_DB_URL}, in a fresh database made for this run and dropped
 * at its end (a test can ask for a database of its own with {@link #OWN_DATABASE}). With neither, the first test fails at once saying how to provide PostgreSQL.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    static final String DEFAULT_SERVER_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    @Bean
    @ServiceConnection
    @Conditional(DockerAvailable.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer("postgres:16-alpine");
    }

    /**
     * Set by a test that must not share the run's database, such as one that changes the demo data. Tests whose Spring
     * contexts are otherwise alike share one such database (the context, and so the database, is cached).
     */
    public static final String OWN_DATABASE = "portal.test.own-database=true";

    @Bean
    @Conditional(DockerUnavailable.class)
    DynamicPropertyRegistrar runningPostgres(Environment environment) {
        boolean own = !"false".equals(environment.getProperty("portal.test.own-database", "false"));
        RunDatabase database = own ? RunDatabase.create() : RunDatabase.shared();
        return registry -> {
            registry.add("spring.datasource.url", database::url);
            registry.add("spring.datasource.username", database::username);
            registry.add("spring.datasource.password", database::password);
            // A run caches several application contexts, each with its own pool, against one server's 100 connections;
            // a benchmark asks for a production-sized pool.
            int poolSize = environment.getProperty("portal.test.pool-size", Integer.class, 3);
            registry.add("spring.datasource.hikari.maximum-pool-size", () -> poolSize);
            // With a third of the production pool, on two cores other runs share, a burst of requests (fifty sign-ins
            // at once) can wait its turn longer than the production limit of a few seconds: in the tests it waits as
            // long as Hikari's default. DatabaseUnreachableTest tries the production limits themselves.
            registry.add("spring.datasource.hikari.connection-timeout", () -> 30_000);
        };
    }

    static final class DockerAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DockerCheck.AVAILABLE;
        }
    }

    static final class DockerUnavailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !DockerCheck.AVAILABLE;
        }
    }

    private static final class DockerCheck {
        static final boolean AVAILABLE = isDockerAvailable();

        private static boolean isDockerAvailable() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }
    }

    /** A database on the running server, made for this run and dropped at its end. */
    record RunDatabase(String url, String username, String password) {

        private static RunDatabase instance;
        private static IllegalStateException failure;

        /** The one database that every Spring context of the run shares. */
        static synchronized RunDatabase shared() {
            if (failure != null) {
                throw failure;
            }
            if (instance == null) {
                try {
                    instance = create();
                } catch (IllegalStateException e) {
                    failure = e;
                    throw e;
                }
            }
            return instance;
        }

        static RunDatabase create() {
            String serverUrl = env("PORTAL_TEST_DB_URL", DEFAULT_SERVER_URL);
            String username = env("PORTAL_TEST_DB_USERNAME", "postgres");
            String password = env("PORTAL_TEST_DB_PASSWORD", "");
            String name = "portal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
            try (Connection connection = DriverManager.getConnection(serverUrl, username, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("The tests need PostgreSQL, and none could be found: there is no Docker "
                        + "engine for Testcontainers, and no PostgreSQL server answered at " + serverUrl + " as user '"
                        + username + "' (" + e.getMessage() + "). Start Docker, or start PostgreSQL and point "
                        + "PORTAL_TEST_DB_URL (and PORTAL_TEST_DB_USERNAME, PORTAL_TEST_DB_PASSWORD) at it; the user "
                        + "must be allowed to create databases.", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl, username, password, name)));
            return new RunDatabase(serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name, username, password);
        }

        private static void drop(String serverUrl, String username, String password, String name) {
            try (Connection connection = DriverManager.getConnection(serverUrl, username, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + name + ": " + e.getMessage());
            }
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
