package uk.partnershipplans.portal.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a drill found, printed and written to {@code target/drills/<name>.txt}; {@code target/drills-report.txt} holds
 * the latest report of each drill, each dated.
 */
final class DrillReport {

    private static final Path DIRECTORY = Path.of("target", "drills");

    private DrillReport() {
    }

    static void write(String name, String report) {
        String dated = report.strip() + "\n(run " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ")\n";
        System.out.println(dated);
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(DIRECTORY.resolve(name + ".txt"), dated);
            try (Stream<Path> reports = Files.list(DIRECTORY)) {
                List<Path> each = reports.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
                StringBuilder all = new StringBuilder();
                for (Path file : each) {
                    all.append(Files.readString(file)).append('\n');
                }
                Files.writeString(Path.of("target", "drills-report.txt"), all.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nearest-rank percentile of some times, in the unit they are in (0 for none). */
    static double percentile(List<Double> times, int percent) {
        if (times.isEmpty()) {
            return 0;
        }
        List<Double> sorted = times.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** The first {@code limit} lines, and how many more there were. */
    static String firstLines(List<String> lines, int limit) {
        String shown = lines.stream().limit(limit).map(line -> "  " + line).collect(Collectors.joining("\n"));
        return lines.size() > limit ? shown + "\n  ... and " + (lines.size() - limit) + " more" : shown;
    }
}
