package se.lefi.client.internal.logging;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lefi.client.internal.util.Redaction;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.spi.OutgoingMessage;
import se.lefi.client.spi.Transport.AnswerHandler;

/**
 * Logs request and response bodies to the logger {@code se.lefi.client.wire} at DEBUG, with every
 * personnummer masked; only when the user turned wire logging on.
 *
 * <p>A response is logged as the decoder streams it: the bytes it reads are copied, up to
 * {@link #MAX_LOGGED_BYTES}, so wire logging never makes the SDK hold a large answer in memory.
 *
 * <pre>{@code
 * if (WireLog.active(optedIn)) {
 *     WireLog.request("ping", message);
 *     handler = WireLog.response("ping", handler);
 * }
 * }</pre>
 */
public final class WireLog {

    /** The logger's name. */
    public static final String LOGGER_NAME = "se.lefi.client.wire";
    /** The most bytes of one body that are logged. */
    public static final int MAX_LOGGED_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private WireLog() {
    }

    /**
     * Tells whether bodies are to be logged.
     *
     * @param optedIn whether the client's builder turned wire logging on
     * @return true when opted in and the wire logger is enabled for DEBUG
     */
    public static boolean active(boolean optedIn) {
        return optedIn && LOG.isDebugEnabled();
    }

    /**
     * Logs a request body, masked.
     *
     * @param operation the operation
     * @param message the request
     */
    public static void request(String operation, OutgoingMessage message) {
        byte[] body = message.body();
        int shown = Math.min(body.length, MAX_LOGGED_BYTES);
        LOG.debug("[operation={} direction=request method={} path={} bytes={}] {}", operation, message.method(),
                message.path().isEmpty() ? "/" : Redaction.mask(message.path()), body.length,
                render(body, shown, shown < body.length));
    }

    /**
     * Wraps an answer handler so that the bytes it reads are logged, masked, when it is done.
     *
     * @param operation the operation
     * @param handler the decoder
     * @param <T> its result
     * @return the logging handler
     */
    public static <T> AnswerHandler<T> response(String operation, AnswerHandler<T> handler) {
        return answer -> {
            Capture capture = new Capture(answer.body());
            try {
                return handler.handle(new IncomingMessage(answer.status(), answer.headers(), answer.contentType(), capture));
            } finally {
                LOG.debug("[operation={} direction=response status={} bytesRead={}] {}", operation, answer.status(),
                        capture.total, render(capture.copy.toByteArray(), capture.copy.size(),
                                capture.total > capture.copy.size()));
            }
        };
    }

    static String render(byte[] bytes, int length, boolean truncated) {
        String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
        if (truncated) {
            // A cut through a personnummer would leave a digit run the masking cannot recognise:
            // drop the trailing digits before masking.
            int end = text.length();
            while (end > 0 && Character.isDigit(text.charAt(end - 1))) {
                end--;
            }
            return Redaction.mask(text.substring(0, end)) + " ...[truncated]";
        }
        return Redaction.mask(text);
    }

    /** Copies what is read, up to the logging cap. */
    private static final class Capture extends FilterInputStream {
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private long total;

        Capture(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                keep(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                keep(buffer, offset, n);
            }
            return n;
        }

        private void keep(byte[] buffer, int offset, int n) {
            total += n;
            int room = MAX_LOGGED_BYTES - copy.size();
            if (room > 0) {
                copy.write(buffer, offset, Math.min(room, n));
            }
        }
    }
}
