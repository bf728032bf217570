package se.lefi.client.spi;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Holds an HTTP answer while it streams in: status, headers, content type and the size-capped
 * body.
 *
 * <p>The body is read once, while the transport holds the connection; a decoder reads it as a
 * stream and never needs the whole answer in memory.
 *
 * <pre>{@code
 * BenefitInformation info = adapter.decodeQuery(request, incoming);
 * Optional<String> retryAfter = incoming.header("Retry-After");
 * }</pre>
 *
 * @param status the HTTP status code
 * @param headers the answer's headers by name (names compared without regard to case), each with
 *     its values in order
 * @param contentType the Content-Type header, if any
 * @param body the body stream; empty for an answer without a body
 */
public record IncomingMessage(int status, Map<String, List<String>> headers, Optional<String> contentType,
        InputStream body) {

    /** Copies and validates the components; header names become case-insensitive. */
    public IncomingMessage {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), (a, b) -> {
            List<String> both = new java.util.ArrayList<>(a);
            both.addAll(b);
            return List.copyOf(both);
        }));
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Describes an answer without headers other than its content type.
     *
     * @param status the HTTP status code
     * @param contentType the Content-Type header, if any
     * @param body the body stream
     */
    public IncomingMessage(int status, Optional<String> contentType, InputStream body) {
        this(status, contentType.map(t -> Map.of("Content-Type", List.of(t))).orElse(Map.of()), contentType, body);
    }

    /**
     * Returns the first value of a header.
     *
     * @param name the header's name, in any case
     * @return its first value, if the answer has the header
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Tells whether the status is 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
