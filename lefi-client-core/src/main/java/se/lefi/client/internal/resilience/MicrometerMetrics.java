package se.lefi.client.internal.resilience;

import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetricsPublisher;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetricsPublisher;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetricsPublisher;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetricsPublisher;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes a client's Resilience4j metrics to a Micrometer registry through resilience4j-micrometer.
 *
 * <p>The only class of the SDK that touches Micrometer: it is loaded only when the user passed a
 * registry, so Micrometer stays an optional dependency. Meters are the standard
 * {@code resilience4j.*} ones, tagged with the instance name (the client's name).
 *
 * <pre>{@code
 * AutoCloseable meters = MicrometerMetrics.bind(meterRegistry, resilience); // only when a registry was given
 * meters.close();                                                          // removes them again
 * }</pre>
 */
public final class MicrometerMetrics implements AutoCloseable {

    private final Resilience resilience;
    private final TaggedRetryMetricsPublisher retry;
    private final TaggedCircuitBreakerMetricsPublisher circuitBreaker;
    private final TaggedBulkheadMetricsPublisher bulkhead;
    private final TaggedRateLimiterMetricsPublisher rateLimiter;

    private MicrometerMetrics(MeterRegistry registry, Resilience resilience) {
        this.resilience = resilience;
        this.retry = new TaggedRetryMetricsPublisher(registry);
        this.circuitBreaker = new TaggedCircuitBreakerMetricsPublisher(registry);
        this.bulkhead = new TaggedBulkheadMetricsPublisher(registry);
        this.rateLimiter = resilience.rateLimiter() == null ? null : new TaggedRateLimiterMetricsPublisher(registry);
        retry.publishMetrics(resilience.retry());
        circuitBreaker.publishMetrics(resilience.circuitBreaker());
        bulkhead.publishMetrics(resilience.bulkhead());
        if (rateLimiter != null) {
            rateLimiter.publishMetrics(resilience.rateLimiter());
        }
    }

    /**
     * Publishes the metrics of the guard's instances.
     *
     * @param registry a {@code io.micrometer.core.instrument.MeterRegistry}, typed as Object so that
     *     callers need no Micrometer class
     * @param resilience the client's guard
     * @return a handle that removes the meters again when closed
     */
    public static AutoCloseable bind(Object registry, Resilience resilience) {
        return new MicrometerMetrics((MeterRegistry) registry, resilience);
    }

    @Override
    public void close() {
        retry.removeMetrics(resilience.retry());
        circuitBreaker.removeMetrics(resilience.circuitBreaker());
        bulkhead.removeMetrics(resilience.bulkhead());
        if (rateLimiter != null) {
            rateLimiter.removeMetrics(resilience.rateLimiter());
        }
    }
}
