package se.lefi.client.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Holds one answer as a version's service sends it: the HTTP status, the content type and the body.
 * A version module reads its canonical answers from its own test resources into these, and the
 * contracts serve them from WireMock.
 *
 * <pre>{@code
 * WireAnswer typical = WireAnswer.fromResource(getClass(), "/samples/9/svar.json", 200, "application/json");
 * }</pre>
 *
 * @param name what the answer is, for assertion messages (usually its resource name)
 * @param status the HTTP status it comes with
 * @param contentType the value of its {@code Content-Type} header
 * @param body the body, sent as UTF-8
 */
public record WireAnswer(String name, int status, String contentType, String body) {

    /** Validates the components. */
    public WireAnswer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
    }

    /**
     * Reads an answer's body from a class-path resource of the version module, as UTF-8 text.
     *
     * @param anchor a class of the version module, whose class loader finds the resource
     * @param resource the resource's absolute name, e.g. {@code /samples/6.0/02-svar.xml}
     * @param status the HTTP status the answer comes with
     * @param contentType its content type
     * @return the answer, named after the resource
     * @throws IllegalStateException when there is no such resource
     */
    public static WireAnswer fromResource(Class<?> anchor, String resource, int status, String contentType) {
        return new WireAnswer(resource, status, contentType, text(anchor, resource));
    }

    /**
     * Reads a class-path resource as UTF-8 text.
     *
     * @param anchor a class whose class loader finds the resource
     * @param resource the resource's absolute name
     * @return its text
     * @throws IllegalStateException when there is no such resource
     */
    public static String text(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the same answer with another body, as a test that damages or replaces it sends it.
     *
     * @param what what was done to it, added to the name
     * @param newBody the body
     * @return the changed answer
     */
    public WireAnswer withBody(String what, String newBody) {
        return new WireAnswer(name + " (" + what + ")", status, contentType, newBody);
    }

    /**
     * Returns the same answer with another HTTP status.
     *
     * @param newStatus the status
     * @return the changed answer
     */
    public WireAnswer withStatus(int newStatus) {
        return new WireAnswer(name + " (HTTP " + newStatus + ")", newStatus, contentType, body);
    }

    /** Returns the body as the UTF-8 bytes that go over the wire. */
    public byte[] bytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "WireAnswer[" + name + ", HTTP " + status + ", " + contentType + ", " + body.length() + " chars]";
    }
}
