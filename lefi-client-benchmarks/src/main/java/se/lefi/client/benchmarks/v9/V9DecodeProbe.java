package se.lefi.client.benchmarks.v9;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.ThreadMXBean;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import se.lefi.client.benchmarks.Responses.Size;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.spi.QueryRequest;
import se.lefi.client.v9.V9Adapter;

/**
 * Compares the SDK's version 9 decode with the hand-written Jackson databind client's by thread
 * CPU time and bytes allocated per decode, alternating the two in one JVM so both see the same
 * load, as {@code DecodeProbe} does for the SOAP versions; a third contender reads only Jackson's
 * tokens and the texts' characters, the floor of any decoder on Jackson's streaming parser.
 *
 * <p>The best CPU time of the second half of the rounds is taken (the first half warms up the
 * JIT); allocation is the last round's. A third argument (any) runs the SDK alone, for a profiler.
 *
 * <pre>{@code
 * java -cp benchmarks.jar se.lefi.client.benchmarks.v9.V9DecodeProbe medium 30
 * }</pre>
 */
public final class V9DecodeProbe {

    private V9DecodeProbe() {
    }

    /**
     * Runs the probe and prints one line.
     *
     * @param args the answer size (small, medium, large), the number of rounds, and any third
     *     argument to run the SDK alone
     * @throws Exception if an answer cannot be decoded
     */
    public static void main(String[] args) throws Exception {
        String size = args.length > 0 ? args[0] : "medium";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        boolean sdkOnly = args.length > 2;
        byte[] answer = V9Responses.bytes(Size.of(size));
        QueryRequest request = V9Query.request();
        V9Adapter adapter = new V9Adapter();
        ObjectMapper mapper = V9DiyClient.mapper();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        int perRound = switch (size) {
            case "large" -> 5;
            case "medium" -> 100;
            default -> 2000;
        };
        double[] bestCpu = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] allocated = new double[3];
        Object sink = null;
        for (int round = 0; round < rounds; round++) {
            for (int contender = 0; contender < (sdkOnly ? 1 : 3); contender++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long bytes = threads.getThreadAllocatedBytes(thread);
                for (int i = 0; i < perRound; i++) {
                    sink = switch (contender) {
                        case 0 -> adapter.decodeQuery(request, new IncomingMessage(200, Optional.of("application/json"),
                                new ByteArrayInputStream(answer)));
                        case 1 -> V9DiyClient.decode(mapper, new ByteArrayInputStream(answer));
                        default -> tokens(mapper.getFactory(), answer);
                    };
                }
                double micros = (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / perRound;
                if (round >= rounds / 2) {
                    bestCpu[contender] = Math.min(bestCpu[contender], micros);
                }
                allocated[contender] = (threads.getThreadAllocatedBytes(thread) - bytes) / (double) perRound;
            }
        }
        System.out.printf("%s v9 sdk cpu %.1f us alloc %.0f B | databind cpu %.1f us alloc %.0f B"
                + " | cpu ratio %.2f alloc ratio %.2f | tokens and texts only cpu %.1f us = %.2f of databind (%s)%n",
                size, bestCpu[0], allocated[0], bestCpu[1], allocated[1], bestCpu[0] / bestCpu[1],
                allocated[0] / allocated[1], bestCpu[2], bestCpu[2] / bestCpu[1], sink.getClass().getSimpleName());
    }

    /**
     * Jackson's least work on an answer: every token, and the characters of every text (which any
     * client must decode to keep a text). No client that reads the answer through Jackson's
     * streaming parser can cost less; it bounds what a decoder on it can reach.
     */
    private static Integer tokens(JsonFactory factory, byte[] answer) throws IOException {
        int count = 0;
        try (JsonParser p = factory.createParser(new ByteArrayInputStream(answer))) {
            for (JsonToken token; (token = p.nextToken()) != null; ) {
                if (token == JsonToken.VALUE_STRING) {
                    count += p.getTextLength();
                }
                count++;
            }
        }
        return count;
    }
}
