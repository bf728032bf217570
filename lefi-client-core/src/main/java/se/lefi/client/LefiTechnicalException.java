package se.lefi.client;

import java.util.Optional;

/**
 * Signals that the service answered a technical error: {@code TEKNISKT_FEL}, a legacy
 * {@code APPLIKATIONSFEL} or {@code SYSTEMFEL}, or an error type the SDK does not know.
 *
 * <p>Retryable, except for {@code VERSION_STODS_EJ}: a version outside the supported window stays
 * unsupported however often it is asked.
 *
 * <pre>{@code
 * catch (LefiTechnicalException e) {
 *     e.legacyErrorType().ifPresent(t -> metrics.count("legacy-" + t));
 * }
 * }</pre>
 */
public class LefiTechnicalException extends LefiException {

    private static final long serialVersionUID = 1L;

    private final String legacyErrorType;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, without personal data
     * @param retryable whether a later retry may succeed
     * @param errorType the service's feltyp as delivered, or null
     * @param errorCode the service's felkod, or null
     * @param legacyErrorType {@code APPLIKATIONSFEL} or {@code SYSTEMFEL} when the service used one, else null
     * @param correlationId the query's correlation id, or null
     */
    public LefiTechnicalException(String message, boolean retryable, String errorType, String errorCode,
            String legacyErrorType, String correlationId) {
        super(message, null, retryable, errorType, errorCode, correlationId);
        this.legacyErrorType = legacyErrorType;
    }

    /** Returns the legacy error type ({@code APPLIKATIONSFEL} or {@code SYSTEMFEL}) the service sent, if any. */
    public Optional<String> legacyErrorType() {
        return Optional.ofNullable(legacyErrorType);
    }
}
