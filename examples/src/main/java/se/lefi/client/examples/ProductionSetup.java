package se.lefi.client.examples;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;

/**
 * Builds a client the way a production backend would: mutual TLS from PKCS#12 files, explicit
 * timeouts, the default retry and circuit breaker, and a rate limit from the connection agreement.
 * The README's "Production set-up" section is copied from here, so it always compiles.
 *
 * <pre>{@code
 * try (LefiClient client = ProductionSetup.create(Path.of("org.p12"), pw, Path.of("ca.p12"), tsPw)) { ... }
 * }</pre>
 */
public final class ProductionSetup {

    private ProductionSetup() {
    }

    /**
     * Creates the production client.
     *
     * @param keyStore the organisation's PKCS#12 file with the client certificate and key
     * @param keyStorePassword its password
     * @param trustStore a PKCS#12 file with the service's CA
     * @param trustStorePassword its password
     * @return the client; share it and close it at shutdown
     */
    public static LefiClient create(Path keyStore, char[] keyStorePassword, Path trustStore,
            char[] trustStorePassword) {
        return LefiClient.builder()
                .endpoint(URI.create("https://lefi.example/lefionline"))
                .version(LefiVersion.V6_0)
                .organisationsnummer("2120000142")
                .keyStore(keyStore, keyStorePassword)            // client certificate + key (mutual TLS)
                .trustStore(trustStore, trustStorePassword)      // optional: else the JVM's trust anchors
                .connectTimeout(Duration.ofSeconds(5))
                .responseTimeout(Duration.ofSeconds(30))
                .maxAttempts(3)                                  // the default: retryable errors only
                .retryBackoff(Duration.ofMillis(200), Duration.ofSeconds(2))
                .rateLimiter(RateLimiter.of("lefi-agreement", RateLimiterConfig.custom()
                        .limitForPeriod(10).limitRefreshPeriod(Duration.ofSeconds(1))
                        .timeoutDuration(Duration.ofSeconds(5)).build()))
                .name("lefi-prod")
                .build();
    }
}
