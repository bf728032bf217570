package se.lefi.client.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import se.lefi.client.benchmarks.Responses.Size;

/**
 * Measures the peak live heap a client needs to decode the large answer end to end, above what the
 * JVM held before the call (the server's copy of the answer included).
 *
 * <p>While the call runs, a sampler thread forces a full collection every few milliseconds and
 * records the heap in use right after it, which is the live set at that moment; the result is
 * held until a last sample is taken. Run it in its own JVM (the suite does) with the serial
 * collector so every sample is a whole-heap collection, and with {@code -XX:MarkSweepDeadRatio=0}:
 * by default the serial full collection leaves up to 5 % of the old generation's dead objects in
 * place as filler arrays ("dead wood") and compacts them only every fourth time, so the heap in use
 * after a collection swung by megabytes with the collection count. That made the version 9 SDK's
 * retained size negative (its baseline carried 11 MB of dead filler that a later collection
 * compacted away) and every other row too high or too low by chance.
 *
 * <pre>{@code
 * java -XX:+UseSerialGC -XX:MarkSweepDeadRatio=0 -XX:SoftRefLRUPolicyMSPerMB=0 -Xmx1g -cp benchmarks.jar se.lefi.client.benchmarks.HeapProbe a_sdkSync
 * }</pre>
 */
public final class HeapProbe {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapProbe() {
    }

    /**
     * Prints {@code heap <name> <answer bytes> <peak overhead bytes> <retained bytes>} for one client.
     *
     * @param args the client: a_sdkSync (default), c_diyWoodstox or c_diyJdkStax
     */
    public static void main(String[] args) throws Exception {
        String client = args.length > 0 ? args[0] : "a_sdkSync";
        int answer = Responses.bytes(Size.LARGE).length;
        try (LoopbackServer server = LoopbackServer.start();
                Contenders contenders = new Contenders(server.endpoint(Size.LARGE))) {
            // One client per JVM (the suite starts one process each): what another client left in
            // caches or parser pools would otherwise blur the baseline.
            Callable<Object> call = switch (client) {
                case "a_sdkSync" -> contenders::sdkSync;
                case "c_diyWoodstox" -> () -> contenders.diy(Contenders.WOODSTOX);
                case "c_diyJdkStax" -> () -> contenders.diy(Contenders.JDK_STAX);
                default -> throw new IllegalArgumentException("unknown client " + client);
            };
            for (int i = 0; i < 5; i++) {
                call.call();
            }
            probe(client, answer, call);
        }
    }

    /**
     * Measures one call of a warmed-up client and prints {@code heap <name> <answer> <peak> <retained>}.
     *
     * @param name   the client's name in the table
     * @param answer the answer's size in bytes
     * @param call   the call, returning its result (held until the last sample)
     */
    public static void probe(String name, int answer, Callable<Object> call) throws Exception {
        if (!ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:MarkSweepDeadRatio=0")) {
            System.err.println("warning: run with -XX:+UseSerialGC -XX:MarkSweepDeadRatio=0, or dead objects left"
                    + " in place by full collections blur the baseline");
        }
        // The first collections after the warm-up still find objects kept by finalizers and cleaners.
        long baseline = Math.min(liveHeap(), Math.min(liveHeap(), liveHeap()));
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(liveHeap(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.start();
        Object result = call.call();
        sampler.interrupt();
        sampler.join();
        long retained = liveHeap();
        peak.accumulateAndGet(retained, Math::max);
        System.out.println("heap " + name + " " + answer + " " + (peak.get() - baseline) + " " + (retained - baseline)
                + " " + (result != null));
        result = null;
    }

    private static long liveHeap() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
