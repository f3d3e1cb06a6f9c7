package uk.partnershipplans.portal.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The HTTP load tool {@code wrk} (Debian's {@code wrk} package, or the program named by {@code -Dbenchmark.wrk=}):
 * a number of open connections send requests one after another for a time, each request with the next of the signed-in
 * sessions' cookies in turn. A Lua script counts every answer that is not 200 (a sign-in page sent back because a
 * session ended would otherwise count as served) and reports the median and 95th percentile of the response times.
 */
final class Wrk {

    private static final String PROGRAM = System.getProperty("benchmark.wrk", "/usr/bin/wrk");
    private static final Pattern RESULT = Pattern.compile(
            "RESULT requests=(\\d+) duration=(\\d+) p50=(\\d+) p95=(\\d+) not-ok=(\\d+) errors=(\\d+)");

    /** What one load of a page gave: requests a second, the median and the 95th percentile in milliseconds. */
    record Result(long requests, double seconds, double medianMs, double p95Ms, long notOk, long socketErrors) {

        double perSecond() {
            return requests / seconds;
        }

        long failed() {
            return notOk + socketErrors;
        }
    }

    private final Path script;
    private final int connections;

    /** A load of {@code connections} connections sharing the sessions whose {@code Cookie} headers are given. */
    Wrk(List<String> cookieHeaders, int connections) throws IOException {
        if (!new File(PROGRAM).canExecute()) {
            throw new IllegalStateException("The benchmark needs wrk at " + PROGRAM
                    + " (apt-get install wrk, or name it with -Dbenchmark.wrk=)");
        }
        this.connections = connections;
        this.script = Files.createTempFile("portal-benchmark", ".lua");
        Files.writeString(script, luaScript(cookieHeaders));
    }

    /** Loads {@code url} for {@code seconds}; a request unanswered after 10 seconds counts as an error. */
    Result load(String url, int seconds) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder(PROGRAM, "--threads", "2", "--connections", String.valueOf(connections),
                "--duration", seconds + "s", "--timeout", "10s", "--script", script.toString(), url)
                .redirectErrorStream(true)
                .start();
        String output = new String(wrk.getInputStream().readAllBytes());
        if (!wrk.waitFor(seconds + 60L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            throw new IllegalStateException("wrk failed on " + url + ":\n" + output);
        }
        Matcher result = RESULT.matcher(output);
        if (!result.find()) {
            throw new IllegalStateException("wrk gave no result for " + url + ":\n" + output);
        }
        return new Result(Long.parseLong(result.group(1)), Long.parseLong(result.group(2)) / 1e6,
                Long.parseLong(result.group(3)) / 1e3, Long.parseLong(result.group(4)) / 1e3,
                Long.parseLong(result.group(5)), Long.parseLong(result.group(6)));
    }

    void delete() throws IOException {
        Files.deleteIfExists(script);
    }

    /**
     * Each of wrk's threads runs the script in a Lua state of its own: {@code setup} keeps the threads so that
     * {@code done} can add up what each counted.
     */
    private static String luaScript(List<String> cookieHeaders) {
        String cookies = cookieHeaders.stream().map(cookie -> "\"" + cookie.replace("\"", "") + "\"")
                .collect(Collectors.joining(", "));
        return """
                local cookies = { %s }
                local threads = {}
                function setup(thread)
                  table.insert(threads, thread)
                end
                function init(args)
                  next_cookie = 0
                  not_ok = 0
                end
                function request()
                  next_cookie = next_cookie %% #cookies + 1
                  return wrk.format(nil, nil, {
                    ["Host"] = wrk.headers["Host"],
                    ["Accept"] = "text/html,application/xhtml+xml,text/css,*/*",
                    ["Accept-Encoding"] = "gzip, deflate",
                    ["Cookie"] = cookies[next_cookie] })
                end
                function response(status, headers, body)
                  if status ~= 200 then not_ok = not_ok + 1 end
                end
                function done(summary, latency, requests)
                  local counted = 0
                  for _, thread in ipairs(threads) do counted = counted + thread:get("not_ok") end
                  local errors = summary.errors
                  io.write(string.format("RESULT requests=%%d duration=%%d p50=%%d p95=%%d not-ok=%%d errors=%%d\\n",
                    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), counted,
                    errors.connect + errors.read + errors.write + errors.timeout))
                end
                """.formatted(cookies);
    }
}
