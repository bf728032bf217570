package se.lefi.client;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * Tells whether a client's circuit breaker lets calls through, for health checks and dashboards.
 *
 * <pre>{@code
 * if (client.circuitBreakerState() == CircuitBreakerState.OPEN) {
 *     // calls are refused at once, without being sent, until the breaker lets trial calls through
 * }
 * }</pre>
 */
public enum CircuitBreakerState {
    /** Calls pass; failures are being counted. */
    CLOSED,
    /** A few trial calls pass to find out whether the service has recovered. */
    HALF_OPEN,
    /** Calls are refused without being sent, after repeated failures (or because the breaker was forced open). */
    OPEN;

    /** Maps Resilience4j's states, which this SDK keeps out of its public signatures. */
    static CircuitBreakerState of(CircuitBreaker.State state) {
        return switch (state) {
            case OPEN, FORCED_OPEN -> OPEN;
            case HALF_OPEN -> HALF_OPEN;
            // DISABLED and METRICS_ONLY let every call through, as a closed breaker does.
            case CLOSED, DISABLED, METRICS_ONLY -> CLOSED;
        };
    }
}
