package se.lefi.client.benchmarks.v9;

import static se.lefi.client.benchmarks.SuiteRuns.allocation;
import static se.lefi.client.benchmarks.SuiteRuns.cpu;
import static se.lefi.client.benchmarks.SuiteRuns.fmt;
import static se.lefi.client.benchmarks.SuiteRuns.method;
import static se.lefi.client.benchmarks.SuiteRuns.ratio;
import static se.lefi.client.benchmarks.SuiteRuns.score;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;
import se.lefi.client.benchmarks.Responses.Size;
import se.lefi.client.benchmarks.SuiteRuns;

/**
 * Runs the version 9 comparison and returns its tables for BENCHMARKS.md's "Version 9" section:
 * end to end at 1 thread (with the GC profiler) and 16 threads, decode only (with the GC
 * profiler), and the peak heap of the ~5 MB answer (one JVM per client). Ratios are against the
 * hand-written databind client (c), the basis of the targets.
 *
 * <pre>{@code
 * java -jar lefi-client-benchmarks/target/benchmarks.jar v9          # the v9 part alone, ~10 minutes
 * java -Dsizes=medium,large -jar lefi-client-benchmarks/target/benchmarks.jar v9
 * }</pre>
 */
public final class V9Suite {

    private static final String BASIS = "c_diyDatabind";
    private static final String GENERATED = "d_openapiNative";

    private V9Suite() {
    }

    /**
     * Runs the v9 part alone, prints its tables and writes them to {@code target/benchmark-results-v9.md}.
     *
     * @param args none
     */
    public static void main(String[] args) throws Exception {
        Files.createDirectories(Path.of("target"));
        String report = "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + ' ' + System.getProperty("java.version") + "\n\n" + run();
        System.out.println();
        System.out.println(report);
        Files.writeString(Path.of("target/benchmark-results-v9.md"), report);
    }

    /** Runs every v9 measurement and returns the tables as Markdown. */
    public static String run() throws RunnerException, IOException, InterruptedException {
        Collection<RunResult> single = SuiteRuns.jmh(V9EndToEndBenchmark.class, 1, true, "target/jmh-v9-e2e-t1.json");
        Collection<RunResult> sixteen = SuiteRuns.jmh(V9EndToEndBenchmark.class, 16, false, "target/jmh-v9-e2e-t16.json");
        Collection<RunResult> decode = SuiteRuns.jmh(V9DecodeBenchmark.class, 1, true, "target/jmh-v9-decode.json");
        return sizesTable() + table("Version 9, end to end, 1 thread", single, true)
                + table("Version 9, end to end, 16 threads", sixteen, false)
                + table("Version 9, decode only (bytes in memory to result), 1 thread", decode, true) + SuiteRuns.heapTable("Version 9, peak heap above the JVM's baseline while fetching and"
                        + " decoding the large answer", V9HeapProbe.class, List.of("a_sdkSync", BASIS, GENERATED));
    }

    private static String sizesTable() {
        StringBuilder sb = new StringBuilder("### Version 9 answers\n\n| size | bytes | FK payments |\n|---|---:|---:|\n");
        for (Size size : Size.values()) {
            sb.append("| ").append(size.key()).append(" | ").append(fmt(V9Responses.bytes(size).length)).append(" | ")
                    .append(V9Responses.payments(size)).append(" |\n");
        }
        return sb.append('\n').toString();
    }

    private static String table(String title, Collection<RunResult> results, boolean alloc) {
        Map<String, Map<String, RunResult>> bySize = new LinkedHashMap<>();
        for (String size : List.of("small", "medium", "large")) {
            for (RunResult r : results) {
                if (size.equals(r.getParams().getParam("size"))) {
                    bySize.computeIfAbsent(size, s -> new LinkedHashMap<>()).put(method(r), r);
                }
            }
        }
        StringBuilder sb = new StringBuilder("### ").append(title).append("\n\n");
        sb.append("| size | client | wall µs/op | ± | CPU µs/op | CPU × DIY databind (c) | CPU × openapi native (d) |"
                + " wall × DIY databind (c) |").append(alloc ? " alloc B/op | alloc × DIY databind (c) |" : "")
                .append('\n');
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|").append(alloc ? "---:|---:|" : "").append('\n');
        bySize.forEach((size, methods) -> {
            double basisCpu = cpu(methods.get(BASIS));
            double generatedCpu = cpu(methods.get(GENERATED));
            double basisWall = score(methods.get(BASIS));
            double basisAlloc = allocation(methods.get(BASIS));
            methods.forEach((method, r) -> {
                double s = score(r);
                double c = cpu(r);
                sb.append("| ").append(size).append(" | ").append(method).append(" | ").append(fmt(s)).append(" | ")
                        .append(fmt(r.getPrimaryResult().getScoreError())).append(" | ").append(fmt(c)).append(" | ")
                        .append(ratio(c, basisCpu)).append(" | ").append(ratio(c, generatedCpu)).append(" | ")
                        .append(ratio(s, basisWall)).append(" |");
                if (alloc) {
                    double a = allocation(r);
                    sb.append(' ').append(fmt(a)).append(" | ").append(ratio(a, basisAlloc)).append(" |");
                }
                sb.append('\n');
            });
        });
        return sb.append('\n').toString();
    }







}
