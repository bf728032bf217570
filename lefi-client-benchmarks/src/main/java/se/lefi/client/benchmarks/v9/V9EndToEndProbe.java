package se.lefi.client.benchmarks.v9;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.ThreadMXBean;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Optional;
import se.lefi.client.benchmarks.LoopbackServer;
import se.lefi.client.benchmarks.Responses.Size;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.spi.QueryRequest;
import se.lefi.client.v9.V9Adapter;

/**
 * Compares whole version 9 calls of the SDK, the HttpClient 5 floor and the hand-written databind
 * client, and both decoders on the same bytes in memory, by the calling thread's CPU time and
 * allocation per call, alternating all five in one JVM so they see the same load: it shows what a
 * whole call adds to a decode.
 *
 * <p>The best CPU time of the second half of the rounds is taken (the first half warms up);
 * allocation is the last round's.
 *
 * <pre>{@code
 * java -cp benchmarks.jar se.lefi.client.benchmarks.v9.V9EndToEndProbe large 30
 * }</pre>
 */
public final class V9EndToEndProbe {

    private static final String[] CLIENTS = {"sdkSync", "floor", "diyDatabind", "sdkDecode", "databindDecode"};

    private V9EndToEndProbe() {
    }

    /**
     * Runs the probe and prints one line per client and one of ratios.
     *
     * @param args the answer size (small, medium, large), the number of rounds, and optionally one
     *        client to run alone (for a profiler)
     * @throws Exception if a call fails
     */
    public static void main(String[] args) throws Exception {
        String size = args.length > 0 ? args[0] : "medium";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String only = args.length > 2 ? args[2] : null;
        int perRound = switch (size) {
            case "large" -> 5;
            case "medium" -> 50;
            default -> 500;
        };
        byte[] answer = V9Responses.bytes(Size.of(size));
        QueryRequest request = V9Query.request();
        V9Adapter adapter = new V9Adapter();
        ObjectMapper mapper = V9DiyClient.mapper();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        double[] cpu = new double[CLIENTS.length];
        double[] allocated = new double[CLIENTS.length];
        Arrays.fill(cpu, Double.MAX_VALUE);
        try (LoopbackServer server = LoopbackServer.startForBenchmark();
                V9Contenders contenders = new V9Contenders(server.baseUrl(Size.of(size)))) {
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < CLIENTS.length; k++) {
                    if (only != null && !only.equals(CLIENTS[k])) {
                        continue;
                    }
                    long cpuBefore = threads.getCurrentThreadCpuTime();
                    long bytesBefore = threads.getThreadAllocatedBytes(thread);
                    for (int i = 0; i < perRound; i++) {
                        switch (k) {
                            case 0 -> contenders.sdkSync();
                            case 1 -> contenders.floor();
                            case 2 -> contenders.diyDatabind();
                            case 3 -> adapter.decodeQuery(request, new IncomingMessage(200,
                                    Optional.of("application/json"), new ByteArrayInputStream(answer)));
                            default -> V9DiyClient.decode(mapper, new ByteArrayInputStream(answer));
                        }
                    }
                    if (Boolean.getBoolean("probe.trace")) {
                        System.out.printf("round %d %s %.0f us%n", round, CLIENTS[k],
                                (threads.getCurrentThreadCpuTime() - cpuBefore) / 1000.0 / perRound);
                    }
                    if (round >= rounds / 2) {
                        cpu[k] = Math.min(cpu[k], (threads.getCurrentThreadCpuTime() - cpuBefore) / 1000.0 / perRound);
                    }
                    allocated[k] = (threads.getThreadAllocatedBytes(thread) - bytesBefore) / (double) perRound;
                }
            }
        }
        for (int k = 0; k < CLIENTS.length; k++) {
            if (only == null || only.equals(CLIENTS[k])) {
                System.out.printf("%s %-14s thread cpu %9.1f us  alloc %12.0f B%n", size, CLIENTS[k], cpu[k],
                        allocated[k]);
            }
        }
        if (only == null) {
            System.out.printf("%s sdk x databind: whole call cpu %.2f alloc %.2f | decode cpu %.2f alloc %.2f%n", size,
                    cpu[0] / cpu[2], allocated[0] / allocated[2], cpu[3] / cpu[4], allocated[3] / allocated[4]);
        }
    }
}
