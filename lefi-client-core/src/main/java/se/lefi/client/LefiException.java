package se.lefi.client;

import java.time.Duration;
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
    private Duration retryAfter;
    private Duration retryAfterLimit;

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

    /**
     * Returns the wait the service asked for before another attempt, when the answer that ended
     * the call carried one (HTTP {@code Retry-After}, as seconds or as a date; an unreadable value
     * is ignored). Set only on a retryable error.
     *
     * <p>The client's default retry honours it: the wait before the next attempt is the longer of
     * this and the usual backoff. When the service asks for longer than the longest backoff
     * ({@code retryBackoff}'s cap, default 2 s), the client does not sleep that long inside your
     * call: it ends the call at once with this exception (still {@link #retryable()}), and the
     * message says so, so you can schedule the call again. A {@code Retry} of your own decides
     * alone; its {@code intervalBiFunction} can read this value.
     *
     * <pre>{@code
     * catch (LefiException e) {
     *     e.retryAfter().ifPresent(wait -> scheduler.schedule(job, wait.toMillis(), TimeUnit.MILLISECONDS));
     * }
     * }</pre>
     *
     * @return the requested wait, zero or more
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * Returns the message, and when the service asked for a longer wait than the client's retry
     * waits at most, why the call was not tried again.
     */
    @Override
    public String getMessage() {
        String message = super.getMessage();
        if (retryAfterLimit == null) {
            return message;
        }
        return message + "; the service asked to wait " + describe(retryAfter) + " before another attempt"
                + " (Retry-After), longer than the " + describe(retryAfterLimit) + " this client waits at most"
                + " between attempts (retryBackoff), so it was not retried: try again later";
    }

    private static String describe(Duration wait) {
        long millis = wait.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /**
     * Records the wait the answer asked for; the client calls it once, for a retryable error.
     *
     * @param wait the requested wait
     * @param limit the longest wait the client's retry honours, or null when a retry of the
     *     user's own decides
     */
    void recordRetryAfter(Duration wait, Duration limit) {
        if (retryAfter == null && retryable) {
            this.retryAfter = wait;
            if (limit != null && wait.compareTo(limit) > 0) {
                this.retryAfterLimit = limit;
            }
        }
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
