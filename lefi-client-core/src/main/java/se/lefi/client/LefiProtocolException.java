package se.lefi.client;

/**
 * Signals that the answer could not be accepted: malformed, cut off, of an unexpected version or
 * SOAP version, larger than the configured cap, or unsafe (DTD, entities). Never retryable.
 *
 * <pre>{@code
 * catch (LefiProtocolException e) {
 *     alertOperators(e.getMessage()); // the service or something between is misbehaving
 * }
 * }</pre>
 */
public class LefiProtocolException extends LefiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, without personal data
     * @param cause the underlying failure, or null
     * @param correlationId the query's correlation id, or null
     */
    public LefiProtocolException(String message, Throwable cause, String correlationId) {
        super(message, cause, false, null, null, correlationId);
    }
}
