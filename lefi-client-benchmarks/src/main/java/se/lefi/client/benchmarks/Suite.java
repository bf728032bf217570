package se.lefi.client.benchmarks;

import static se.lefi.client.benchmarks.SuiteRuns.allocation;
import static se.lefi.client.benchmarks.SuiteRuns.cpu;
import static se.lefi.client.benchmarks.SuiteRuns.fmt;
import static se.lefi.client.benchmarks.SuiteRuns.method;
import static se.lefi.client.benchmarks.SuiteRuns.ratio;
import static se.lefi.client.benchmarks.SuiteRuns.score;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the whole comparison in one go and prints the tables of BENCHMARKS.md: end to end at 1 and
 * 16 threads (with the GC profiler at 1 thread), decode only (with the GC profiler), cold start
 * (one JVM per sample) and the peak heap of the large answer (its own JVM); then the version 9
 * comparison ({@link se.lefi.client.benchmarks.v9.V9Suite}).
 *
 * <pre>{@code
 * java -jar lefi-client-benchmarks/target/benchmarks.jar                 # the suite, ~35 minutes
 * java -jar lefi-client-benchmarks/target/benchmarks.jar jmh -h          # plain JMH, any options
 * java -jar lefi-client-benchmarks/target/benchmarks.jar heap            # the heap probe alone
 * java -jar lefi-client-benchmarks/target/benchmarks.jar v9              # the version 9 part alone
 * java -Dwarmups=10 -Diterations16=10 -jar lefi-client-benchmarks/target/benchmarks.jar  # narrower errors
 * }</pre>
 *
 * <p>{@link SuiteRuns} reads {@code -Dwarmups}, {@code -Diterations}, {@code -Diterations16}, {@code -Dseconds}
 * and {@code -Dsizes}.
 *
 * <p>Raw JMH JSON lands in {@code target/jmh-*.json}; the tables in {@code target/benchmark-results.md}.
 */
public final class Suite {

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

        Collection<RunResult> single = SuiteRuns.jmh(EndToEndBenchmark.class, 1, true, "target/jmh-e2e-t1.json");
        Collection<RunResult> sixteen = SuiteRuns.jmh(EndToEndBenchmark.class, 16, false, "target/jmh-e2e-t16.json");
        Collection<RunResult> decode = SuiteRuns.jmh(DecodeBenchmark.class, 1, true, "target/jmh-decode.json");
        Collection<RunResult> cold = new Runner(new OptionsBuilder().include(ColdStartBenchmark.class.getName() + "\\.")
                .resultFormat(ResultFormatType.JSON).result("target/jmh-coldstart.json").build()).run();

        report.append(endToEndTable("End to end, 1 thread", single, true));
        report.append(endToEndTable("End to end, 16 threads", sixteen, false));
        report.append(endToEndTable("Decode only (bytes in memory to result), 1 thread", decode, true));
        report.append(coldTable(cold));
        report.append(SuiteRuns.heapTable("Peak heap above the JVM's baseline while decoding the large answer",
                HeapProbe.class, List.of("a_sdkSync", "c_diyWoodstox", "c_diyJdkStax")));
        report.append(se.lefi.client.benchmarks.v9.V9Suite.run());
        System.out.println();
        System.out.println(report);
        Files.writeString(Path.of("target/benchmark-results.md"), report);
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

}
