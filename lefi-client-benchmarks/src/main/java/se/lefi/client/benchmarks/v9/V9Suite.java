package se.lefi.client.benchmarks.v9;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import se.lefi.client.benchmarks.CpuProfiler;
import se.lefi.client.benchmarks.Responses.Size;

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

    private static final String[] FORK_JVM_ARGS = {"-Xms1g", "-Xmx2g"};
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
        Collection<RunResult> single = jmh(V9EndToEndBenchmark.class, 1, true, "target/jmh-v9-e2e-t1.json");
        Collection<RunResult> sixteen = jmh(V9EndToEndBenchmark.class, 16, false, "target/jmh-v9-e2e-t16.json");
        Collection<RunResult> decode = jmh(V9DecodeBenchmark.class, 1, true, "target/jmh-v9-decode.json");
        return sizesTable() + table("Version 9, end to end, 1 thread", single, true)
                + table("Version 9, end to end, 16 threads", sixteen, false)
                + table("Version 9, decode only (bytes in memory to result), 1 thread", decode, true) + heapTable();
    }

    private static Collection<RunResult> jmh(Class<?> benchmark, int threads, boolean gc, String json)
            throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder().include(benchmark.getName() + "\\.")
                .threads(threads).forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                .jvmArgs(FORK_JVM_ARGS)
                .addProfiler(CpuProfiler.class)
                .resultFormat(ResultFormatType.JSON).result(json);
        String sizes = System.getProperty("sizes");
        if (sizes != null) {
            options.param("size", sizes.split(","));
        }
        if (gc) {
            options.addProfiler(GCProfiler.class);
        }
        return new Runner(options.build()).run();
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

    private static String heapTable() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder sb = new StringBuilder("### Version 9, peak heap above the JVM's baseline while fetching and"
                + " decoding the large answer\n\n");
        sb.append("| client | answer bytes | peak live overhead (MB) | × answer | retained result (MB) |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (String client : List.of("a_sdkSync", BASIS, GENERATED)) {
            Process process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xmx1g", "-cp",
                    System.getProperty("java.class.path"), V9HeapProbe.class.getName(), client)
                    .redirectErrorStream(true).start();
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    String[] f = line.split(" ");
                    if (f.length >= 5 && f[0].equals("heap")) {
                        double answer = Double.parseDouble(f[2]);
                        double peak = Double.parseDouble(f[3]);
                        double retained = Double.parseDouble(f[4]);
                        sb.append("| ").append(f[1]).append(" | ").append(f[2]).append(" | ")
                                .append(fmt(peak / 1048576)).append(" | ").append(fmt(peak / answer)).append(" | ")
                                .append(fmt(retained / 1048576)).append(" |\n");
                    } else {
                        System.out.println("[v9 heap probe] " + line);
                    }
                }
            }
            process.waitFor();
        }
        return sb.append('\n').toString();
    }

    private static String method(RunResult r) {
        String name = r.getParams().getBenchmark();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static double score(RunResult r) {
        return r == null ? Double.NaN : r.getPrimaryResult().getScore();
    }

    private static double cpu(RunResult r) {
        Result<?> c = r == null ? null : r.getSecondaryResults().get("cpu.time.per.op");
        return c == null ? Double.NaN : c.getScore();
    }

    private static double allocation(RunResult r) {
        Result<?> a = r == null ? null : r.getSecondaryResults().get("gc.alloc.rate.norm");
        return a == null ? Double.NaN : a.getScore();
    }

    private static String ratio(double value, double base) {
        return Double.isNaN(value) || Double.isNaN(base) || base == 0 ? "–"
                : String.format(Locale.ROOT, "%.2f", value / base);
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
