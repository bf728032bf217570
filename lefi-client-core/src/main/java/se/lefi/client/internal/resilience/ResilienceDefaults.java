package se.lefi.client.internal.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lefi.client.LefiException;

/**
 * Builds the Resilience4j instances a client uses when the user passes none of their own.
 *
 * <p>The one rule behind every default: only a failure a later attempt may cure (a retryable
 * {@link LefiException}: transport or technical) is retried and counted against the service. A
 * business answer is a healthy service saying no; a protocol error will not change on a retry.
 *
 * <pre>{@code
 * Retry retry = ResilienceDefaults.retry("lefi-prod", 3, Duration.ofMillis(200), Duration.ofSeconds(2));
 * }</pre>
 */
public final class ResilienceDefaults {

    /** Tries in all for a retryable failure, the first call included. */
    public static final int MAX_ATTEMPTS = 3;
    /** The first backoff; each later one doubles, with jitter. */
    public static final Duration INITIAL_BACKOFF = Duration.ofMillis(200);
    /** The cap on one backoff. */
    public static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
    /** How far the jitter moves a backoff either way: ±50 %. */
    public static final double JITTER = 0.5;
    /** The breaker's sliding window: the last 20 attempts. */
    public static final int BREAKER_WINDOW = 20;
    /** Attempts the breaker waits for before it judges the failure rate. */
    public static final int BREAKER_MINIMUM_CALLS = 10;
    /** The failure rate, in percent, that opens the breaker. */
    public static final float BREAKER_FAILURE_RATE = 50f;
    /** How long an open breaker short-circuits calls before it lets trial calls through. */
    public static final Duration BREAKER_OPEN_DURATION = Duration.ofSeconds(30);
    /** Trial calls in the half-open state. */
    public static final int BREAKER_HALF_OPEN_CALLS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(Resilience.class);

    private ResilienceDefaults() {
    }

    /**
     * Tells whether a failure may be cured by trying again: a retryable {@link LefiException}.
     *
     * @param failure what an attempt threw
     * @return true for a retryable LefiException
     */
    public static boolean retryable(Throwable failure) {
        return failure instanceof LefiException e && e.retryable();
    }

    /**
     * Creates the default retry: {@code maxAttempts} tries in all, exponential backoff from
     * {@code initialBackoff} doubling up to {@code maxBackoff}, each with ±50 % jitter so that many
     * clients do not retry in step. An answer's Retry-After ({@link LefiException#retryAfter()})
     * lengthens the wait before the next attempt; one longer than {@code maxBackoff} is not
     * retried.
     *
     * @param name the instance name
     * @param maxAttempts tries in all, at least 1
     * @param initialBackoff the first wait
     * @param maxBackoff the cap on one wait
     * @return the retry
     */
    public static Retry retry(String name, int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(initialBackoff, 2.0, JITTER, maxBackoff);
        return Retry.of(name, RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .intervalBiFunction((Integer attempt, Either<Throwable, Object> outcome) ->
                        wait(backoff.apply(attempt), outcome))
                .retryOnException(failure -> retryable(failure) && retryAfterWithin(failure, maxBackoff))
                .failAfterMaxAttempts(false)
                .build());
    }

    /**
     * The wait before the next attempt: the backoff, or longer when the failed answer asked for
     * longer (Retry-After). Never shorter than the backoff, so that clients told the same
     * Retry-After still spread out by the backoff's jitter when it is the longer one.
     */
    private static long wait(long backoffMillis, Either<Throwable, Object> outcome) {
        if (outcome != null && outcome.isLeft() && outcome.getLeft() instanceof LefiException e) {
            return e.retryAfter().map(wait -> Math.max(backoffMillis, wait.toMillis())).orElse(backoffMillis);
        }
        return backoffMillis;
    }

    /**
     * Tells whether a failure's requested wait (if any) is one the retry honours: no longer than
     * the longest backoff. A longer one ends the call at once rather than holding the caller's
     * thread for a wait the caller never agreed to.
     *
     * @param failure what an attempt threw
     * @param limit the longest wait between attempts
     * @return true when there is no requested wait or it is within the limit
     */
    public static boolean retryAfterWithin(Throwable failure, Duration limit) {
        return !(failure instanceof LefiException e) || e.retryAfter().map(w -> w.compareTo(limit) <= 0).orElse(true);
    }

    /**
     * Creates the default circuit breaker: it opens when half of the last 20 attempts (at least 10)
     * failed retryably, short-circuits for 30 s, then lets 3 trial calls decide.
     *
     * @param name the instance name
     * @return the breaker
     */
    public static CircuitBreaker circuitBreaker(String name) {
        CircuitBreaker breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(BREAKER_WINDOW)
                // Every call records its outcome here; the synchronized window made 16 threads on
                // two cores queue on one lock for it.
                .slidingWindowSynchronizationStrategy(CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE)
                .minimumNumberOfCalls(BREAKER_MINIMUM_CALLS)
                .failureRateThreshold(BREAKER_FAILURE_RATE)
                .waitDurationInOpenState(BREAKER_OPEN_DURATION)
                .permittedNumberOfCallsInHalfOpenState(BREAKER_HALF_OPEN_CALLS)
                .recordException(ResilienceDefaults::retryable)
                // The client's own limits refusing a call say nothing about the service's health.
                .ignoreExceptions(BulkheadFullException.class, RequestNotPermitted.class)
                .build());
        // An opening breaker is the SDK handling an outage for the user: worth one WARN. Only on
        // our own instance; a user's breaker is theirs to observe.
        breaker.getEventPublisher().onStateTransition(event -> {
            CircuitBreaker.State to = event.getStateTransition().getToState();
            if (to == CircuitBreaker.State.OPEN) {
                LOG.warn("[circuitBreaker={} transition={} failureRate={}] calls are short-circuited for {} s",
                        name, event.getStateTransition().name(), breaker.getMetrics().getFailureRate(),
                        BREAKER_OPEN_DURATION.toSeconds());
            } else {
                LOG.debug("[circuitBreaker={} transition={}]", name, event.getStateTransition().name());
            }
        });
        return breaker;
    }

    /**
     * Creates the default bulkhead: as many calls at once as the connection pool has connections,
     * and a caller waits at most {@code maxWait} for a free slot.
     *
     * @param name the instance name
     * @param maxConcurrentCalls the slots, normally the pool size
     * @param maxWait the longest wait for a slot
     * @return the bulkhead
     */
    public static Bulkhead bulkhead(String name, int maxConcurrentCalls, Duration maxWait) {
        return Bulkhead.of(name, BulkheadConfig.custom()
                .maxConcurrentCalls(maxConcurrentCalls)
                .maxWaitDuration(maxWait)
                .build());
    }
}
