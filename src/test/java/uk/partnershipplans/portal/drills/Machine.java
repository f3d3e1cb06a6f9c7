package uk.partnershipplans.portal.drills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a drill ran on, in words, so that its timings can be read for what they are. */
final class Machine {

    private Machine() {
    }

    /** The processors Java sees and, where Linux tells it, the load average over the last minute. */
    static String now() {
        String processors = Runtime.getRuntime().availableProcessors() + " processors";
        Path loadAverage = Path.of("/proc/loadavg");
        try {
            if (Files.isReadable(loadAverage)) {
                return processors + ", load average " + Files.readString(loadAverage).split(" ")[0] + " as it began";
            }
        } catch (IOException e) {
            // the load is only for the reader's information
        }
        return processors;
    }
}
