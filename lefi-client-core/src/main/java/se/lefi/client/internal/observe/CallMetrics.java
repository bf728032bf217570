package se.lefi.client.internal.observe;

import java.time.Duration;

/**
 * Records how long each call took and how it ended. Core code only ever sees this interface, so
 * that Micrometer stays an optional dependency: {@link #NONE} when no registry was given.
 *
 * <pre>{@code
 * CallMetrics metrics = registry == null ? CallMetrics.NONE : MicrometerCallMetrics.create(registry, "lefi-prod");
 * }</pre>
 */
public interface CallMetrics extends AutoCloseable {

    /** Records nothing. */
    CallMetrics NONE = new CallMetrics() {
        @Override
        public void record(String operation, String version, String outcome, String errorCode, Duration duration) {
        }

        @Override
        public void close() {
        }
    };

    /**
     * Records one call.
     *
     * @param operation {@code query} or {@code ping}
     * @param version the contract version's wire value
     * @param outcome {@code ok}, {@code business}, {@code technical}, {@code transport}, {@code protocol} or {@code error}
     * @param errorCode the service's error code, or {@code none}
     * @param duration the whole call, retries and backoff included
     */
    void record(String operation, String version, String outcome, String errorCode, Duration duration);

    /** Removes the meters this client registered. */
    @Override
    void close();
}
