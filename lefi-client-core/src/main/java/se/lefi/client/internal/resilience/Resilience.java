package se.lefi.client.internal.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import java.util.Objects;
import java.util.function.Supplier;
import se.lefi.client.LefiTransportException;

/**
 * Guards every call of one client with its Resilience4j instances, always in the same order.
 *
 * <p>From the outside in: <b>Retry → CircuitBreaker → RateLimiter → Bulkhead → HTTP call</b>.
 * <ul>
 *   <li>Retry is outermost so that each attempt passes the breaker on its own: every failed
 *       attempt counts towards opening it, and once it is open the next attempt is refused at once
 *       instead of waiting out the backoff against a service known to be down (an open breaker
 *       is not retryable).</li>
 *   <li>The breaker stands before the rate limiter and the bulkhead so that a short-circuited
 *       call uses up neither a rate permit nor a concurrency slot.</li>
 *   <li>The rate limiter stands outside the bulkhead so that a call waiting for a permit does
 *       not hold a slot, and every attempt (retries included) takes a permit, because the
 *       service's agreement counts requests, not user calls.</li>
 *   <li>The bulkhead is innermost: it bounds the HTTP requests in flight, and a caller sleeping
 *       in a retry backoff holds no slot.</li>
 * </ul>
 * No TimeLimiter: the transport's connect and response timeouts end a slow call on the socket
 * itself, where a TimeLimiter could only abandon the waiting thread and leave the connection busy.
 *
 * <p>The refusals of the guards themselves become {@link LefiTransportException}s saying which
 * guard refused, so a user only ever sees {@code LefiException}s.
 *
 * <pre>{@code
 * Resilience guard = new Resilience(retry, breaker, null, bulkhead, endpoint.getHost());
 * PingResult ping = guard.call(() -> oneHttpExchange(), correlationId);
 * }</pre>
 */
public final class Resilience {

    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final RateLimiter rateLimiter;
    private final Bulkhead bulkhead;
    private final String host;

    /**
     * Creates the guard.
     *
     * @param retry the retry
     * @param circuitBreaker the circuit breaker
     * @param rateLimiter the rate limiter, or null for no client-side limit
     * @param bulkhead the bulkhead
     * @param host the endpoint's host, for messages
     */
    public Resilience(Retry retry, CircuitBreaker circuitBreaker, RateLimiter rateLimiter, Bulkhead bulkhead,
            String host) {
        this.retry = Objects.requireNonNull(retry, "retry");
        this.circuitBreaker = Objects.requireNonNull(circuitBreaker, "circuitBreaker");
        this.rateLimiter = rateLimiter;
        this.bulkhead = Objects.requireNonNull(bulkhead, "bulkhead");
        this.host = host;
    }

    /**
     * Runs one attempt-supplier under all guards.
     *
     * @param attempt one HTTP exchange, throwing a LefiException on failure
     * @param correlationId the query's correlation id, or null, for refusal messages
     * @param <T> the result
     * @return the result of the first successful attempt
     */
    public <T> T call(Supplier<T> attempt, String correlationId) {
        Supplier<T> guarded = Bulkhead.decorateSupplier(bulkhead, attempt);
        if (rateLimiter != null) {
            guarded = RateLimiter.decorateSupplier(rateLimiter, guarded);
        }
        guarded = CircuitBreaker.decorateSupplier(circuitBreaker, guarded);
        guarded = Retry.decorateSupplier(retry, guarded);
        try {
            return guarded.get();
        } catch (CallNotPermittedException e) {
            throw new LefiTransportException("the circuit breaker '" + circuitBreaker.getName() + "' is open after "
                    + "repeated failures calling " + host + "; the call was short-circuited and not sent. It stays "
                    + "open for " + circuitBreaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState()
                    .apply(1) + " ms, then lets trial calls through", e, false, correlationId);
        } catch (BulkheadFullException e) {
            throw new LefiTransportException("all " + bulkhead.getBulkheadConfig().getMaxConcurrentCalls()
                    + " concurrent-call slots of the bulkhead '" + bulkhead.getName() + "' stayed busy for "
                    + bulkhead.getBulkheadConfig().getMaxWaitDuration().toMillis() + " ms; the call was not sent"
                    + " (raise maxConnections or pass your own Bulkhead)", e, true, correlationId);
        } catch (RequestNotPermitted e) {
            throw new LefiTransportException("the rate limiter '" + rateLimiter.getName() + "' gave no permit in "
                    + rateLimiter.getRateLimiterConfig().getTimeoutDuration().toMillis()
                    + " ms; the call was not sent", e, true, correlationId);
        }
    }

    /** Returns the retry. */
    public Retry retry() {
        return retry;
    }

    /** Returns the circuit breaker. */
    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    /** Returns the rate limiter, or null when there is none. */
    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** Returns the bulkhead. */
    public Bulkhead bulkhead() {
        return bulkhead;
    }
}
