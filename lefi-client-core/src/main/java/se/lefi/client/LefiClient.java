package se.lefi.client;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lefi.client.internal.AdapterRegistry;
import se.lefi.client.internal.SupportWindow;
import se.lefi.client.internal.config.ClientSetting;
import se.lefi.client.internal.config.ClientSettings;
import se.lefi.client.internal.logging.WireLog;
import se.lefi.client.internal.observe.CallMetrics;
import se.lefi.client.internal.observe.CallScope;
import se.lefi.client.internal.observe.MicrometerCallMetrics;
import se.lefi.client.internal.resilience.MicrometerMetrics;
import se.lefi.client.internal.resilience.Resilience;
import se.lefi.client.internal.resilience.RetryAfter;
import se.lefi.client.internal.config.Arguments;
import se.lefi.client.internal.config.ResilienceOptions;
import se.lefi.client.internal.config.TlsOptions;
import se.lefi.client.internal.transport.HttpClient5Transport;
import se.lefi.client.internal.transport.ProxySettings;
import se.lefi.client.model.AvailableInformationTypes;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.PingResult;
import se.lefi.client.spi.ClientIdentity;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.spi.OutgoingMessage;
import se.lefi.client.spi.QueryRequest;
import se.lefi.client.spi.Transport;
import se.lefi.client.spi.VersionAdapter;

/**
 * Fetches benefit and payment information from LEFI Online, in one version-neutral model whatever
 * contract version is configured.
 *
 * <p>Create one client per endpoint and share it: it is thread-safe, holds a connection pool,
 * and is {@link AutoCloseable}. Changing the contract version is a change of
 * {@link Builder#version(LefiVersion)}, never of the code that uses the answers.
 *
 * <p>Every call ({@code fetch()}, {@code fetchAsync()}, {@link #ping()}) passes the client's
 * Resilience4j guards, from the outside in: <b>Retry → CircuitBreaker → RateLimiter → Bulkhead →
 * HTTP</b>. Retry is outermost so each attempt is judged by the breaker and an open breaker stops
 * the retries at once; the breaker comes before the rate limiter and bulkhead so a short-circuited
 * call costs neither a permit nor a slot; the bulkhead is innermost so it bounds the requests in
 * flight and a caller sleeping in a backoff holds no slot. By default a retryable failure
 * (transport, technical) is tried up to 3 times in all with exponential backoff and jitter; a
 * business or protocol error is never retried. See {@link Builder#maxAttempts(int)} and
 * {@link Builder#retry(Retry)}.
 *
 * <pre>{@code
 * try (LefiClient client = LefiClient.builder()
 *         .endpoint(URI.create("https://lefi.example/lefionline"))
 *         .version(LefiVersion.V6_0)
 *         .organisationsnummer("5565594230")
 *         .build()) {
 *     BenefitInformation info = client.query(Personnummer.parse("19121212-1212"))
 *             .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
 *             .benefits(Benefit.SJUKPENNING)
 *             .fetch();
 * }
 * }</pre>
 */
