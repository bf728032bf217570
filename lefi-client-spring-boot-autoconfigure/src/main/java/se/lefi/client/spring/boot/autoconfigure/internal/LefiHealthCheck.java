package se.lefi.client.spring.boot.autoconfigure.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lefi.client.CircuitBreakerState;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiException;

/**
 * Judges a client's health for the Actuator contributor {@code lefi}, in terms that are the same
 * for Spring Boot 3 and 4: DOWN while the circuit breaker is open; otherwise, when the probe is on,
 * the outcome of the last probe (a call without personal data), repeated at most once per interval.
 *
 * <pre>{@code
 * LefiHealthCheck check = new LefiHealthCheck(client, true, Duration.ofMinutes(1), Clock.systemUTC());
 * LefiHealthCheck.Result result = check.check();
 * }</pre>
 */
public final class LefiHealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(LefiHealthCheck.class);

    /**
     * One judgement: up or down, with details for the health endpoint (no personal data).
     *
     * @param up whether the client is healthy
     * @param details what the judgement rests on
     */
    public record Result(boolean up, Map<String, Object> details) {
        /** Copies the details. */
        public Result {
            details = Map.copyOf(details);
        }
    }

    private record Probe(Instant at, boolean up, Map<String, Object> details) {
    }

    private final LefiClient client;
    private final boolean probeEnabled;
    private final Duration interval;
    private final Clock clock;
    private Probe last;

    /**
     * Creates the check.
     *
     * @param client the client to judge
     * @param probeEnabled whether to call the service
     * @param interval how long a probe's outcome is reused
     * @param clock the clock that tells when a probe is stale
     */
    public LefiHealthCheck(LefiClient client, boolean probeEnabled, Duration interval, Clock clock) {
        this.client = client;
        this.probeEnabled = probeEnabled;
        this.interval = interval;
        this.clock = clock;
    }

    /**
     * Judges the client now, probing the service only when the last probe is older than the interval.
     *
     * @return the judgement
     */
    public Result check() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", client.version().wireValue());
        details.put("endpoint", client.endpoint().toString());
        CircuitBreakerState state = client.circuitBreakerState();
        details.put("circuitBreaker", state.name());
        if (state == CircuitBreakerState.OPEN) {
            // A probe now would be refused by the breaker anyway; the open breaker is the news.
            return new Result(false, details);
        }
        if (!probeEnabled) {
            return new Result(true, details);
        }
        Probe probe = probe();
        details.putAll(probe.details());
        details.put("probedAt", probe.at().toString());
        return new Result(probe.up(), details);
    }

    // Synchronized so that a burst of health requests makes one call to the service, not one each.
    private synchronized Probe probe() {
        Instant now = clock.instant();
        if (last != null && now.isBefore(last.at().plus(interval))) {
            return last;
        }
        boolean types = client.capabilities().availableInformationTypes();
        String operation = types ? "availableInformationTypes" : "ping";
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("probe", operation);
        long started = System.nanoTime();
        boolean up;
        try {
            if (types) {
                client.availableInformationTypes();
            } else {
                client.ping();
            }
            up = true;
        } catch (LefiException e) {
            // Ping and the available information types carry no personnummer, and the SDK's messages never do.
            details.put("error", e.getClass().getSimpleName());
            details.put("message", e.getMessage());
            details.put("retryable", e.retryable());
            up = false;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        details.put("durationMs", millis);
        LOG.debug("[operation=healthProbe probe={} outcome={} durationMs={}]", operation, up ? "up" : "down", millis);
        last = new Probe(now, up, details);
        return last;
    }
}
