package se.lefi.client.benchmarks;

import com.sun.management.ThreadMXBean;
import jakarta.xml.bind.JAXBContext;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import se.lefi.client.benchmarks.Responses.Size;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.spi.QueryRequest;
import se.lefi.client.v6.V6Adapter;

/**
 * Compares the SDK's decode with DIY JAXB on Woodstox by thread CPU time and bytes allocated per
 * decode, alternating the two in one JVM so both see the same load.
 *
 * <p>On a shared machine the whole JVM's CPU per operation swings with other processes' load; two
 * decoders alternated round by round on one thread see the same load, so their ratio stays steady.
 * The best CPU time of the second half of the rounds is taken (the first half warms up the JIT);
 * allocation is the last round's, which does not depend on load.
 *
 * <pre>{@code
 * java -cp benchmarks.jar se.lefi.client.benchmarks.DecodeProbe medium 30
 * }</pre>
 */
public final class DecodeProbe {

    private DecodeProbe() {
    }

    /**
     * Runs the probe and prints one line.
     *
     * @param args the answer size (small, medium, large) and the number of rounds
     * @throws Exception if an answer cannot be decoded
     */
    public static void main(String[] args) throws Exception {
        String size = args.length > 0 ? args[0] : "medium";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        byte[] answer = Responses.bytes(Size.of(size));
        QueryRequest request = Query.request();
        V6Adapter adapter = new V6Adapter();
        JAXBContext jaxb = Contenders.jaxbContext();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        int perRound = switch (size) {
            case "large" -> 5;
            case "medium" -> 100;
            default -> 2000;
        };
        double[] bestCpu = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] allocated = new double[2];
        Object sink = null;
        for (int round = 0; round < rounds; round++) {
            for (int contender = 0; contender < 2; contender++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long bytes = threads.getThreadAllocatedBytes(thread);
                for (int i = 0; i < perRound; i++) {
                    sink = contender == 0
                            ? adapter.decodeQuery(request, new IncomingMessage(200,
                                    Optional.of("text/xml; charset=UTF-8"), new ByteArrayInputStream(answer)))
                            : DiyClient.unmarshalEnvelope(jaxb, Contenders.WOODSTOX, new ByteArrayInputStream(answer));
                }
                double micros = (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / perRound;
                if (round >= rounds / 2) {
                    bestCpu[contender] = Math.min(bestCpu[contender], micros);
                }
                allocated[contender] = (threads.getThreadAllocatedBytes(thread) - bytes) / (double) perRound;
            }
        }
        System.out.printf("%s sdk cpu %.1f us alloc %.0f B | diyWoodstox cpu %.1f us alloc %.0f B"
                + " | cpu ratio %.2f alloc ratio %.2f (%s)%n", size, bestCpu[0], allocated[0], bestCpu[1],
                allocated[1], bestCpu[0] / bestCpu[1], allocated[0] / allocated[1], sink.getClass().getSimpleName());
    }
}
