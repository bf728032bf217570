package se.lefi.client.spi;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds a request as an adapter encoded it: the HTTP method, a path relative to the client's
 * endpoint, headers, and a body with its content type where the request has one.
 *
 * <p>The SOAP versions POST to the endpoint itself (an empty path); a REST version names its
 * operation's path, already percent-encoded, and may send no body at all (a GET).
 *
 * <pre>{@code
 * OutgoingMessage soap = OutgoingMessage.post(bytes, "text/xml; charset=UTF-8", Map.of("SOAPAction", "\"\""));
 * OutgoingMessage rest = OutgoingMessage.get("/v9/aktorer/026-51/tillgangligaInformationstyper",
 *         Map.of("Accept", "application/json"));
 * }</pre>
 *
 * @param method the HTTP method
 * @param path the path to add to the endpoint's path: empty, or starting with {@code /}; already
 *     percent-encoded
 * @param headers further headers (not Content-Type, which {@code contentType} gives)
 * @param contentType the body's Content-Type, empty for a request without a body
 * @param body the body; empty for a request without a body
 */
public record OutgoingMessage(Method method, String path, Map<String, String> headers, Optional<String> contentType,
        byte[] body) {

    private static final byte[] NO_BODY = new byte[0];

    /** Copies and validates the components. */
    public OutgoingMessage {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.isEmpty() && !path.startsWith("/")) {
            throw new IllegalArgumentException("a path must be empty or start with /");
        }
        if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0 || path.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new IllegalArgumentException("a path must be percent-encoded and carry no query or fragment");
        }
        headers = Map.copyOf(headers);
        for (String name : headers.keySet()) {
            if (name.toLowerCase(Locale.ROOT).equals("content-type")) {
                throw new IllegalArgumentException("give the Content-Type as contentType, not as a header");
            }
        }
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        if (body.length > 0 && contentType.isEmpty()) {
            throw new IllegalArgumentException("a body needs a content type");
        }
        if (method == Method.GET && body.length > 0) {
            throw new IllegalArgumentException("a GET carries no body");
        }
    }

    /**
     * Describes a POST to the endpoint itself, as the SOAP versions send.
     *
     * @param body the request body
     * @param contentType the body's content type
     * @param headers further headers
     */
    public OutgoingMessage(byte[] body, String contentType, Map<String, String> headers) {
        this(Method.POST, "", headers, Optional.of(Objects.requireNonNull(contentType, "contentType")), body);
    }

    /**
     * Returns a POST of a body to the endpoint itself.
     *
     * @param body the request body
     * @param contentType its content type
     * @param headers further headers
     * @return the message
     */
    public static OutgoingMessage post(byte[] body, String contentType, Map<String, String> headers) {
        return new OutgoingMessage(body, contentType, headers);
    }

    /**
     * Returns a POST of a body to a path below the endpoint.
     *
     * @param path the percent-encoded path, starting with {@code /}
     * @param body the request body
     * @param contentType its content type
     * @param headers further headers
     * @return the message
     */
    public static OutgoingMessage post(String path, byte[] body, String contentType, Map<String, String> headers) {
        return new OutgoingMessage(Method.POST, path, headers, Optional.of(contentType), body);
    }

    /**
     * Returns a GET of a path below the endpoint, without a body.
     *
     * @param path the percent-encoded path, starting with {@code /}
     * @param headers further headers
     * @return the message
     */
    public static OutgoingMessage get(String path, Map<String, String> headers) {
        return new OutgoingMessage(Method.GET, path, headers, Optional.empty(), NO_BODY);
    }

    /**
     * Returns where the message goes: the endpoint with the path added to its own path.
     *
     * @param endpoint the client's endpoint, such as {@code https://lefi.example/base}
     * @return the endpoint itself for an empty path, else for example
     *     {@code https://lefi.example/base/v9/aktorer/026-51/formansinformation/fraga}
     */
    public URI target(URI endpoint) {
        if (path.isEmpty()) {
            return endpoint;
        }
        String base = endpoint.toString();
        int cut = base.length();
        int query = base.indexOf('?');
        if (query >= 0) {
            throw new IllegalArgumentException("an endpoint of a REST version carries no query");
        }
        while (cut > 0 && base.charAt(cut - 1) == '/') {
            cut--;
        }
        return URI.create(base.substring(0, cut) + path);
    }

    /** Tells whether the request carries a body. */
    public boolean hasBody() {
        return body.length > 0 || contentType.isPresent();
    }

    /** Leaves out the body, which holds a personnummer; the path of a REST call holds none. */
    @Override
    public String toString() {
        return "OutgoingMessage[" + method + " " + (path.isEmpty() ? "<endpoint>" : path) + ", " + body.length
                + " bytes" + contentType.map(t -> ", " + t).orElse("") + "]";
    }

    /** The HTTP methods an adapter may use. */
    public enum Method {
        /** Reads without a body (REST operations such as available information types). */
        GET,
        /** Sends a body (every SOAP call, and REST queries). */
        POST
    }
}
