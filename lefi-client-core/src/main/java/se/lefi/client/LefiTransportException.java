package se.lefi.client;

/**
 * Signals that the service could not be reached or did not answer in time: connection failure,
 * timeout, TLS failure, or an HTTP error without a SOAP fault. Retryable.
 *
 * <pre>{@code
 * catch (LefiTransportException e) {
 *     // the service was not reached; the SDK already retried as configured
 * }
 * }</pre>
 */
public class LefiTransportException extends LefiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, without personal data
     * @param cause the underlying failure, or null
     * @param correlationId the query's correlation id, or null
     */
    public LefiTransportException(String message, Throwable cause, String correlationId) {
        super(message, cause, true, null, null, correlationId);
    }

    /**
     * Creates the exception with an explicit retryable flag, for failures such as an open circuit
     * breaker where retrying at once cannot help.
     *
     * @param message what went wrong, without personal data
     * @param cause the underlying failure, or null
     * @param retryable whether a retry may succeed
     * @param correlationId the query's correlation id, or null
     */
    public LefiTransportException(String message, Throwable cause, boolean retryable, String correlationId) {
        super(message, cause, retryable, null, null, correlationId);
    }
}
