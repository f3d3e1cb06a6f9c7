package uk.partnershipplans.portal.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a drill's own: a cluster made with {@code initdb} in a temporary directory and run with
 * {@code pg_ctl} on a free port of 127.0.0.1, so that a drill can stop and start it. It never touches any other server:
 * every command names this cluster's directory. Closing it stops the server and deletes the directory; a shutdown hook
 * does the same if the drill is killed.
 *
 * <p>The server binaries are found in {@code -Ddrills.postgres-bin=...}, else in the newest
 * {@code /usr/lib/postgresql/<version>/bin} (Debian's {@code postgresql} package), else on the {@code PATH}. PostgreSQL
 * refuses to run as root, so as root the commands run as the {@code postgres} user, which owns the directory.
 */
final class TemporaryPostgres implements AutoCloseable {

    private static final String SUPERUSER = "postgres";

    private final Path bin;
    private final Path directory;
    private final int port;
    private final Thread cleanUp = new Thread(this::stopAndDelete);
    private boolean closed;

    private TemporaryPostgres(Path bin, Path directory, int port) {
        this.bin = bin;
        this.directory = directory;
        this.port = port;
    }

    /** Makes a new cluster and starts it. */
    static TemporaryPostgres start() {
        Path bin = binaries();
        try {
            Path directory = Files.createTempDirectory("portal-drill-postgres-");
            if (runningAsRoot()) {
                UserPrincipal owner = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SUPERUSER);
                Files.setOwner(directory, owner);
            }
            TemporaryPostgres postgres = new TemporaryPostgres(bin, directory, FreePort.onLoopback());
            Runtime.getRuntime().addShutdownHook(postgres.cleanUp);
            try {
                postgres.run("initdb", "-D", postgres.dataDirectory(), "-A", "trust", "-U", SUPERUSER, "-E", "UTF8",
                        "--locale=C", "--no-sync");
                postgres.startServer();
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    /** Makes a database on this server; its JDBC address. */
    String createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on the drill's server", e);
        }
        return jdbcUrl(name);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    String username() {
        return SUPERUSER;
    }

    /** Stops the server ({@code pg_ctl stop -m <mode>}: smart, fast or immediate) and waits until it has stopped. */
    void stop(String mode) {
        run("pg_ctl", "-D", dataDirectory(), "-m", mode, "-w", "-t", "60", "stop");
    }

    /** Starts the server again and waits until it accepts connections. */
    void startServer() {
        run("pg_ctl", "-D", dataDirectory(), "-l", directory.resolve("postgres.log").toString(), "-w", "-t", "120",
                "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1", "start");
    }

    /** Stops the server and deletes its directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        stopAndDelete();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private synchronized void stopAndDelete() {
        if (closed) {
            return;
        }
        closed = true;
        if (Files.exists(Path.of(dataDirectory(), "postmaster.pid"))) {
            try {
                stop("immediate");
            } catch (RuntimeException e) {
                System.err.println("Could not stop the drill's PostgreSQL: " + e.getMessage());
            }
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }

    private String dataDirectory() {
        return directory.resolve("data").toString();
    }

    /** Runs one of the server's programs, as {@code postgres} when running as root; fails with its output if it fails. */
    private void run(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            command.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("portal-drill-postgres-", ".out");
            try {
                Process process = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
                if (!process.waitFor(180, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish in 180 s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
                            + Files.readString(output) + serverLog());
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String serverLog() throws IOException {
        Path log = directory.resolve("postgres.log");
        return Files.exists(log) ? "\nServer log:\n" + Files.readString(log) : "";
    }

    private static Path binaries() {
        String given = System.getProperty("drills.postgres-bin", "");
        if (!given.isBlank()) {
            return Path.of(given);
        }
        Optional<Path> debian = debianBinaries();
        if (debian.isPresent()) {
            return debian.get();
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(Path::of)
                .filter(directory -> Files.isExecutable(directory.resolve("pg_ctl")) && Files.isExecutable(directory.resolve("initdb")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The drills start a PostgreSQL server of their own and need its "
                        + "programs (initdb, pg_ctl): install PostgreSQL (Debian: apt-get install postgresql) or name the "
                        + "directory that holds them with -Ddrills.postgres-bin=..."));
    }

    private static Optional<Path> debianBinaries() {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> installed = Files.list(versions)) {
            return installed.filter(version -> version.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString())))
                    .map(version -> version.resolve("bin"))
                    .filter(directory -> Files.isExecutable(directory.resolve("pg_ctl")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
