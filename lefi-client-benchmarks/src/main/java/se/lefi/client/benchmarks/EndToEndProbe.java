package se.lefi.client.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import se.lefi.client.benchmarks.Responses.Size;

/**
 * Compares whole calls of the SDK, the HttpClient 5 floor and DIY JAXB on Woodstox by the calling
 * thread's CPU time and allocation per call, alternating the three in one JVM so all see the same
 * load: the steady-state counterpart of {@link EndToEndBenchmark}, whose process CPU also holds the
 * garbage collector and the JIT compiler.
 *
 * <p>The best CPU time of the second half of the rounds is taken (the first half warms up);
 * allocation is the last round's. The process CPU column is coarse (the operating system counts it
 * in ticks) but shows what the collector adds, and the server with {@code -Dloopback=inprocess}.
 *
 * <pre>{@code
 * java -cp benchmarks.jar se.lefi.client.benchmarks.EndToEndProbe small 40
 * }</pre>
 */
public final class EndToEndProbe {

    private static final String[] CLIENTS = {"sdkSync", "floor", "diyWoodstox"};

    private EndToEndProbe() {
    }

    /**
     * Runs the probe and prints one line per client and one of ratios.
     *
     * @param args the answer size (small, medium, large), the number of rounds, and optionally one
     *        client to run alone (for a profiler)
     * @throws Exception if a call fails
     */
    public static void main(String[] args) throws Exception {
        String size = args.length > 0 ? args[0] : "small";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String only = args.length > 2 ? args[2] : null;
        int perRound = switch (size) {
            case "large" -> 5;
            case "medium" -> 50;
            default -> 500;
        };
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        double[] process = new double[CLIENTS.length];
        double[] cpu = new double[CLIENTS.length];
        double[] allocated = new double[CLIENTS.length];
        Arrays.fill(process, Double.MAX_VALUE);
        Arrays.fill(cpu, Double.MAX_VALUE);
        try (LoopbackServer server = LoopbackServer.startForBenchmark();
                Contenders contenders = new Contenders(server.endpoint(Size.of(size)))) {
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < CLIENTS.length; k++) {
                    if (only != null && !only.equals(CLIENTS[k])) {
                        continue;
                    }
                    long processBefore = os.getProcessCpuTime();
                    long cpuBefore = threads.getCurrentThreadCpuTime();
                    long bytesBefore = threads.getThreadAllocatedBytes(thread);
                    for (int i = 0; i < perRound; i++) {
                        call(contenders, k);
                    }
                    if (round >= rounds / 2) {
                        process[k] = Math.min(process[k], (os.getProcessCpuTime() - processBefore) / 1000.0 / perRound);
                        cpu[k] = Math.min(cpu[k], (threads.getCurrentThreadCpuTime() - cpuBefore) / 1000.0 / perRound);
                    }
                    allocated[k] = (threads.getThreadAllocatedBytes(thread) - bytesBefore) / (double) perRound;
                }
            }
        }
        for (int k = 0; k < CLIENTS.length; k++) {
            if (only == null || only.equals(CLIENTS[k])) {
                System.out.printf("%s %-12s thread cpu %.1f us  process cpu %.0f us  alloc %.0f B%n", size, CLIENTS[k],
                        cpu[k], process[k], allocated[k]);
            }
        }
        if (only == null) {
            System.out.printf("%s sdk x diyWoodstox: thread cpu %.2f, process cpu %.2f, alloc %.2f%n", size,
                    cpu[0] / cpu[2], process[0] / process[2], allocated[0] / allocated[2]);
        }
    }

    private static void call(Contenders contenders, int client) throws Exception {
        switch (client) {
            case 0 -> contenders.sdkSync();
            case 1 -> contenders.floor();
            default -> contenders.diy(Contenders.WOODSTOX);
        }
    }
}
