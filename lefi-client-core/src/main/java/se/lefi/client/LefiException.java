package se.lefi.client;

import java.util.Optional;
import java.util.OptionalInt;
import se.lefi.client.internal.util.Redaction;

/**
 * Signals that a LEFI Online call failed; the base of every error the SDK throws.
 *
 * <p>It says whether a retry may help, and carries the service's error type and code and the
 * query's correlation id where there were any. Its message never holds a personnummer in clear.
 *
 * <pre>{@code
 * try {
 *     client.query(pnr).benefits(Benefit.SJUKPENNING).period(from, to).fetch();
 * } catch (LefiBusinessException e) {
 *     log.info("not answerable: {}", e.errorCode().orElse("?"));
 * }
 * }</pre>
 */
public abstract class LefiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;
    private final String errorType;
    private final String errorCode;
    private final String correlationId;
    private int statusCode = -1;
    private int attempts = 1;

    protected LefiException(String message, Throwable cause, boolean retryable, String errorType, String errorCode,
            String correlationId) {
        super(Redaction.mask(message), cause);
        this.retryable = retryable;
        this.errorType = errorType;
        this.errorCode = errorCode;
        this.correlationId = correlationId;
    }

    /** Tells whether the same call may succeed if repeated later. */
    public boolean retryable() {
        return retryable;
    }

    /** Returns the service's error type ({@code feltyp}, e.g. {@code VERKSAMHETSFEL}) where it gave one. */
    public Optional<String> errorType() {
        return Optional.ofNullable(errorType);
    }

    /** Returns the service's error code ({@code felkod}, e.g. {@code PERSON_SAKNAS}) where it gave one. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** Returns the correlation id of the query that failed, where the caller set one. */
    public Optional<String> correlationId() {
        return Optional.ofNullable(correlationId);
    }

    /**
     * Returns the HTTP status of the answer that ended the call, when an answer came (a SOAP fault
     * usually comes with 500, a version 9 error with 400, 403 or 5xx); empty when no answer came
     * (connection refused, timeout, TLS failure, a call the circuit breaker short-circuited).
     */
    public OptionalInt statusCode() {
        return statusCode < 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    /**
     * Returns how many times the call was tried, retries included: 1 when the first attempt failed
     * with an error that is never retried, 0 when nothing was sent (short-circuited by the
     * circuit breaker, no bulkhead slot or rate-limiter permit).
     */
    public int attempts() {
        return attempts;
    }

    /** Records the HTTP status of the answer that caused this error; the client calls it once. */
    void recordStatus(int status) {
        if (status >= 0 && statusCode < 0) {
            this.statusCode = status;
        }
    }

    /** Records how many attempts the call made; the client calls it when the call ends. */
    void recordAttempts(int count) {
        this.attempts = count;
    }
}
