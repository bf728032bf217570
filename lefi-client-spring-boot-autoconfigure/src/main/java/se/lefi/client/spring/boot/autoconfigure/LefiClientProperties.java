package se.lefi.client.spring.boot.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;

/**
 * Binds the {@code lefi.client.*} properties from which the starter builds the application's
 * {@link LefiClient}, and checks them at start-up: a missing or invalid setting stops the
 * application with a message that names the property (checked when binding, or, for the required
 * endpoint and version, when the client is built).
 *
 * <pre>{@code
 * lefi.client.endpoint=https://lefi.example/lefionline
 * lefi.client.version=6.0
 * lefi.client.organisationsnummer=2120000142
 * lefi.client.ssl-bundle=lefi
 * }</pre>
 *
 * <p>It checks itself (it is its own Spring {@link Validator}) with the SDK's own rules, so no Bean
 * Validation provider is needed on the class path.
 */
@ConfigurationProperties(prefix = LefiClientProperties.PREFIX)
public class LefiClientProperties implements Validator {

    /** The prefix of every property of the client. */
    public static final String PREFIX = "lefi.client";

    /**
     * The LEFI service's address from the connection agreement (required unless the application
     * defines its own LefiClient), e.g.
     * https://lefi.example/lefionline.
     */
    private URI endpoint;

    /**
     * The contract version to speak (required unless the application defines its own LefiClient):
     * 5.0, 5.1, 6.0 or 9, as far as the adapter modules on the class path support it.
     */
    private String version;

    /** The querying organisation's number, 10 digits or 12 with the prefix 16 (required for 5.0, 5.1 and 6.0). */
    private String organisationsnummer;

    /** The aktörs-id the service issued to the organisation (required for version 9). */
    private String aktorsId;

    /**
     * The name of the Spring Boot SSL bundle (spring.ssl.bundle.pem.NAME or spring.ssl.bundle.jks.NAME)
     * with the organisation's client certificate and the service's trust anchors, for mutual TLS.
     */
    private String sslBundle;

    /**
     * The client's name: of its Resilience4j instances and the name tag of its meters (default
     * lefi-ENDPOINT_HOST).
     */
    private String name;

    // Defaults are literals so that the configuration processor can document them; a test keeps them
    // equal to the SDK's (LefiClient.Builder.DEFAULT_*).

    /** How long to wait for a connection. */
    private Duration connectTimeout = Duration.ofSeconds(5);

    /** How long to wait for data of an answer. */
    private Duration responseTimeout = Duration.ofSeconds(30);

    /** The size of the connection pool, which also bounds the concurrent calls. */
    private int maxConnections = 20;

    /** The cap on an answer's size; a larger answer is rejected while it streams. */
    private DataSize maxResponseSize = DataSize.ofMegabytes(32);

    /**
     * Whether to log every request and response body, personnummer masked, to the logger
     * se.lefi.client.wire at DEBUG. Bodies still hold names and addresses: turn it on only to diagnose.
     */
    private boolean wireLogging;

    private final Retry retry = new Retry();

    private final Health health = new Health();

    /** Returns the endpoint. */
    public URI getEndpoint() {
        return endpoint;
    }

