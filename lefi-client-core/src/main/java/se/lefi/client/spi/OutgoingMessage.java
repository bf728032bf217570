package se.lefi.client.spi;

import java.util.Map;
import java.util.Objects;

/**
 * Holds an encoded request as an adapter produced it: the body bytes, the content type and any
 * further HTTP headers (such as {@code SOAPAction}).
 *
 * <pre>{@code
 * OutgoingMessage m = new OutgoingMessage(bytes, "text/xml; charset=UTF-8", Map.of("SOAPAction", "\"\""));
 * }</pre>
 *
 * @param body the request body
 * @param contentType the value of the Content-Type header
 * @param headers further headers
 */
public record OutgoingMessage(byte[] body, String contentType, Map<String, String> headers) {

    /** Copies and validates the components. */
    public OutgoingMessage {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        headers = Map.copyOf(headers);
    }

    /** Leaves out the body, which holds a personnummer. */
    @Override
    public String toString() {
        return "OutgoingMessage[" + body.length + " bytes, " + contentType + "]";
    }
}
