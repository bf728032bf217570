package se.lefi.client.v9.internal;

import java.io.IOException;

/**
 * Says that an answer is not well-formed JSON, or breaks one of {@link JsonLimits}' bounds, as
 * {@link Utf8JsonReader} found it; the message names the place by byte offset and never quotes
 * the answer.
 *
 * <pre>{@code
 * throw new JsonReadException("a text ends without its closing quote", false, offset);
 * }</pre>
 */
final class JsonReadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final boolean limit;

    /**
     * Creates the exception.
     *
     * @param what what is wrong, without any of the answer's text
     * @param limit whether a bound was broken rather than the grammar
     * @param offset the byte offset in the answer
     */
    JsonReadException(String what, boolean limit, long offset) {
        super(what + " (at byte " + offset + ")");
        this.limit = limit;
    }

    /** @return whether a bound of {@link JsonLimits} was broken rather than the grammar */
    boolean limit() {
        return limit;
    }
}
