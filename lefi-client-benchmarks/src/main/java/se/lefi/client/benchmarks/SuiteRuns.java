package se.lefi.client.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
 * What the SOAP suite and the version 9 suite share: how a JMH run is set up, how its results are
 * read and formatted, and how the heap probes are run, one JVM per client.
 *
 * <p>Iterations come from system properties, so a quiet machine can buy narrower error bars
 * without a rebuild: {@code -Dwarmups=N} (warm-up iterations, default 3),
 * {@code -Diterations=N} (measured iterations, default 3), {@code -Diterations16=N} for the
 * 16-thread runs (default: the same), whose errors need more, {@code -Dseconds=N} (the length of
 * every iteration, default 2), {@code -Dloopback=process|inprocess} (where the end-to-end server runs,
 * default its own JVM: {@link ServerProcess}), and {@code -DprewarmSeconds=N} (how long an end-to-end trial runs
 * its client on one thread first, default 10: {@link Prewarm}).
 *
 * <pre>{@code
 * java -Dwarmups=10 -Diterations16=10 -Dsizes=medium,large -jar lefi-client-benchmarks/target/benchmarks.jar
 * }</pre>
 */
public final class SuiteRuns {

    /**
     * A fixed heap, touched before the first iteration: a heap that grows during a run makes the
     * kernel fault in fresh pages, and that work lands on whichever thread allocates first. One
     * JVM per benchmark then measured twice the CPU of the next for the same code (the SDK's
     * large version 9 decode: 20 or 40 ms per call, run to run); with the heap touched, every
     * client pays only for its own work.
     */
    private static final String[] FORK_JVM_ARGS = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"};

    private SuiteRuns() {
    }

    /** The fixed heap, and the pre-warm time and the server's place when they were given. */
    private static String[] forkJvmArgs() {
        List<String> args = new ArrayList<>(List.of(FORK_JVM_ARGS));
        String prewarm = System.getProperty(Prewarm.SECONDS);
        if (prewarm != null) {
            args.add("-D" + Prewarm.SECONDS + "=" + Integer.parseInt(prewarm));
        }
        String where = System.getProperty(ServerProcess.WHERE);
        if (where != null) {
            args.add("-D" + ServerProcess.WHERE + "=" + where);
        }
        return args.toArray(String[]::new);
    }

    /**
     * Runs one benchmark class in one fork with the CPU profiler (and the GC profiler when asked).
     *
     * @param benchmark the JMH benchmark class
     * @param threads   the JMH threads
     * @param gc        whether to add JMH's GC profiler (allocation per operation)
     * @param json      where JMH writes its raw JSON
     * @return JMH's results
     */
    public static Collection<RunResult> jmh(Class<?> benchmark, int threads, boolean gc, String json)
            throws RunnerException {
        int iterations = Integer.getInteger("iterations", 3);
        if (threads > 1) {
            iterations = Integer.getInteger("iterations16", iterations);
        }
        TimeValue length = TimeValue.seconds(Integer.getInteger("seconds", 2));
        ChainedOptionsBuilder options = new OptionsBuilder().include(benchmark.getName() + "\\.")
                .threads(threads).forks(1)
                .warmupIterations(Integer.getInteger("warmups", 3)).warmupTime(length)
                .measurementIterations(iterations).measurementTime(length)
                .jvmArgs(forkJvmArgs())
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

    /**
     * Runs a heap probe in a fresh JVM per client and returns its Markdown table.
     *
     * @param title   the table's heading
     * @param probe   the probe's main class, printing {@code heap <client> <answer> <peak> <retained>}
     * @param clients the clients, one JVM each
     * @return the table
     */
    public static String heapTable(String title, Class<?> probe, List<String> clients)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder sb = new StringBuilder("### ").append(title).append("\n\n");
        sb.append("| client | answer bytes | peak live overhead (MB) | × answer | retained result (MB) |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (String client : clients) {
            // Soft references cleared at every collection: caches that the JVM keeps or drops at its
            // own pace (parser buffer recyclers) would otherwise move the baseline between samples.
            // No dead wood: see HeapProbe.
            Process process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:MarkSweepDeadRatio=0",
                    "-XX:SoftRefLRUPolicyMSPerMB=0", "-Xmx1g",
                    "-cp", System.getProperty("java.class.path"), probe.getName(), client)
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
                        System.out.println("[heap probe] " + line);
                    }
                }
            }
            process.waitFor();
        }
        return sb.append('\n').toString();
    }

    /** Returns the benchmark method's simple name. */
    public static String method(RunResult r) {
        String name = r.getParams().getBenchmark();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** Returns the primary score (wall time per operation), NaN when there is no result. */
    public static double score(RunResult r) {
        return r == null ? Double.NaN : r.getPrimaryResult().getScore();
    }

    /** Returns the CPU time per operation ({@link CpuProfiler}), NaN when absent. */
    public static double cpu(RunResult r) {
        return secondary(r, "cpu.time.per.op");
    }

    /** Returns the bytes allocated per operation (JMH's GC profiler), NaN when absent. */
    public static double allocation(RunResult r) {
        return secondary(r, "gc.alloc.rate.norm");
    }

    private static double secondary(RunResult r, String label) {
        Result<?> result = r == null ? null : r.getSecondaryResults().get(label);
        return result == null ? Double.NaN : result.getScore();
    }

    /** Returns value / base with two decimals, or a dash when either is missing. */
    public static String ratio(double value, double base) {
        return Double.isNaN(value) || Double.isNaN(base) || base == 0 ? "–"
                : String.format(Locale.ROOT, "%.2f", value / base);
    }

    /** Formats a number for a table: thousands separated from 100 up, two decimals below, a dash for NaN. */
    public static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
