package se.lefi.client.internal.config;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import se.lefi.client.internal.resilience.Resilience;
import se.lefi.client.internal.resilience.ResilienceDefaults;

/**
 * Collects the resilience settings of a client builder (attempts, backoff, or the user's own
 * Resilience4j instances) and builds the client's guard from them and the defaults.
 *
 * <pre>{@code
 * ResilienceOptions options = new ResilienceOptions();
 * options.maxAttempts(5);
 * Resilience guard = options.build("lefi-host", 20, Duration.ofSeconds(5), "host");
 * }</pre>
 */
public final class ResilienceOptions {

    private int maxAttempts = ResilienceDefaults.MAX_ATTEMPTS;
    private Duration initialBackoff = ResilienceDefaults.INITIAL_BACKOFF;
    private Duration maxBackoff = ResilienceDefaults.MAX_BACKOFF;
    private Retry retry;
    private CircuitBreaker circuitBreaker;
    private Bulkhead bulkhead;
    private RateLimiter rateLimiter;

    /**
     * Sets how often a retryable failure is tried in all.
     *
     * @param attempts at least 1
     */
    public void maxAttempts(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = attempts;
    }

    /**
     * Sets the backoff between attempts.
     *
     * @param initial the first wait
     * @param max the cap on one wait
     */
    public void backoff(Duration initial, Duration max) {
        Arguments.positive(initial, "initial backoff");
        Arguments.positive(max, "max backoff");
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("the max backoff must not be shorter than the initial backoff");
        }
        this.initialBackoff = initial;
        this.maxBackoff = max;
    }

    /**
     * Sets the user's retry.
     *
     * @param retry the user's retry
     */
    public void retry(Retry retry) {
        this.retry = Arguments.notNull(retry, "retry");
    }

    /**
     * Sets the user's breaker.
     *
     * @param circuitBreaker the user's breaker
     */
    public void circuitBreaker(CircuitBreaker circuitBreaker) {
        this.circuitBreaker = Arguments.notNull(circuitBreaker, "circuitBreaker");
    }

    /**
     * Sets the user's bulkhead.
     *
     * @param bulkhead the user's bulkhead
     */
    public void bulkhead(Bulkhead bulkhead) {
        this.bulkhead = Arguments.notNull(bulkhead, "bulkhead");
    }

    /**
     * Sets the user's rate limiter.
     *
     * @param rateLimiter the user's rate limiter
     */
    public void rateLimiter(RateLimiter rateLimiter) {
        this.rateLimiter = Arguments.notNull(rateLimiter, "rateLimiter");
    }

    /**
     * Returns the longest server-requested wait (Retry-After) the client's retry honours: the
     * longest backoff; null when the user's own Retry decides alone.
     *
     * @return the limit, or null
     */
    public Duration retryAfterLimit() {
        return retry != null ? null : maxBackoff;
    }

    /**
     * Builds the guard, taking the defaults for what the user did not give.
     *
     * @param name the name of the Resilience4j instances
     * @param maxConnections the pool size, the default bulkhead's width
     * @param maxWait how long the default bulkhead waits for a slot
     * @param host the endpoint's host, for messages
     * @return the guard
     */
    public Resilience build(String name, int maxConnections, Duration maxWait, String host) {
        return new Resilience(
                retry != null ? retry : ResilienceDefaults.retry(name, maxAttempts, initialBackoff, maxBackoff),
                circuitBreaker != null ? circuitBreaker : ResilienceDefaults.circuitBreaker(name),
                rateLimiter,
                bulkhead != null ? bulkhead : ResilienceDefaults.bulkhead(name, maxConnections, maxWait),
                host);
    }
}
