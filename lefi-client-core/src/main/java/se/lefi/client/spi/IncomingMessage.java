package se.lefi.client.spi;

import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds an HTTP answer while it streams in: status, content type and the size-capped body.
 *
 * <p>The body is read once, while the transport holds the connection; a decoder reads it as a
 * stream and never needs the whole answer in memory.
 *
 * <pre>{@code
 * BenefitInformation info = adapter.decodeQuery(request, incoming);
 * }</pre>
 *
 * @param status the HTTP status code
 * @param contentType the Content-Type header, if any
 * @param body the body stream; empty for an answer without a body
 */
public record IncomingMessage(int status, Optional<String> contentType, InputStream body) {

    /** Validates the components. */
    public IncomingMessage {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }
}
