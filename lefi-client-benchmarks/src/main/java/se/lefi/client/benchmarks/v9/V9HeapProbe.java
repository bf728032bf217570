package se.lefi.client.benchmarks.v9;

import java.util.concurrent.Callable;
import se.lefi.client.benchmarks.HeapProbe;
import se.lefi.client.benchmarks.LoopbackServer;
import se.lefi.client.benchmarks.Responses.Size;

/**
 * Measures the peak live heap a version 9 client needs to fetch and decode the large (~5 MB)
 * answer end to end, above what the JVM held before the call (the loopback server's copy of the
 * answer included), the same way {@code HeapProbe} does for the SOAP clients: a sampler thread
 * forces a full collection every few milliseconds during the call and records the heap in use
 * after it. Run it in its own JVM with the serial collector (the suite does).
 *
 * <pre>{@code
 * java -XX:+UseSerialGC -XX:MarkSweepDeadRatio=0 -XX:SoftRefLRUPolicyMSPerMB=0 -Xmx1g -cp benchmarks.jar se.lefi.client.benchmarks.v9.V9HeapProbe a_sdkSync
 * }</pre>
 */
public final class V9HeapProbe {

    private V9HeapProbe() {
    }

    /**
     * Prints {@code heap <name> <answer bytes> <peak overhead bytes> <retained bytes>} for one client.
     *
     * @param args the client: a_sdkSync (default), c_diyDatabind or d_openapiNative
     */
    public static void main(String[] args) throws Exception {
        String client = args.length > 0 ? args[0] : "a_sdkSync";
        int answer = V9Responses.bytes(Size.LARGE).length;
        try (LoopbackServer server = LoopbackServer.start();
                V9Contenders contenders = new V9Contenders(server.baseUrl(Size.LARGE))) {
            Callable<Object> call = switch (client) {
                case "a_sdkSync" -> contenders::sdkSync;
                case "c_diyDatabind" -> contenders::diyDatabind;
                case "d_openapiNative" -> contenders::openapiNative;
                default -> throw new IllegalArgumentException("unknown client " + client);
            };
            for (int i = 0; i < 5; i++) {
                call.call();
            }
            HeapProbe.probe(client, answer, call);
        }
    }
}
