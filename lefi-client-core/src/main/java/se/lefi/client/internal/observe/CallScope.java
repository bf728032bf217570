package se.lefi.client.internal.observe;

import java.time.Duration;
import org.slf4j.MDC;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiException;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiTransportException;

/**
 * Surrounds one call: puts its correlation id in SLF4J's MDC under {@link #MDC_KEY} for every log
 * line written during the call (the SDK's and the application's own, on the calling thread), and
 * records the call's duration and outcome when it ends.
 *
 * <pre>{@code
 * CallScope scope = CallScope.open(metrics, "ping", "6.0", "case-4711");
 * try { ...; scope.succeeded(); } catch (RuntimeException e) { scope.failed(e); throw e; } finally { scope.close(); }
 * }</pre>
 */
public final class CallScope implements AutoCloseable {

    /** The MDC key of the correlation id. */
    public static final String MDC_KEY = "lefi.correlationId";

    private final CallMetrics metrics;
    private final String operation;
    private final String version;
    private final String correlationId;
    private final String previous;
    private final long started = System.nanoTime();

    private CallScope(CallMetrics metrics, String operation, String version, String correlationId) {
        this.metrics = metrics;
        this.operation = operation;
        this.version = version;
        this.correlationId = correlationId;
        this.previous = correlationId == null ? null : MDC.get(MDC_KEY);
        if (correlationId != null) {
            MDC.put(MDC_KEY, correlationId);
        }
    }

    /**
     * Opens the scope of one call.
     *
     * @param metrics where to record
     * @param operation the operation
     * @param version the version's wire value
     * @param correlationId the call's correlation id, or null
     * @return the scope, to close when the call ends
     */
    public static CallScope open(CallMetrics metrics, String operation, String version, String correlationId) {
        return new CallScope(metrics, operation, version, correlationId);
    }

    /** Records a successful call. */
    public void succeeded() {
        metrics.record(operation, version, "ok", "none", elapsed());
    }

    /**
     * Records a failed call.
     *
     * @param failure what it ended with
     */
    public void failed(Throwable failure) {
        String outcome;
        if (failure instanceof LefiBusinessException) {
            outcome = "business";
        } else if (failure instanceof LefiTechnicalException) {
            outcome = "technical";
        } else if (failure instanceof LefiTransportException) {
            outcome = "transport";
        } else if (failure instanceof LefiProtocolException) {
            outcome = "protocol";
        } else {
            outcome = "error";
        }
        String code = failure instanceof LefiException e ? e.errorCode().orElse("none") : "none";
        metrics.record(operation, version, outcome, code, elapsed());
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Restores the MDC as it was before the call. */
    @Override
    public void close() {
        if (correlationId == null) {
            return;
        }
        if (previous == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, previous);
        }
    }
}
