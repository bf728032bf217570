package se.lefi.client.internal.soap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamReader;
import se.lefi.client.internal.xml.SafeXml;
import se.lefi.client.internal.xml.StreamingDetailsReader;

/**
 * Prepares a contract's answer decoder on a background thread while the first request is written
 * and sent: the hardened StAX factory, the type models of the answer's classes, and the read loop
 * on an empty answer. In a fresh JVM that is class loading and first-use initialisation the first
 * answer would otherwise wait for after its bytes arrived; the network wait of the first call
 * hides it on a second core. It changes no result: it only fills the same once-per-JVM caches the
 * first decode fills, and a failure here is ignored (the real decode reports its own).
 *
 * <pre>{@code
 * DecoderWarmUp.start(answerReader, NAMESPACE, "hamtaFormansinformationSvar");
 * }</pre>
 */
final class DecoderWarmUp {

    private DecoderWarmUp() {
    }

    /**
     * Starts the warm-up on a daemon thread, once per call.
     *
     * @param reader the answer reader to prepare
     * @param namespace the answer element's namespace
     * @param element the answer element's local name
     */
    static void start(StreamingDetailsReader reader, String namespace, String element) {
        byte[] empty = ("<" + element + " xmlns=\"" + namespace + "\"/>").getBytes(StandardCharsets.UTF_8);
        Thread thread = new Thread(() -> warm(reader, empty), "lefi-decoder-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static void warm(StreamingDetailsReader reader, byte[] empty) {
        try {
            reader.resolveAll();
            XMLStreamReader xml = SafeXml.open(new ByteArrayInputStream(empty));
            try {
                xml.nextTag();
                reader.read(xml);
            } finally {
                xml.close();
            }
        } catch (Exception | LinkageError e) {
            // Nothing to report: the first real decode builds whatever is missing and reports its own failures.
        }
    }
}
