package se.lefi.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
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
import se.lefi.client.internal.transport.HttpClient5Transport;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.PingResult;
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
    private final String organisationsnummer;
    private final Duration responseTimeout;
    private final VersionAdapter adapter;
    private final Transport transport;
    private final boolean ownsTransport;
    private final Executor executor;
    private final ExecutorService ownedExecutor;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LefiClient(Builder b, VersionAdapter adapter) {
        this.endpoint = b.endpoint;
        this.version = b.version;
        this.organisationsnummer = b.organisationsnummer;
        this.responseTimeout = b.responseTimeout;
        this.adapter = adapter;
        if (b.transport != null) {
            this.transport = b.transport;
            this.ownsTransport = false;
        } else {
            this.transport = HttpClient5Transport.create(new HttpClient5Transport.Settings(b.connectTimeout,
                    b.responseTimeout, b.maxConnections, b.sslContext, b.maxResponseSize, "lefi-client/0.1"));
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
        OutgoingMessage message = adapter.encodePing(version);
        return send("ping", message, null, answer -> adapter.decodePing(version, answer));
    }

    /** Returns the contract version this client speaks. */
    public LefiVersion version() {
        return version;
    }

    /** Returns the endpoint this client calls. */
    public URI endpoint() {
        return endpoint;
    }

    String organisationsnummer() {
        return organisationsnummer;
    }

    BenefitInformation execute(QueryRequest request) {
        ensureOpen();
        adapter.validate(request);
        OutgoingMessage message = adapter.encodeQuery(request);
        String correlationId = request.correlationId().orElse(null);
        return send("hamtaFormansinformation", message, correlationId, answer -> adapter.decodeQuery(request, answer));
    }

    CompletableFuture<BenefitInformation> executeAsync(QueryRequest request) {
        ensureOpen();
        adapter.validate(request);
        OutgoingMessage message = adapter.encodeQuery(request);
        String correlationId = request.correlationId().orElse(null);
        return CompletableFuture.supplyAsync(() -> send("hamtaFormansinformation", message, correlationId,
                answer -> adapter.decodeQuery(request, answer)), executor);
    }

    private <T> T send(String operation, OutgoingMessage message, String correlationId, Transport.AnswerHandler<T> handler) {
        long started = System.nanoTime();
        try {
            T result = transport.send(endpoint, message, handler);
            if (LOG.isDebugEnabled()) {
                LOG.debug("[operation={} version={} outcome=ok durationMs={}]", operation, version,
                        (System.nanoTime() - started) / 1_000_000);
            }
            return result;
        } catch (LefiException e) {
            if (LOG.isDebugEnabled()) {
                LOG.debug("[operation={} version={} outcome={} retryable={} durationMs={}]", operation, version,
                        e.getClass().getSimpleName(), e.retryable(), (System.nanoTime() - started) / 1_000_000);
            }
            throw e;
        } catch (IOException e) {
            throw transportFailure(e, correlationId);
        } catch (IllegalStateException e) {
            if (closed.get()) {
                throw new IllegalStateException("the LefiClient is closed", e);
            }
            throw new LefiProtocolException("the answer could not be decoded: " + e.getClass().getSimpleName(), null,
                    correlationId);
        } catch (RuntimeException e) {
            // A decoder must never hand a NullPointerException or the like to the user.
            throw new LefiProtocolException("the answer could not be decoded: " + e.getClass().getSimpleName(), null,
                    correlationId);
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
     * Closes the connection pool and threads the client created; a transport or executor passed
     * in by the user stays open. Calls after close fail with {@link IllegalStateException}.
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
        }
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
        private SSLContext sslContext;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
        private long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private Transport transport;
        private Executor executor;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the service endpoint from the connection agreement (required).
         *
         * @param endpoint an http or https URI
         * @return this builder
         */
        public Builder endpoint(URI endpoint) {
            Objects.requireNonNull(endpoint, "endpoint");
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
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * Sets the querying organisation (required): 10 digits, or 12 with the prefix 16; a hyphen
         * is allowed.
         *
         * @param organisationsnummer the organisation's number
         * @return this builder
         */
        public Builder organisationsnummer(String organisationsnummer) {
            Objects.requireNonNull(organisationsnummer, "organisationsnummer");
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
         * Sets the TLS context with the organisation's client certificate, for mutual TLS.
         * Hostname verification stays on.
         *
         * @param sslContext the context
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /**
         * Sets how long to wait for a connection (default 5 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets how long to wait for data of an answer (default 30 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = positive(timeout, "responseTimeout");
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
            this.transport = Objects.requireNonNull(transport, "transport");
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
            this.executor = Objects.requireNonNull(executor, "executor");
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
            this.clock = Objects.requireNonNull(clock, "clock");
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
            if (organisationsnummer == null) {
                throw new IllegalStateException("organisationsnummer(...) is required");
            }
            VersionAdapter adapter = AdapterRegistry.find(version).orElseThrow(() -> new IllegalStateException(
                    "no adapter for LEFI Online " + version + " on the class path: add the dependency se.lefi.client:"
                            + AdapterRegistry.moduleFor(version)));
            SupportWindow.warnIfNeeded(version, clock, LOG);
            return new LefiClient(this, adapter);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }
    }
}
