package uk.partnershipplans.portal.drills;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged portal ({@code target/portal-*.jar}, built by {@code ./mvnw verify -Pdrills} before the drills run)
 * started as a process of its own, as it runs in production, on a free port against the database a drill gives it: the
 * default profile, so with the demo data and demo accounts, and PostgreSQL instead of H2. Its log is written to
 * {@code target/drills/<name>-portal.log}. Closing it stops the process as a service manager would (SIGTERM, then
 * SIGKILL after 30 s).
 */
final class RunningPortal implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    private final Process process;
    private final int port;
    private final Path log;

    private RunningPortal(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the portal against {@code jdbcUrl} and waits until it answers its health check.
     *
     * @param settings more {@code --property=value} arguments, the drill's own settings; those given in
     * {@code -Ddrills.portal-settings} (separated by spaces) are added, or replace them
     */
    static RunningPortal start(String name, String jdbcUrl, String username, String... settings) {
        Path jar = jar();
        Path directory = Path.of("target", "drills", name).toAbsolutePath();
        try {
            Files.createDirectories(directory);
            int port = FreePort.onLoopback();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-jar", jar.toString(),
                    "--server.port=" + port,
                    "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=" + username,
                    "--spring.datasource.password="));
            command.addAll(settings(settings).values());
            Path log = directory.resolveSibling(name + "-portal.log");
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            RunningPortal portal = new RunningPortal(process, port, log);
            Thread stop = new Thread(process::destroyForcibly);
            Runtime.getRuntime().addShutdownHook(stop);
            process.onExit().thenRun(() -> {
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or has run
                }
            });
            try {
                portal.awaitHealth();
            } catch (RuntimeException | Error e) {
                portal.close();
                throw e;
            }
            return portal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    /** The settings the portal is started with beyond its own, in words for a report ("none" if none). */
    static String settingsInWords(String... settings) {
        Map<String, String> all = settings(settings);
        return all.isEmpty() ? "none" : String.join(" ", all.values());
    }

    /** Each {@code --property=value} by its property: the drill's, then those of {@code -Ddrills.portal-settings}. */
    private static Map<String, String> settings(String... drills) {
        Map<String, String> settings = new LinkedHashMap<>();
        Stream.concat(Stream.of(drills), Stream.of(System.getProperty("drills.portal-settings", "").trim().split("\\s+")))
                .filter(setting -> !setting.isEmpty())
                .forEach(setting -> settings.put(setting.split("=", 2)[0], setting));
        return settings;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitHealth() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped while starting (exit " + process.exitValue() + "); see " + log);
            }
            try {
                HttpResponse<String> health = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofSeconds(1));
        }
        throw new IllegalStateException("The portal did not answer its health check within " + START_LIMIT + "; see " + log);
    }

    /** The packaged portal: {@code -Ddrills.jar} (set by the drills profile), else the one jar in {@code target}. */
    private static Path jar() {
        String given = System.getProperty("drills.jar", "");
        if (!given.isBlank()) {
            Path jar = Path.of(given);
            if (Files.isRegularFile(jar)) {
                return jar;
            }
            throw new IllegalStateException("No portal at " + jar + ": run the drills with ./mvnw verify -Pdrills, which packages it first");
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("portal-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged portal in target" + File.separator
                            + ": run the drills with ./mvnw verify -Pdrills, which packages it first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
