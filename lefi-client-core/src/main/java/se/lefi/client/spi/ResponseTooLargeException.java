package se.lefi.client.spi;

import java.io.IOException;

/**
 * Signals, while an answer's body is read, that it exceeds the client's size cap
 * ({@code maxResponseSize}); a transport throws it from the body stream, and an adapter turns it
 * into a {@link se.lefi.client.LefiProtocolException} however its codec wraps it.
 *
 * <pre>{@code
 * catch (XMLStreamException e) {
 *     if (e.getCause() instanceof ResponseTooLargeException tooLarge) { ... tooLarge.limit() ... }
 * }
 * }</pre>
 */
public final class ResponseTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    /**
     * Creates the exception.
     *
     * @param limit the cap that was exceeded, in bytes
     */
    public ResponseTooLargeException(long limit) {
        super("answer is larger than the configured cap of " + limit + " bytes");
        this.limit = limit;
    }

    /** Returns the cap that was exceeded, in bytes. */
    public long limit() {
        return limit;
    }
}
