package se.lefi.client.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.stream.XMLInputFactory;
import se.lefi.client.benchmarks.Responses.Size;

/**
 * Measures the peak live heap a client needs to decode the large answer end to end, above what the
 * JVM held before the call (the server's copy of the answer included).
 *
 * <p>While the call runs, a sampler thread forces a full collection every few milliseconds and
 * records the heap in use right after it, which is the live set at that moment; the result is
 * held until a last sample is taken. Run it in its own JVM (the suite does) with the serial
 * collector so every sample is a whole-heap collection.
 *
 * <pre>{@code
 * java -XX:+UseSerialGC -Xmx1g -cp benchmarks.jar se.lefi.client.benchmarks.HeapProbe
 * }</pre>
 */
public final class HeapProbe {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapProbe() {
    }

    /**
     * Prints one line per client: {@code heap <name> <answer bytes> <peak overhead bytes> <retained bytes>}.
     *
     * @param args ignored
     */
    public static void main(String[] args) throws Exception {
        int answer = Responses.bytes(Size.LARGE).length;
        try (LoopbackServer server = LoopbackServer.start();
                Contenders contenders = new Contenders(server.endpoint(Size.LARGE))) {
            for (int i = 0; i < 5; i++) {
                contenders.sdkSync();
                contenders.diy(Contenders.WOODSTOX);
                contenders.diy(Contenders.JDK_STAX);
            }
            probe("a_sdkSync", answer, contenders::sdkSync);
            probe("c_diyWoodstox", answer, () -> contenders.diy(Contenders.WOODSTOX));
            probe("c_diyJdkStax", answer, () -> contenders.diy(XMLInputFactory.newDefaultFactory()));
        }
    }

    private static void probe(String name, int answer, Callable<Object> call) throws Exception {
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
