package se.lefi.client;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import se.lefi.client.internal.transport.HttpClient5Transport;

/**
 * Reaches the package-private test hooks of {@link LefiClient} from the functional tests: the
 * built-in transport (to inspect its pool) and whether the client's threads ended.
 */
public final class ClientAccess {

    private ClientAccess() {
    }

    /** Returns the client's own HttpClient 5 transport. */
    public static HttpClient5Transport transport(LefiClient client) {
        return (HttpClient5Transport) client.transport();
    }

    /** Tells whether the client's own threads have all ended. */
    public static boolean threadsTerminated(LefiClient client) {
        return client.threadsTerminated();
    }

    /** Returns the client's circuit breaker. */
    public static CircuitBreaker circuitBreaker(LefiClient client) {
        return client.circuitBreaker();
    }
}