    /** Sets the endpoint. @param endpoint the endpoint */
    public void setEndpoint(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Returns the version's wire value, e.g. {@code 6.0}. */
    public String getVersion() {
        return version;
    }

    /** Sets the version's wire value. @param version e.g. {@code 6.0} */
    public void setVersion(String version) {
        this.version = version;
    }

    /** Returns the organisationsnummer. */
    public String getOrganisationsnummer() {
        return organisationsnummer;
    }

    /** Sets the organisationsnummer. @param organisationsnummer the organisation's number */
    public void setOrganisationsnummer(String organisationsnummer) {
        this.organisationsnummer = organisationsnummer;
    }

    /** Returns the aktörs-id. */
    public String getAktorsId() {
        return aktorsId;
    }

    /** Sets the aktörs-id. @param aktorsId the id */
    public void setAktorsId(String aktorsId) {
        this.aktorsId = aktorsId;
    }

    /** Returns the SSL bundle's name. */
    public String getSslBundle() {
        return sslBundle;
    }

    /** Sets the SSL bundle's name. @param sslBundle the name */
    public void setSslBundle(String sslBundle) {
        this.sslBundle = sslBundle;
    }

    /** Returns the client's name. */
    public String getName() {
        return name;
    }

    /** Sets the client's name. @param name the name */
    public void setName(String name) {
        this.name = name;
    }

    /** Returns the connect timeout. */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /** Sets the connect timeout. @param connectTimeout a positive duration */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** Returns the response timeout. */
    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    /** Sets the response timeout. @param responseTimeout a positive duration */
    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    /** Returns the size of the connection pool. */
    public int getMaxConnections() {
        return maxConnections;
    }

    /** Sets the size of the connection pool. @param maxConnections at least 1 */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    /** Returns the cap on an answer's size. */
    public DataSize getMaxResponseSize() {
        return maxResponseSize;
    }

    /** Sets the cap on an answer's size. @param maxResponseSize at least 1KB */
    public void setMaxResponseSize(DataSize maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    /** Tells whether wire logging is on. */
    public boolean isWireLogging() {
        return wireLogging;
    }

    /** Turns wire logging on or off. @param wireLogging whether to log bodies */
    public void setWireLogging(boolean wireLogging) {
        this.wireLogging = wireLogging;
    }

    /** Returns the retry settings. */
    public Retry getRetry() {
        return retry;
    }

    /** Returns the health settings. */
    public Health getHealth() {
        return health;
    }

    /**
     * Sets how often a retryable failure is tried and how long to wait between attempts.
     *
     * <pre>{@code
     * lefi.client.retry.max-attempts=5
     * lefi.client.retry.initial-backoff=500ms
     * lefi.client.retry.max-backoff=10s
     * }</pre>
     */
    public static class Retry {

        /** How often a retryable failure (transport, technical) is tried in all, the first call included; 1 turns retries off. */
        private int maxAttempts = 3;

        /** The first wait between attempts; it doubles after each failure, with jitter. */
        private Duration initialBackoff = Duration.ofMillis(200);

        /** The cap on one wait between attempts. */
        private Duration maxBackoff = Duration.ofSeconds(2);

        /** Returns how often a call is tried in all. */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /** Sets how often a call is tried in all. @param maxAttempts at least 1 */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /** Returns the first wait. */
        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        /** Sets the first wait. @param initialBackoff positive */
        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        /** Returns the cap on one wait. */
        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        /** Sets the cap on one wait. @param maxBackoff at least the initial backoff */
        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }
    }

    /**
     * Sets what the Actuator health contributor {@code lefi} does beyond reading the circuit breaker.
     *
     * <pre>{@code
     * lefi.client.health.probe.enabled=true
     * lefi.client.health.probe.interval=5m
     * }</pre>
     */
    public static class Health {

        private final Probe probe = new Probe();

        /** Returns the probe settings. */
        public Probe getProbe() {
            return probe;
        }
    }

    /**
     * Sets the health contributor's probe of the service: a call that carries no personal data (ping,
     * or the available information types where the version has that operation), made at most once
     * per interval, its outcome reused in between.
     *
     * <pre>{@code
     * lefi.client.health.probe.enabled=true
     * }</pre>
     */
    public static class Probe {

        /** Whether the health contributor calls the service (off: it reports the circuit breaker only). */
        private boolean enabled;

        /** How long a probe's outcome is reused before the next health check calls the service again. */
        private Duration interval = Duration.ofMinutes(1);

        /** Tells whether the probe is on. */
        public boolean isEnabled() {
            return enabled;
        }

        /** Turns the probe on or off. @param enabled whether to call the service */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** Returns how long a probe's outcome is reused. */
        public Duration getInterval() {
            return interval;
        }

        /** Sets how long a probe's outcome is reused. @param interval positive */
        public void setInterval(Duration interval) {
            this.interval = interval;
        }
    }

    @Override
    public boolean supports(Class<?> type) {
        return LefiClientProperties.class.isAssignableFrom(type);
    }

    /**
     * Checks the bound values with the SDK's own rules, by handing each to a scratch builder, so the
     * starter and the SDK never disagree about what is valid.
     */
    @Override
    public void validate(Object target, Errors errors) {
        LefiClientProperties p = (LefiClientProperties) target;
        LefiClient.Builder scratch = LefiClient.builder();
        // Required settings are checked where the client is built: an application that defines its own
        // LefiClient binds these properties too (for the health probe) and need not set them.
        if (p.endpoint != null) {
            check(errors, "endpoint", "endpoint", () -> scratch.endpoint(p.endpoint));
        }
        if (p.version != null && LefiVersion.fromWireValue(p.version.trim()).isEmpty()) {
            errors.rejectValue("version", "unknown", PREFIX + ".version '" + p.version + "' is not a LEFI version this"
                    + " SDK knows; use one of " + knownVersions());
        }
        if (p.organisationsnummer != null) {
            check(errors, "organisationsnummer", "organisationsnummer",
                    () -> scratch.organisationsnummer(p.organisationsnummer));
        }
        if (p.aktorsId != null) {
            check(errors, "aktorsId", "aktors-id", () -> scratch.aktorsId(p.aktorsId));
        }
        if (p.sslBundle != null && p.sslBundle.isBlank()) {
            errors.rejectValue("sslBundle", "blank", PREFIX + ".ssl-bundle must name an SSL bundle, or be left out");
        }
        if (p.name != null) {
            check(errors, "name", "name", () -> scratch.name(p.name));
        }
        check(errors, "connectTimeout", "connect-timeout", () -> scratch.connectTimeout(p.connectTimeout));
        check(errors, "responseTimeout", "response-timeout", () -> scratch.responseTimeout(p.responseTimeout));
        check(errors, "maxConnections", "max-connections", () -> scratch.maxConnections(p.maxConnections));
        if (p.maxResponseSize == null) {
            errors.rejectValue("maxResponseSize", "required", PREFIX + ".max-response-size must be set");
        } else {
            check(errors, "maxResponseSize", "max-response-size",
                    () -> scratch.maxResponseSize(p.maxResponseSize.toBytes()));
        }
        check(errors, "retry.maxAttempts", "retry.max-attempts", () -> scratch.maxAttempts(p.retry.maxAttempts));
        check(errors, "retry.initialBackoff", "retry.initial-backoff / retry.max-backoff",
                () -> scratch.retryBackoff(p.retry.initialBackoff, p.retry.maxBackoff));
        Duration interval = p.health.probe.interval;
        if (interval == null || interval.isZero() || interval.isNegative()) {
            errors.rejectValue("health.probe.interval", "positive", PREFIX + ".health.probe.interval must be positive");
        }
    }

    private static void check(Errors errors, String field, String property, Runnable setter) {
        try {
            setter.run();
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "invalid", PREFIX + "." + property + ": " + e.getMessage());
        }
    }

    /** Returns the wire values of the versions this SDK knows, e.g. {@code 5.0, 5.1, 6.0}. */
    static String knownVersions() {
        return Arrays.stream(LefiVersion.values()).map(LefiVersion::wireValue).collect(Collectors.joining(", "));
    }
}
