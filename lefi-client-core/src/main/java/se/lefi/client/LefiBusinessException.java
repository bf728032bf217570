package se.lefi.client;

/**
 * Signals that the service answered {@code VERKSAMHETSFEL}: the query cannot be answered as asked,
 * and repeating it gives the same answer. Never retryable.
 *
 * <pre>{@code
 * catch (LefiBusinessException e) {
 *     if (e.errorCode().filter("PERSON_SAKNAS"::equals).isPresent()) { ... }
 * }
 * }</pre>
 */
public class LefiBusinessException extends LefiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, without personal data
     * @param errorType the service's feltyp
     * @param errorCode the service's felkod, or null
     * @param correlationId the query's correlation id, or null
     */
    public LefiBusinessException(String message, String errorType, String errorCode, String correlationId) {
        super(message, null, false, errorType, errorCode, correlationId);
    }
}
