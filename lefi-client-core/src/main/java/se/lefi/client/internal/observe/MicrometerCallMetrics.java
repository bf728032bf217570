package se.lefi.client.internal.observe;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records every call in the Micrometer timer {@code lefi.client.calls}, tagged {@code name} (the
 * client's), {@code operation}, {@code version}, {@code outcome} and {@code error.code}. Loaded
 * only for a client given a registry.
 *
 * <pre>{@code
 * CallMetrics metrics = MicrometerCallMetrics.create(new SimpleMeterRegistry(), "lefi-prod");
 * }</pre>
 */
public final class MicrometerCallMetrics implements CallMetrics {

    /** The timer's name. */
    public static final String NAME = "lefi.client.calls";

    private final MeterRegistry registry;
    private final String clientName;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    private MicrometerCallMetrics(MeterRegistry registry, String clientName) {
        this.registry = registry;
        this.clientName = clientName;
    }

    /**
     * Creates the metrics of one client.
     *
     * @param registry a {@code MeterRegistry}, typed as Object so callers need not name Micrometer
     * @param clientName the client's name
     * @return the metrics
     */
    public static CallMetrics create(Object registry, String clientName) {
        return new MicrometerCallMetrics((MeterRegistry) registry, clientName);
    }

    @Override
    public void record(String operation, String version, String outcome, String errorCode, Duration duration) {
        // Error codes are the service's own short list, so the tag's cardinality stays small.
        String key = operation + '|' + version + '|' + outcome + '|' + errorCode;
        timers.computeIfAbsent(key, k -> Timer.builder(NAME)
                .description("Calls to LEFI, retries and backoff included")
                .tag("name", clientName).tag("operation", operation).tag("version", version).tag("outcome", outcome)
                .tag("error.code", errorCode)
                .register(registry)).record(duration);
    }

    @Override
    public void close() {
        timers.values().forEach(registry::remove);
        timers.clear();
    }
}