public final class LefiClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LefiClient.class);

    private final URI endpoint;
    private final LefiVersion version;
    private final ClientIdentity identity;
    private final Duration responseTimeout;
    private final VersionAdapter adapter;
    private final Capabilities capabilities;
    private final Transport transport;
    private final boolean ownsTransport;
    private final Executor executor;
    private final ExecutorService ownedExecutor;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Resilience resilience;
    /** The longest Retry-After the default retry honours; null when the user's Retry decides. */
    private final Duration retryAfterLimit;
    private final AutoCloseable metrics;
    private final CallMetrics callMetrics;
    private final boolean wireLogging;

    private LefiClient(Builder b, VersionAdapter adapter) {
        this.endpoint = b.endpoint;
        this.version = b.version;
        this.identity = b.identity();
        this.responseTimeout = b.responseTimeout;
        this.adapter = adapter;
        this.capabilities = adapter.capabilities(version);
        String name = b.name != null ? b.name : "lefi-" + endpoint.getHost();
        this.resilience = b.resilience.build(name, b.maxConnections, b.connectTimeout, endpoint.getHost());
        this.retryAfterLimit = b.resilience.retryAfterLimit();
        // Only a client given a registry touches MicrometerMetrics, so Micrometer stays optional.
        // Bound before the transport exists, so a failure here leaves no pool behind.
        this.metrics = b.meterRegistry == null ? null : bindMetrics(b.meterRegistry, resilience);
        this.callMetrics = b.meterRegistry == null ? CallMetrics.NONE : MicrometerCallMetrics.create(b.meterRegistry, name);
        this.wireLogging = b.wireLogging;
        if (b.transport != null) {
            this.transport = b.transport;
            this.ownsTransport = false;
        } else {
            this.transport = HttpClient5Transport.create(new HttpClient5Transport.Settings(b.connectTimeout,
                    b.responseTimeout, b.maxConnections, b.tls.context(), b.maxResponseSize, "lefi-client/0.1", b.proxy));
            this.ownsTransport = true;
        }
        if (b.executor != null) {
            this.executor = b.executor;
            this.ownedExecutor = null;
        } else {
            this.ownedExecutor = Executors.newCachedThreadPool(new DaemonThreads());
            this.executor = ownedExecutor;
        }
    }

    private static AutoCloseable bindMetrics(Object registry, Resilience resilience) {
        try {
            return MicrometerMetrics.bind(registry, resilience);
        } catch (LinkageError e) {
            throw new IllegalStateException("meterRegistry(...) needs io.github.resilience4j:resilience4j-micrometer"
                    + " on the class path", e);
        }
    }

    /** Returns a builder for a client. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a query about one person.
     *
     * @param personnummer the person
     * @return a fluent, single-use query
     */
    public BenefitQuery query(Personnummer personnummer) {
        if (personnummer == null) {
            throw new IllegalArgumentException("personnummer must not be null");
        }
        ensureOpen();
        return new BenefitQuery(this, personnummer);
    }

    /**
     * Asks the service whether it answers, and in which version.
     *
     * @return when and in which version the service answered
     * @throws LefiException when the call fails
     */
    public PingResult ping() {
        ensureOpen();
        OutgoingMessage message = adapter.encodePing(version, identity);
        return send("ping", message, null, answer -> adapter.decodePing(version, answer));
    }

    /**
     * Asks the service what the organisation may ask for, by request list; carries no personal data.
     * Only versions whose {@link #capabilities()} say so have this operation (version 9).
     *
     * <pre>{@code
     * if (client.capabilities().availableInformationTypes()) {
     *     AvailableInformationTypes may = client.availableInformationTypes();
     * }
     * }</pre>
     *
     * @return what the organisation may ask for
     * @throws UnsupportedOperationException if the configured version has no such operation
     * @throws LefiException when the call fails
     */
    public AvailableInformationTypes availableInformationTypes() {
        ensureOpen();
        if (!capabilities.availableInformationTypes()) {
            throw new UnsupportedOperationException("LEFI " + version + " has no operation for the available"
                    + " information types; check capabilities().availableInformationTypes() first");
        }
        OutgoingMessage message = adapter.encodeAvailableInformationTypes(version, identity);
        return send("availableInformationTypes", message, null,
                answer -> adapter.decodeAvailableInformationTypes(version, answer));
    }

    /**
     * Tells what the configured version can answer, so that code written once for every version
     * asks only for what this one offers.
     *
     * @return the version's capabilities
     */
    public Capabilities capabilities() {
        return capabilities;
    }

    /**
     * Tells whether the client's circuit breaker lets calls through; an {@link CircuitBreakerState#OPEN}
     * breaker refuses calls at once after repeated failures. Reading it sends nothing.
     *
     * @return the breaker's state
     */
    public CircuitBreakerState circuitBreakerState() {
        return CircuitBreakerState.of(resilience.circuitBreaker().getState());
    }

    /** Returns the contract version this client speaks. */
    public LefiVersion version() {
        return version;
    }

    /** Returns the endpoint this client calls. */
    public URI endpoint() {
        return endpoint;
    }

    ClientIdentity identity() {
        return identity;
    }

    BenefitInformation execute(QueryRequest request) {
        ensureOpen();
        adapter.validate(request);
        OutgoingMessage message = adapter.encodeQuery(request);
        String correlationId = request.correlationId().orElse(null);
        return send("query", message, correlationId, answer -> adapter.decodeQuery(request, answer));
    }

    /**
     * Runs the same guarded call as {@link #execute} on the executor. The transport blocks, so an
     * attempt holds a thread either way; keeping one code path keeps both entry points equally
     * guarded and retried.
     */
    CompletableFuture<BenefitInformation> executeAsync(QueryRequest request) {
        ensureOpen();
        adapter.validate(request);
        OutgoingMessage message = adapter.encodeQuery(request);
        String correlationId = request.correlationId().orElse(null);
        return CompletableFuture.supplyAsync(() -> send("query", message, correlationId,
                answer -> adapter.decodeQuery(request, answer)), executor);
    }

    /** Sends one call, its correlation id in the MDC and its duration and outcome in {@code lefi.client.calls}. */
    private <T> T send(String operation, OutgoingMessage message, String correlationId,
            Transport.AnswerHandler<T> handler) {
        CallScope scope = CallScope.open(callMetrics, operation, version.wireValue(), correlationId);
        try {
            T result = guarded(operation, message, correlationId, handler);
            scope.succeeded();
            return result;
        } catch (RuntimeException e) {
            scope.failed(e);
            throw e;
        } finally {
            scope.close();
        }
    }

    /**
     * Sends through the client's Resilience4j guards; each attempt is one HTTP exchange. Whatever
     * error ends the call carries the number of attempts made and the HTTP status of the last
     * answer, if one came.
     */
    private <T> T guarded(String operation, OutgoingMessage message, String correlationId,
            Transport.AnswerHandler<T> handler) {
        boolean wire = WireLog.active(wireLogging);
        Transport.AnswerHandler<T> reader = wire ? WireLog.response(operation, handler) : handler;
        int[] attempts = {0};
        try {
            return resilience.call(() -> {
                ensureOpen();
                attempts[0]++;
                if (wire) {
                    WireLog.request(operation, message);
                }
                return attempt(operation, attempts[0], message, correlationId, reader);
            }, correlationId);
        } catch (LefiException e) {
            e.recordAttempts(attempts[0]);
            throw e;
        }
    }

    private <T> T attempt(String operation, int attempt, OutgoingMessage message, String correlationId,
            Transport.AnswerHandler<T> handler) {
        long started = System.nanoTime();
        int[] status = {-1};
        IncomingMessage[] answered = {null};
        Transport.AnswerHandler<T> reader = answer -> {
            status[0] = answer.status();
            answered[0] = answer;
            return handler.handle(answer);
        };
        try {
            T result = transport.send(endpoint, message, reader);
            if (LOG.isDebugEnabled()) {
                LOG.debug("[operation={} version={} attempt={} outcome=ok durationMs={}]", operation, version, attempt,
                        (System.nanoTime() - started) / 1_000_000);
            }
            return result;
        } catch (LefiException e) {
            e.recordStatus(status[0]);
            if (answered[0] != null && e.retryable()) {
                // Retry-After is HTTP's, not a protocol's: read here, every adapter's answers honour it.
                RetryAfter.parse(answered[0].header("Retry-After"), answered[0].header("Date"), Clock.systemUTC())
                        .ifPresent(wait -> e.recordRetryAfter(wait, retryAfterLimit));
            }
            logFailure(operation, attempt, e, started);
            throw e;
        } catch (IOException e) {
            LefiException failure = status[0] >= 0 && isMalformedText(e)
                    ? new LefiProtocolException("the answer is not valid text in its encoding ("
                            + e.getClass().getSimpleName() + ")", e, correlationId)
                    : transportFailure(e, correlationId);
            failure.recordStatus(status[0]);
            logFailure(operation, attempt, failure, started);
            throw failure;
        } catch (IllegalStateException e) {
            if (closed.get()) {
                throw new IllegalStateException("the LefiClient is closed", e);
            }
            throw decodeFailure(e, status[0], correlationId);
        } catch (RuntimeException | StackOverflowError e) {
            // A decoder must never hand a NullPointerException or the like to the user.
            throw decodeFailure(e, status[0], correlationId);
        }
    }

    private static LefiProtocolException decodeFailure(Throwable e, int status, String correlationId) {
        LefiProtocolException failure = new LefiProtocolException("the answer could not be decoded: "
                + e.getClass().getSimpleName(), null, correlationId);
        failure.recordStatus(status);
        return failure;
    }

    /**
     * Tells whether reading failed because the bytes that arrived are not valid in their encoding:
     * the answer came whole and would come the same again, so it is a protocol error, never retried.
     */
    private static boolean isMalformedText(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.CharConversionException || t instanceof java.nio.charset.CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private void logFailure(String operation, int attempt, LefiException e, long started) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("[operation={} version={} attempt={} outcome={} retryable={} durationMs={}]", operation, version,
                    attempt, e.getClass().getSimpleName(), e.retryable(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    private LefiTransportException transportFailure(IOException e, String correlationId) {
        String what;
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            what = "no answer within the response timeout of " + responseTimeout.toMillis() + " ms";
        } else if (e instanceof SSLException) {
            what = "the TLS handshake failed (check the client certificate, the trust store and that the server"
                    + " certificate names the endpoint's host)";
        } else if (e instanceof UnknownHostException) {
            what = "the endpoint's host is unknown";
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            what = "the connection was refused or could not be made";
        } else {
            what = "the connection failed (" + e.getClass().getSimpleName() + ")";
        }
        return new LefiTransportException(what + " calling " + endpoint.getHost(), e, correlationId);
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the LefiClient is closed; build a new one");
        }
    }

    /**
     * Closes the connection pool and threads the client created and removes its meters; a
     * transport, executor or Resilience4j instance passed in by the user stays as it was. Calls
     * after close fail with {@link IllegalStateException}.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            if (ownsTransport) {
                transport.close();
            }
            if (ownedExecutor != null) {
                ownedExecutor.shutdown();
            }
            callMetrics.close();
            if (metrics != null) {
                try {
                    metrics.close();
                } catch (Exception e) {
                    LOG.debug("[operation=close outcome=metricsNotRemoved error={}]", e.getClass().getSimpleName());
                }
            }
        }
    }

    /** Returns the transport, for tests in this package that check the pool. */
    Transport transport() {
        return transport;
    }

    /** Tells whether the client's own threads have all ended (true when it has none). */
    boolean threadsTerminated() {
        return ownedExecutor == null || ownedExecutor.isTerminated();
    }

    /** Returns the client's Resilience4j circuit breaker, for tests in this package. */
    CircuitBreaker circuitBreaker() {
        return resilience.circuitBreaker();
    }

    private static final class DaemonThreads implements ThreadFactory {
        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "lefi-client-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    /**
     * Builds a {@link LefiClient}; endpoint, version and organisationsnummer are required.
     *
     * <pre>{@code
     * LefiClient client = LefiClient.builder()
     *         .endpoint(URI.create("https://lefi.example/lefionline"))
     *         .version(LefiVersion.V6_0)
     *         .organisationsnummer("5565594230")
     *         .sslContext(sslContext)
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        /** The default connect timeout: 5 seconds. */
        public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
        /** The default response timeout: 30 seconds. */
        public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);
        /** The default cap on an answer: 32 MB, room for the 5 MB answers the service calls normal. */
        public static final long DEFAULT_MAX_RESPONSE_SIZE = 32L * 1024 * 1024;
        /** The default size of the connection pool. */
        public static final int DEFAULT_MAX_CONNECTIONS = 20;

        private URI endpoint;
        private LefiVersion version;
        private String organisationsnummer;
        private String aktorsId;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
        private long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private Transport transport;
        private Executor executor;
        private Clock clock = Clock.systemUTC();
        private String name;
        private Object meterRegistry;
        private boolean wireLogging;
        // What would make this class do several jobs lives in these: TLS stores and resilience guards.
        private final TlsOptions tls = new TlsOptions();
        private final ResilienceOptions resilience = new ResilienceOptions();
        private ProxySettings proxy = ProxySettings.DIRECT;

        private Builder() {
        }

        private ClientIdentity identity() {
            return new ClientIdentity(Optional.ofNullable(organisationsnummer), Optional.ofNullable(aktorsId));
        }

        /**
         * Returns a builder filled from environment variables: {@code LEFI_ENDPOINT}, {@code LEFI_VERSION},
         * {@code LEFI_ORGANISATIONSNUMMER}, {@code LEFI_AKTORS_ID}, {@code LEFI_KEYSTORE} and {@code LEFI_KEYSTORE_PASSWORD},
         * {@code LEFI_TRUSTSTORE} and {@code LEFI_TRUSTSTORE_PASSWORD}, {@code LEFI_PROXY},
         * {@code LEFI_PROXY_USERNAME} and {@code LEFI_PROXY_PASSWORD}, {@code LEFI_CONNECT_TIMEOUT} and
         * {@code LEFI_RESPONSE_TIMEOUT} (seconds or ISO-8601), {@code LEFI_MAX_CONNECTIONS}, {@code LEFI_NAME}.
         * Unset variables leave the defaults; later builder calls override what was read.
         *
         * <pre>{@code
         * LefiClient client = LefiClient.Builder.fromEnvironment().build();
         * }</pre>
         *
         * @return a builder
         * @throws IllegalArgumentException if a variable is malformed, naming it (never its value)
         */
        public static Builder fromEnvironment() {
            return ClientSettings.apply(new Builder(), s -> System.getenv(s.variable()), ClientSetting::variable);
        }

        /**
         * Returns a builder filled from properties with the names of {@link #fromEnvironment()} in
         * lower case with the prefix {@code lefi.}: {@code lefi.endpoint}, {@code lefi.version},
         * {@code lefi.organisationsnummer}, {@code lefi.aktors-id}, {@code lefi.keystore}, {@code lefi.keystore-password},
         * {@code lefi.truststore}, {@code lefi.truststore-password}, {@code lefi.proxy},
         * {@code lefi.proxy-username}, {@code lefi.proxy-password}, {@code lefi.connect-timeout},
         * {@code lefi.response-timeout}, {@code lefi.max-connections}, {@code lefi.name}.
         *
         * <pre>{@code
         * Properties p = new Properties();
         * try (Reader r = Files.newBufferedReader(Path.of("/etc/lefi/client.properties"))) { p.load(r); }
         * LefiClient client = LefiClient.Builder.fromProperties(p).build();
         * }</pre>
         *
         * @param properties the properties
         * @return a builder
         * @throws IllegalArgumentException if a property is malformed, naming it (never its value)
         */
        public static Builder fromProperties(java.util.Properties properties) {
            Arguments.notNull(properties, "properties");
            return ClientSettings.apply(new Builder(), s -> properties.getProperty(s.property()),
                    ClientSetting::property);
        }

        /**
         * Sends every call through an HTTP forward proxy; HTTPS goes through it as a CONNECT tunnel,
         * so TLS (and the client certificate) stays end to end. By default the client connects
         * directly and ignores the JVM's proxy system properties.
         *
         * @param proxy {@code http://host:port}
         * @return this builder
         * @throws IllegalArgumentException if it is not an http URI with host and port
         */
        public Builder proxy(URI proxy) {
            this.proxy = ProxySettings.of(proxy, null, null);
            return this;
        }

        /**
         * Sends every call through an HTTP forward proxy that asks for Basic authentication.
         *
         * @param proxy {@code http://host:port}
         * @param username the proxy user
         * @param password the proxy user's password
         * @return this builder
         * @throws IllegalArgumentException if the address or credentials are malformed
         */
        public Builder proxy(URI proxy, String username, char[] password) {
            Arguments.notNull(username, "username");
            Arguments.notNull(password, "password");
            this.proxy = ProxySettings.of(proxy, username, password);
            return this;
        }

        /**
         * Follows the JVM's proxy system properties ({@code https.proxyHost}, {@code https.proxyPort},
         * {@code http.nonProxyHosts}, ...) instead of connecting directly; only when asked for,
         * so a proxy set for some other part of the application never catches the client unawares.
         *
         * @return this builder
         */
        public Builder useSystemProxyProperties() {
            this.proxy = ProxySettings.SYSTEM;
            return this;
        }

        /**
         * Sets the service endpoint from the connection agreement (required).
         *
         * @param endpoint an http or https URI
         * @return this builder
         */
        public Builder endpoint(URI endpoint) {
            Arguments.notNull(endpoint, "endpoint");
            if (!"https".equalsIgnoreCase(endpoint.getScheme()) && !"http".equalsIgnoreCase(endpoint.getScheme())) {
                throw new IllegalArgumentException("endpoint must be an http or https URI");
            }
            this.endpoint = endpoint;
            return this;
        }

        /**
         * Sets the contract version to speak (required).
         *
         * @param version the version, e.g. {@link LefiVersion#latest()}
         * @return this builder
         */
        public Builder version(LefiVersion version) {
            this.version = Arguments.notNull(version, "version");
            return this;
        }

        /**
         * Sets the querying organisation (required for 5.0, 5.1 and 6.0, which send it in every
         * query): 10 digits, or 12 with the prefix 16; a hyphen is allowed.
         *
         * @param organisationsnummer the organisation's number
         * @return this builder
         */
        public Builder organisationsnummer(String organisationsnummer) {
            Arguments.notNull(organisationsnummer, "organisationsnummer");
            String digits = organisationsnummer.trim().replace("-", "");
            if (!digits.matches("\\d{10}|16\\d{10}")) {
                throw new IllegalArgumentException("organisationsnummer must have 10 digits, or 12 with the prefix 16");
            }
            if (!Personnummer.luhnValid(digits.substring(digits.length() - 10))) {
                throw new IllegalArgumentException("organisationsnummer has a wrong check digit");
            }
            this.organisationsnummer = digits;
            return this;
        }

        /**
         * Sets the aktörs-id that the service issued to the organisation (required for version 9,
         * which puts it in the path of every call; the SOAP versions do not use it). It is opaque
         * text, such as {@code "026-51"}, and is percent-encoded by the adapter.
         *
         * @param aktorsId the id, not blank, at most 100 characters, without control characters
         * @return this builder
         */
        public Builder aktorsId(String aktorsId) {
            String id = Arguments.notBlank(aktorsId, "aktorsId");
            if (id.length() > 100 || id.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("aktorsId must have at most 100 characters and no control characters");
            }
            this.aktorsId = id;
            return this;
        }

        /**
         * Sets the TLS context with the organisation's client certificate, for mutual TLS.
         * Hostname verification stays on.
         *
         * @param sslContext the context
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            tls.sslContext(sslContext);
            return this;
        }

        /**
         * Sets how long to wait for a connection (default 5 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Arguments.positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets how long to wait for data of an answer (default 30 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = Arguments.positive(timeout, "responseTimeout");
            return this;
        }

        /**
         * Sets the cap on an answer's size; a larger answer is rejected while it streams (default 32 MB).
         *
         * @param bytes the cap in bytes
         * @return this builder
         */
        public Builder maxResponseSize(long bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("maxResponseSize must be at least 1024 bytes");
            }
            this.maxResponseSize = bytes;
            return this;
        }

        /**
         * Sets the size of the connection pool (default 20).
         *
         * @param connections at least 1
         * @return this builder
         */
        public Builder maxConnections(int connections) {
            if (connections < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1");
            }
            this.maxConnections = connections;
            return this;
        }

        /**
         * Uses the given transport instead of the built-in Apache HttpClient 5 one; the client
         * never closes it. Timeouts, TLS and the size cap are then the transport's business.
         *
         * @param transport the transport
         * @return this builder
         */
        public Builder transport(Transport transport) {
            this.transport = Arguments.notNull(transport, "transport");
            return this;
        }

        /**
         * Runs {@code fetchAsync()} calls on the given executor; the client never shuts it down.
         * By default the client uses its own pool of daemon threads.
         *
         * @param executor the executor
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Arguments.notNull(executor, "executor");
            return this;
        }

        /**
         * Names the client: the name of its Resilience4j instances and the {@code name} tag of its
         * meters (default {@code lefi-<endpoint host>}). Give each client its own name when several
         * publish metrics to one registry.
         *
         * @param name a non-blank name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Arguments.notBlank(name, "name");
            return this;
        }

        /**
         * Sets how often a retryable failure (transport, technical) is tried in all, the first call
         * included (default 3; 1 turns retries off). A business or protocol error is never retried.
         * Ignored when {@link #retry(Retry)} is given.
         *
         * @param attempts at least 1
         * @return this builder
         */
        public Builder maxAttempts(int attempts) {
            resilience.maxAttempts(attempts);
            return this;
        }

        /**
         * Sets the backoff between attempts: the first wait, doubling after each failure up to the
         * cap, each moved at random by up to ±50 % (jitter) so that many clients do not retry in step
         * (default 200 ms, capped at 2 s). Ignored when {@link #retry(Retry)} is given.
         *
         * <p>When a retryable answer asks for a wait (HTTP {@code Retry-After}, seconds or a date),
         * the next attempt waits at least that long, if it is no longer than the cap; a longer
         * request ends the call at once, not retried, with the exception's message and
         * {@link LefiException#retryAfter()} saying how long the service asked to wait. Raise the
         * cap to wait out longer requests inside the call.
         *
         * @param initial the first wait, positive
         * @param max the cap on one wait, at least {@code initial}
         * @return this builder
         */
        public Builder retryBackoff(Duration initial, Duration max) {
            resilience.backoff(initial, max);
            return this;
        }

        /**
         * Uses your own Retry instead of the default. It decides alone what it retries; to keep
         * business and protocol errors out of it, configure it like the default does:
         * {@code RetryConfig.custom().retryOnException(e -> e instanceof LefiException le && le.retryable())}.
         *
         * <pre>{@code
         * Retry retry = Retry.of("lefi", RetryConfig.custom().maxAttempts(5)
         *         .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(500, 2.0, 0.5, 10_000))
         *         .retryOnException(e -> e instanceof LefiException le && le.retryable()).build());
         * LefiClient.builder()...retry(retry).build();
         * }</pre>
         *
         * @param retry the retry, outermost of the guards
         * @return this builder
         */
        public Builder retry(Retry retry) {
            resilience.retry(retry);
            return this;
        }

        /**
         * Uses your own circuit breaker instead of the default (opens when half of the last 20
         * attempts, at least 10, failed retryably; stays open 30 s; then 3 trial calls). Inside it
         * a failed attempt is the {@link LefiException} itself; the client's own bulkhead and rate
         * limiter refusals ({@code BulkheadFullException}, {@code RequestNotPermitted}) pass through
         * it too, and the default ignores them.
         *
         * @param circuitBreaker the breaker
         * @return this builder
         */
        public Builder circuitBreaker(CircuitBreaker circuitBreaker) {
            resilience.circuitBreaker(circuitBreaker);
            return this;
        }

        /**
         * Uses your own bulkhead instead of the default (as many concurrent calls as
         * {@link #maxConnections(int)}, waiting at most the connect timeout for a slot).
         *
         * @param bulkhead the bulkhead, innermost of the guards
         * @return this builder
         */
        public Builder bulkhead(Bulkhead bulkhead) {
            resilience.bulkhead(bulkhead);
            return this;
        }

        /**
         * Limits the call rate with your own rate limiter, for instance to the rate your connection
         * agreement allows; every attempt, retries included, takes a permit. By default there is
         * no client-side rate limit.
         *
         * @param rateLimiter the rate limiter
         * @return this builder
         */
        public Builder rateLimiter(RateLimiter rateLimiter) {
            resilience.rateLimiter(rateLimiter);
            return this;
        }

        /**
         * Publishes the client's retry, circuit breaker, bulkhead and rate limiter metrics (the
         * standard {@code resilience4j.*} meters, tagged with the client's {@link #name(String)}) to
         * a Micrometer registry, and times every call in {@code lefi.client.calls} (tags {@code name},
         * {@code operation}, {@code version}, {@code outcome}: ok, business, technical, transport or
         * protocol, and {@code error.code}: the service's code or none). Needs {@code io.github.resilience4j:resilience4j-micrometer} on the
         * class path; without a registry the SDK never loads a Micrometer class.
         *
         * @param registry the registry
         * @return this builder
         */
        public Builder meterRegistry(io.micrometer.core.instrument.MeterRegistry registry) {
            // Kept as Object so that no other code path of the builder or client names a Micrometer type.
            this.meterRegistry = Arguments.notNull(registry, "meterRegistry");
            return this;
        }

        /**
         * Logs every request and response body to the logger {@code se.lefi.client.wire} at DEBUG,
         * each personnummer masked (default off). Bodies still hold names and addresses: turn it on
         * only to diagnose. Never turn on Apache HttpClient's own wire logger
         * ({@code org.apache.hc.client5.http.wire}) in production: it prints raw, unmasked bytes.
         *
         * @param enabled whether to log bodies
         * @return this builder
         */
        public Builder wireLogging(boolean enabled) {
            this.wireLogging = enabled;
            return this;
        }

        /**
         * Uses the organisation's client certificate from a PKCS#12 file for mutual TLS.
         *
         * @param pkcs12 the file
         * @param password the file's password (also the key's)
         * @return this builder
         * @throws IllegalArgumentException if the file cannot be read, or holds no private key
         */
        public Builder keyStore(Path pkcs12, char[] password) {
            tls.keyStore(pkcs12, password);
            return this;
        }

        /**
         * Uses the organisation's client certificate from PKCS#12 bytes for mutual TLS.
         *
         * @param pkcs12 the bytes
         * @param password their password (also the key's)
         * @return this builder
         * @throws IllegalArgumentException if the bytes cannot be read, or hold no private key
         */
        public Builder keyStore(byte[] pkcs12, char[] password) {
            tls.keyStore(pkcs12, password);
            return this;
        }

        /**
         * Uses the organisation's client certificate from a loaded key store for mutual TLS.
         *
         * <pre>{@code
         * LefiClient.builder()...keyStore(Path.of("org.p12"), password).trustStore(Path.of("ca.p12"), tsPassword)
         * }</pre>
         *
         * @param keyStore the key store with the private key and its certificate chain
         * @param keyPassword the key's password
         * @return this builder
         * @throws IllegalArgumentException if the key store holds no private key
         */
        public Builder keyStore(KeyStore keyStore, char[] keyPassword) {
            tls.keyStore(keyStore, keyPassword);
            return this;
        }

        /**
         * Trusts the server certificates issued by the certificates in a PKCS#12 file instead of
         * the JVM's default trust anchors. Host names are always verified.
         *
         * @param pkcs12 the file
         * @param password its password
         * @return this builder
         * @throws IllegalArgumentException if the file cannot be read, or holds no certificate
         */
        public Builder trustStore(Path pkcs12, char[] password) {
            tls.trustStore(pkcs12, password);
            return this;
        }

        /**
         * Trusts the server certificates issued by the certificates in PKCS#12 bytes.
         *
         * @param pkcs12 the bytes
         * @param password their password
         * @return this builder
         * @throws IllegalArgumentException if the bytes cannot be read, or hold no certificate
         */
        public Builder trustStore(byte[] pkcs12, char[] password) {
            tls.trustStore(pkcs12, password);
            return this;
        }

        /**
         * Trusts the server certificates issued by the certificates in a loaded key store.
         *
         * @param trustStore the trusted certificates
         * @return this builder
         * @throws IllegalArgumentException if it holds no certificate
         */
        public Builder trustStore(KeyStore trustStore) {
            tls.trustStore(trustStore);
            return this;
        }

        /**
         * Sets the clock that tells which day it is, for the warning about a version near or past
         * its end of support (default: the system clock in UTC). Tests use a fixed clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Arguments.notNull(clock, "clock");
            return this;
        }

        /**
         * Builds the client; when the version is past or within 90 days of its
         * {@link LefiVersion#endOfSupport() end of support}, logs one WARN saying which versions to move to.
         *
         * @return the client
         * @throws IllegalStateException if a required setting is missing or no adapter module on
         *     the class path supports the version
         */
        public LefiClient build() {
            if (endpoint == null) {
                throw new IllegalStateException("endpoint(...) is required");
            }
            if (version == null) {
                throw new IllegalStateException("version(...) is required");
            }
            tls.check();
            if (tls.hasClientCertificate() && "http".equalsIgnoreCase(endpoint.getScheme())) {
                // A certificate means production: personnummer would travel unencrypted.
                throw new IllegalStateException("a client certificate (keyStore(...) or sslContext(...)) needs an"
                        + " https endpoint; " + endpoint.getScheme() + "://" + endpoint.getHost()
                        + " would send personnummer unencrypted");
            }
            if (transport != null && tls.isSet()) {
                throw new IllegalStateException("TLS settings do not apply to a transport(...) you pass in;"
                        + " configure TLS on that transport");
            }
            VersionAdapter adapter = AdapterRegistry.find(version).orElseThrow(() -> new IllegalStateException(
                    "no adapter for LEFI Online " + version + " on the class path: add the dependency se.lefi.client:"
                            + AdapterRegistry.moduleFor(version)));
            adapter.checkIdentity(version, identity());
            SupportWindow.warnIfNeeded(version, clock, LOG);
            return new LefiClient(this, adapter);
        }

    }
}
