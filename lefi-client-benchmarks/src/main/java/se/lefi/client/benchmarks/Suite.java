package se.lefi.client.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * Runs the whole comparison in one go and prints the tables of BENCHMARKS.md: end to end at 1 and
 * 16 threads (with the GC profiler at 1 thread), decode only (with the GC profiler), cold start
 * (one JVM per sample) and the peak heap of the large answer (its own JVM); then the version 9
 * comparison ({@link se.lefi.client.benchmarks.v9.V9Suite}).
 *
 * <pre>{@code
 * java -jar lefi-client-benchmarks/target/benchmarks.jar                 # the suite, ~15 minutes
 * java -jar lefi-client-benchmarks/target/benchmarks.jar jmh -h          # plain JMH, any options
 * java -jar lefi-client-benchmarks/target/benchmarks.jar heap            # the heap probe alone
 * java -jar lefi-client-benchmarks/target/benchmarks.jar v9              # the version 9 part alone
 * }</pre>
 *
 * <p>Raw JMH JSON lands in {@code target/jmh-*.json}; the tables in {@code target/benchmark-results.md}.
 */
public final class Suite {

    private static final String[] FORK_JVM_ARGS = {"-Xms1g", "-Xmx2g"};

    private Suite() {
    }

    /**
     * Runs the suite, or JMH itself when the first argument is {@code jmh}.
     *
     * @param args none for the suite; {@code jmh ...} for JMH's own command line; {@code heap} for the probe
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("heap")) {
            HeapProbe.main(new String[0]);
            return;
        }
        if (args.length > 0 && args[0].equals("v9")) {
            se.lefi.client.benchmarks.v9.V9Suite.main(new String[0]);
            return;
        }
        Files.createDirectories(Path.of("target"));
        StringBuilder report = new StringBuilder();
        report.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append("\n\n");

        Collection<RunResult> single = run(EndToEndBenchmark.class, 1, true, "target/jmh-e2e-t1.json");
        Collection<RunResult> sixteen = run(EndToEndBenchmark.class, 16, false, "target/jmh-e2e-t16.json");
        Collection<RunResult> decode = run(DecodeBenchmark.class, 1, true, "target/jmh-decode.json");
        Collection<RunResult> cold = new Runner(new OptionsBuilder().include(ColdStartBenchmark.class.getName() + "\\.")
                .resultFormat(ResultFormatType.JSON).result("target/jmh-coldstart.json").build()).run();

        report.append(endToEndTable("End to end, 1 thread", single, true));
        report.append(endToEndTable("End to end, 16 threads", sixteen, false));
        report.append(endToEndTable("Decode only (bytes in memory to result), 1 thread", decode, true));
        report.append(coldTable(cold));
        report.append(heapTable());
        report.append(se.lefi.client.benchmarks.v9.V9Suite.run());
        System.out.println();
        System.out.println(report);
        Files.writeString(Path.of("target/benchmark-results.md"), report);
    }

    private static Collection<RunResult> run(Class<?> benchmark, int threads, boolean gc, String json)
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

    private static String endToEndTable(String title, Collection<RunResult> results, boolean alloc) {
        Map<String, Map<String, RunResult>> bySize = new LinkedHashMap<>();
        for (String size : List.of("small", "medium", "large")) {
            for (RunResult r : results) {
                if (size.equals(r.getParams().getParam("size"))) {
                    bySize.computeIfAbsent(size, s -> new LinkedHashMap<>()).put(method(r), r);
                }
            }
        }
        StringBuilder sb = new StringBuilder("### ").append(title).append("\n\n");
        sb.append("| size | client | wall µs/op | ± | CPU µs/op | CPU × floor (b) | CPU × DIY JDK (c) |"
                + " CPU × DIY Woodstox (c) | wall × DIY Woodstox (c) |")
                .append(alloc ? " alloc B/op | alloc × DIY Woodstox |" : "").append('\n');
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|").append(alloc ? "---:|---:|" : "").append('\n');
        bySize.forEach((size, methods) -> {
            double floor = cpu(methods.get("b_floor"));
            double jdk = cpu(methods.get("c_diyJdkStax"));
            double woodstox = cpu(methods.get("c_diyWoodstox"));
            double woodstoxWall = score(methods.get("c_diyWoodstox"));
            double woodstoxAlloc = allocation(methods.get("c_diyWoodstox"));
            methods.forEach((method, r) -> {
                double s = score(r);
                double c = cpu(r);
                sb.append("| ").append(size).append(" | ").append(method).append(" | ").append(fmt(s)).append(" | ")
                        .append(fmt(r.getPrimaryResult().getScoreError())).append(" | ").append(fmt(c)).append(" | ")
                        .append(ratio(c, floor)).append(" | ").append(ratio(c, jdk)).append(" | ")
                        .append(ratio(c, woodstox)).append(" | ").append(ratio(s, woodstoxWall)).append(" |");
                if (alloc) {
                    double a = allocation(r);
                    sb.append(' ').append(Double.isNaN(a) ? "–" : fmt(a)).append(" | ").append(ratio(a, woodstoxAlloc))
                            .append(" |");
                }
                sb.append('\n');
            });
        });
        return sb.append('\n').toString();
    }

    private static String coldTable(Collection<RunResult> results) {
        StringBuilder sb = new StringBuilder("### Cold start: first decoded answer in a fresh JVM (small answer)\n\n");
        sb.append("| client | ms (mean of forks) | ± | samples (ms) |\n|---|---:|---:|---|\n");
        for (RunResult r : results) {
            Result<?> p = r.getPrimaryResult();
            List<String> samples = new ArrayList<>();
            r.getBenchmarkResults().forEach(br -> br.getIterationResults()
                    .forEach(ir -> samples.add(fmt(ir.getPrimaryResult().getScore()))));
            sb.append("| ").append(method(r)).append(" | ").append(fmt(p.getScore())).append(" | ")
                    .append(fmt(p.getScoreError())).append(" | ").append(String.join(", ", samples)).append(" |\n");
        }
        return sb.append('\n').toString();
    }

    private static String heapTable() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder sb = new StringBuilder("### Peak heap above the JVM's baseline while decoding the large answer\n\n");
        sb.append("| client | answer bytes | peak live overhead (MB) | × answer | retained result (MB) |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (String client : List.of("a_sdkSync", "c_diyWoodstox", "c_diyJdkStax")) {
            Process process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xmx1g", "-cp",
                    System.getProperty("java.class.path"), HeapProbe.class.getName(), client)
                    .redirectErrorStream(true).start();
            readHeapLines(process, sb);
        }
        return sb.append('\n').toString();
    }

    private static void readHeapLines(Process process, StringBuilder sb) throws IOException, InterruptedException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(" ");
                if (f.length >= 5 && f[0].equals("heap")) {
                    double answer = Double.parseDouble(f[2]);
                    double peak = Double.parseDouble(f[3]);
                    double retained = Double.parseDouble(f[4]);
                    sb.append("| ").append(f[1]).append(" | ").append(f[2]).append(" | ").append(fmt(peak / 1048576))
                            .append(" | ").append(fmt(peak / answer)).append(" | ").append(fmt(retained / 1048576))
                            .append(" |\n");
                } else {
                    System.out.println("[heap probe] " + line);
                }
            }
        }
        process.waitFor();
    }

    private static String method(RunResult r) {
        String name = r.getParams().getBenchmark();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static double score(RunResult r) {
        return r == null ? Double.NaN : r.getPrimaryResult().getScore();
    }

    private static double cpu(RunResult r) {
        if (r == null) {
            return Double.NaN;
        }
        Result<?> c = r.getSecondaryResults().get("cpu.time.per.op");
        return c == null ? Double.NaN : c.getScore();
    }

    private static double allocation(RunResult r) {
        if (r == null) {
            return Double.NaN;
        }
        Result<?> a = r.getSecondaryResults().get("gc.alloc.rate.norm");
        return a == null ? Double.NaN : a.getScore();
    }

    private static String ratio(double value, double base) {
        return Double.isNaN(value) || Double.isNaN(base) || base == 0 ? "–" : String.format(Locale.ROOT, "%.2f", value / base);
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
