package se.lefi.client.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.testkit.internal.Scopes;

/**
 * Simulates LEFI Online on a local port, for tests and demos: a real HTTP server (WireMock) that
 * answers {@code hamtaFormansinformation} and {@code ping} in every SOAP contract version (5.0,
 * 5.1, 6.0) and version 9's REST/JSON operations ({@code POST .../formansinformation/fraga} and
 * {@code GET .../tillgangligaInformationstyper}) from a population of synthetic persons,
 * following the service's rules.
 *
 * <p>Version 9 answers the same persons and facts in JSON, in the shape of Försäkringskassan's
 * OpenAPI, with Pensionsmyndigheten's own lists for its groups; the organisation is found by the
 * aktörs-id of the path ({@link SimulatedOrganisation#aktorsId()}), each group its agreement does
 * not cover gets a deviation {@code OBEHORIG}, {@link #unavailableProviders} makes an agency not
 * answer, {@link #missingProviders} makes its data missing, {@link #failingGroups} makes groups
 * fail with a deviation {@code INTERNT_FEL}, and {@link #error} answers 400, 403 or 500 with a {@code LefiFelsvar}. For version 9 the
 * client's endpoint is {@link #baseUrl()}; {@link #clientBuilder(LefiVersion)} sets it and the
 * aktörs-id.
 *
 * <p>It reads {@code lefiOnlineVersion} and the namespace from each request and answers in that
 * version's shape; it leaves out what the querying organisation's agreement does not cover;
 * it answers the service's faults (invalid personnummer, unknown person, bad period, nothing
 * asked, unsupported version, no agreement) and, on demand, technical errors, delays and broken
 * connections. By default it knows the persons of {@link SyntheticPersons} and the organisations
 * of {@link SimulatedOrganisation#defaults()}.
 *
 * <p>It records every query it answers ({@link #requests()}, {@link #verify()}), speaks HTTPS or
 * mutual TLS with certificates it makes at start ({@link Builder#mutualTls()}, {@link #tls()}),
 * and runs outside any test as {@link LefiSimulatorMain}. Under {@link LefiSimulatorExtension}
 * each test's changes are undone after it.
 *
 * <pre>{@code
 * try (LefiOnlineSimulator simulator = LefiOnlineSimulator.start();
 *      LefiClient client = simulator.client(LefiVersion.V6_0)) {
 *     BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.SICK_EMPLOYEE))
 *             .period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 4, 30))
 *             .payments(Benefit.SJUKPENNING)
 *             .fetch();
 * }
 * }</pre>
 */
public final class LefiOnlineSimulator implements AutoCloseable {

    /** The path the simulator answers the SOAP versions on. */
    public static final String PATH = "/lefionline";
    /** The path every version 9 operation starts with, below {@link #baseUrl()}. */
    public static final String VERSION_9_PATH = "/lefi-extern-formansinformation/v9/aktorer/";

    // A time-based window of one second that never has enough calls to open.
    private static final CircuitBreakerConfig NEVER_OPENS = CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
            .slidingWindowSize(1)
            .minimumNumberOfCalls(Integer.MAX_VALUE)
            .build();

    private final WireMockServer server;
    private final SimulatorEngine engine;
    private final SimulatorTls tls;
    private final SimulatorTls.ServerFiles tlsFiles;
    private final String host;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LefiOnlineSimulator(Builder b) {
        this.engine = new SimulatorEngine(b.clock, b.versions);
        for (SimulatedOrganisation o : SimulatedOrganisation.defaults()) {
            engine.add(o);
        }
        b.organisations.forEach(engine::add);
        if (b.defaultPopulation) {
            SyntheticPersons.all(engine.today()).forEach(engine::add);
        }
        b.persons.forEach(engine::add);
        engine.preliminaryBeforeFix(b.preliminaryBeforeFix);
        // A wildcard bind address is reached through the loopback address.
        this.host = b.bindAddress.equals("0.0.0.0") || b.bindAddress.equals("::") ? "127.0.0.1" : b.bindAddress;
        WireMockConfiguration options = options()
                .bindAddress(b.bindAddress)
                .disableRequestJournal()
                .notifier(new QuietNotifier())
                .extensions(new SimulatorTransformer(engine));
        if (b.tls == TlsMode.NONE) {
            this.tls = null;
            this.tlsFiles = null;
            options.port(b.port);
        } else {
            List<String> hosts = new ArrayList<>(List.of("localhost", "127.0.0.1"));
            hosts.add(host);
            hosts.addAll(b.tlsHostnames);
            this.tls = SimulatorTls.create(b.tls, hosts.stream().distinct().toList());
            this.tlsFiles = tls.writeServerFiles();
            String password = new String(tls.password());
            options.httpDisabled(true).httpsPort(b.port)
                    .keystorePath(tlsFiles.keyStore().toString()).keystoreType("PKCS12")
                    .keystorePassword(password).keyManagerPassword(password);
            if (b.tls == TlsMode.MUTUAL) {
                options.needClientAuth(true)
                        .trustStorePath(tlsFiles.trustStore().toString()).trustStoreType("PKCS12")
                        .trustStorePassword(password);
            }
        }
        this.server = new WireMockServer(options);
        try {
            server.start();
        } catch (RuntimeException e) {
            if (tlsFiles != null) {
                tlsFiles.delete();
            }
            throw e;
        }
        server.stubFor(any(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
        server.stubFor(any(urlPathMatching(VERSION_9_PATH + ".*")).willReturn(aResponse().withStatus(200)));
    }

    /**
     * Starts a simulator on a free port with the default persons, organisations and versions.
     *
     * @return the running simulator
     */
    public static LefiOnlineSimulator start() {
        return builder().start();
    }

    /** Returns a builder for a simulator with other settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the endpoint to give a {@link LefiClient} of a SOAP version: {@code https} when the simulator speaks TLS. */
    public URI endpoint() {
        return URI.create(baseUrl() + PATH);
    }

    /**
     * Returns the base URL to give a {@link LefiClient} of version 9 as its endpoint: the server's
     * root, below which version 9's paths lie.
     *
     * @return for example {@code http://127.0.0.1:8080}
     */
    public URI baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create((tls == null ? "http" : "https") + "://" + h + ":" + port());
    }

    /**
     * Returns the endpoint for a version: {@link #baseUrl()} for version 9, {@link #endpoint()} for the others.
     *
     * @param version the version the client speaks
     * @return the endpoint
     */
    public URI endpoint(LefiVersion version) {
        return version == LefiVersion.V9_0 ? baseUrl() : endpoint();
    }

    /** Returns the port the simulator listens on. */
    public int port() {
        return tls == null ? server.port() : server.httpsPort();
    }

    /**
     * Returns the certificates of a simulator started with {@link Builder#https()} or
     * {@link Builder#mutualTls()}: a trust store, a client key store or a ready {@code SSLContext}.
     *
     * @return the simulator's TLS material
     * @throws IllegalStateException if the simulator speaks plain HTTP
     */
    public SimulatorTls tls() {
        if (tls == null) {
            throw new IllegalStateException("the simulator speaks plain HTTP; start it with https() or mutualTls()");
        }
        return tls;
    }

    /**
     * Returns the queries the simulator answered, oldest first: under the JUnit extension those of
     * the running test (and of any test running at the same time), otherwise all since the start
     * or {@link #clearRequests()} (at most the last 10 000).
     *
     * @return the queries
     */
    public List<RecordedQuery> requests() {
        return engine.requests();
    }

    /**
     * Starts checking the queries of {@link #requests()}.
     *
     * <pre>{@code
     * simulator.verify().queried("19900101-0017").forBenefits(Benefit.SJUKPENNING).once();
     * }</pre>
     *
     * @return the verification
     */
    public QueryVerification verify() {
        return new QueryVerification(requests());
    }

    /** Forgets the queries recorded so far. */
    public void clearRequests() {
        engine.clearRequests();
    }

    /** Lets the test kit's own tests see each version 9 request as sent (path and body). */
    void onVersion9Request(java.util.function.BiConsumer<String, byte[]> observer) {
        engine.onVersion9Request(observer);
    }

    /** Returns how many persons the simulator knows. */
    int personCount() {
        return engine.personCount();
    }

    Scopes.Scope openScope() {
        return engine.openScope();
    }

    void closeScope(Scopes.Scope scope) {
        engine.closeScope(scope);
    }

    /** Returns the simulator's today: payments after it are not executed yet. */
    public LocalDate today() {
        return engine.today();
    }

    /** Returns the contract versions the simulated service supports. */
    public Set<LefiVersion> supportedVersions() {
        return engine.supported();
    }

    /**
     * Adds a person, or replaces the person with the same personnummer.
     *
     * @param person the person
     * @return this simulator
     */
    public LefiOnlineSimulator add(SimulatedPerson person) {
        engine.add(Objects.requireNonNull(person, "person"));
        return this;
    }

    /**
     * Removes a person; a later query about it gets {@code PERSON_SAKNAS}.
     *
     * @param personnummer the person's number
     * @return true if the person was known
     */
    public boolean remove(String personnummer) {
        return engine.remove(Personnummer.parse(personnummer));
    }

    /**
     * Finds a person the simulator knows.
     *
     * @param personnummer the person's number
     * @return the person, if known
     */
    public Optional<SimulatedPerson> person(String personnummer) {
        return engine.person(Personnummer.parse(personnummer));
    }

    /**
     * Adds a querying organisation, or replaces the one with the same number.
     *
     * @param organisation the organisation with its category and agreement
     * @return this simulator
     */
    public LefiOnlineSimulator addOrganisation(SimulatedOrganisation organisation) {
        engine.add(Objects.requireNonNull(organisation, "organisation"));
        return this;
    }

    /**
     * Returns a client builder already pointed at this simulator, speaking the given version as
     * the default organisation ({@link SimulatedOrganisation#KOMMUN}, which may see everything),
     * with the simulator's client certificate and CA when it speaks TLS; for version 9 the
     * endpoint is {@link #baseUrl()} and the aktörs-id the organisation's.
     *
     * <p>Retries stay on, as in production, with a short backoff so tests stay fast; the circuit
     * breaker never opens, so the faults one test injects never short-circuit the next test's calls
     * on a shared client. Pass your own {@code circuitBreaker(...)} to test breaker behaviour.
     *
     * @param version the version to speak
     * @return a builder to adjust or build
     */
    public LefiClient.Builder clientBuilder(LefiVersion version) {
        LefiClient.Builder builder = LefiClient.builder();
        if (tls != null) {
            builder.sslContext(tls.sslContext());
        }
        if (version == LefiVersion.V9_0) {
            builder.aktorsId(SimulatedOrganisation.KOMMUN.aktorsId());
        }
        return builder
                .endpoint(endpoint(version))
                .version(version)
                .organisationsnummer(SimulatedOrganisation.KOMMUN.organisationsnummer())
                .retryBackoff(Duration.ofMillis(20), Duration.ofMillis(100))
                .circuitBreaker(CircuitBreaker.of("lefi-simulator", NEVER_OPENS));
    }

    /**
     * Builds a client for this simulator; close it when done.
     *
     * @param version the version to speak
     * @return the client
     */
    public LefiClient client(LefiVersion version) {
        return clientBuilder(version).build();
    }

    /**
     * Delays every answer by the given time (a person's own delay takes precedence); null or
     * zero switches it off.
     *
     * @param delay the delay
     * @return this simulator
     */
    public LefiOnlineSimulator delay(Duration delay) {
        engine.delay(delay);
        return this;
    }

    /**
     * Breaks every connection in the given way instead of answering; null switches it off.
     *
     * @param fault the fault
     * @return this simulator
     */
    public LefiOnlineSimulator networkFault(NetworkFault fault) {
        engine.networkFault(fault);
        return this;
    }

    /**
     * Answers every request (queries and pings) with the given SOAP fault; null switches it off.
     *
     * @param error the fault, e.g. {@link SimulatedError#applikationsfel()}
     * @return this simulator
     */
    public LefiOnlineSimulator error(SimulatedError error) {
        engine.error(error);
        return this;
    }

    /**
     * Makes agencies not answer version 9 queries: their data is missing and the answer's
     * {@code utlamnare} says {@code OTILLGANGLIG} for them, without deviations, as the service
     * does. No argument makes every agency answer again.
     *
     * @param providers the agencies that do not answer
     * @return this simulator
     */
    public LefiOnlineSimulator unavailableProviders(SimulatedProvider... providers) {
        engine.providerState("OTILLGANGLIG", setOf(SimulatedProvider.class, providers, "provider"));
        return this;
    }

    /**
     * Makes agencies answer version 9 queries with their data missing: the answer's
     * {@code utlamnare} says {@code FELANDE} for them, and like an agency that does not answer
     * ({@link #unavailableProviders}) they deliver nothing and cause no deviation. No argument
     * makes every agency deliver again.
     *
     * <pre>{@code
     * simulator.missingProviders(SimulatedProvider.FORSAKRINGSKASSAN);
     * // info.providers() holds Försäkringskassan with ProviderState.State.MISSING
     * }</pre>
     *
     * @param providers the agencies whose data is missing
     * @return this simulator
     */
    public LefiOnlineSimulator missingProviders(SimulatedProvider... providers) {
        engine.providerState("FELANDE", setOf(SimulatedProvider.class, providers, "provider"));
        return this;
    }

    /**
     * Makes the subsystems behind groups or types fail in version 9 queries: each one asked, in
     * any list, gets a deviation {@code INTERNT_FEL} and no data, and the rest of the answer is
     * delivered. A group the organisation's agreement does not cover still gets {@code OBEHORIG}.
     * The SOAP versions have no deviations and are not affected. No argument ends the failure.
     *
     * <pre>{@code
     * simulator.failingGroups(Benefit.SJUKPENNING);
     * // info.deviations() holds SJUKPENNING with Deviation.Reason.INTERNAL_ERROR
     * }</pre>
     *
     * @param groups the groups or types whose subsystems fail, e.g. {@link Benefit#SJUKPENNING}
     * @return this simulator
     */
    public LefiOnlineSimulator failingGroups(Benefit... groups) {
        engine.failingGroups(setOf(Benefit.class, groups, "group"));
        return this;
    }

    private static <E extends Enum<E>> Set<E> setOf(Class<E> type, E[] values, String what) {
        Set<E> set = EnumSet.noneOf(type);
        for (E value : values) {
            set.add(Objects.requireNonNull(value, what));
        }
        return set;
    }

    /**
     * Returns the aktörs-id version 9 knows an organisation by.
     *
     * @param organisationsnummer an organisation the simulator knows
     * @return its aktörs-id
     * @throws IllegalArgumentException if the simulator does not know it
     */
    public String aktorsId(String organisationsnummer) {
        return engine.organisation(organisationsnummer)
                .orElseThrow(() -> new IllegalArgumentException("the simulator knows no organisation "
                        + organisationsnummer))
                .aktorsId();
    }

    /**
     * Switches off the delay, network fault, error, unavailable and missing providers and failing
     * groups set on the whole simulator.
     */
    public LefiOnlineSimulator clearDisturbances() {
        engine.delay(null);
        engine.networkFault(null);
        engine.error(null);
        engine.clearProviderStates();
        engine.failingGroups(null);
        return this;
    }

    /**
     * Answers preliminary payments as an instance before the fix of 2020-03-21/22 did: dates in
     * the basic form ({@code 20200325}) and no {@code foretag}.
     *
     * @param beforeFix true to imitate an unfixed instance
     * @return this simulator
     */
    public LefiOnlineSimulator preliminaryPaymentsBeforeFix(boolean beforeFix) {
        engine.preliminaryBeforeFix(beforeFix);
        return this;
    }

    /** Returns how many requests the simulator has received. */
    public int requestCount() {
        return engine.requestCount();
    }

    /** Stops the server; calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                server.stop();
            } finally {
                if (tlsFiles != null) {
                    tlsFiles.delete();
                }
            }
        }
    }

    /**
     * Builds a {@link LefiOnlineSimulator}.
     *
     * <pre>{@code
     * LefiOnlineSimulator simulator = LefiOnlineSimulator.builder()
     *         .today(LocalDate.of(2020, 5, 20))
     *         .supportedVersions(LefiVersion.V5_1, LefiVersion.V6_0)
     *         .person(myPerson)
     *         .start();
     * }</pre>
     */
    public static final class Builder {
        private int port;
        private String bindAddress = "127.0.0.1";
        private TlsMode tls = TlsMode.NONE;
        private final List<String> tlsHostnames = new ArrayList<>();
        private Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));
        private Set<LefiVersion> versions = EnumSet.of(LefiVersion.V5_0, LefiVersion.V5_1, LefiVersion.V6_0,
                LefiVersion.V9_0);
        private boolean defaultPopulation = true;
        private boolean preliminaryBeforeFix;
        private final List<SimulatedPerson> persons = new ArrayList<>();
        private final List<SimulatedOrganisation> organisations = new ArrayList<>();

        private Builder() {
        }

        /** Listens on the given port instead of a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535");
            }
            this.port = port;
            return this;
        }

        /**
         * Listens on the given address instead of the loopback address, e.g. {@code 0.0.0.0} in a
         * container that other containers call.
         */
        public Builder bindAddress(String address) {
            Objects.requireNonNull(address, "address");
            if (address.isBlank()) {
                throw new IllegalArgumentException("bind address must not be blank");
            }
            this.bindAddress = address.trim();
            return this;
        }

        /** Chooses plain HTTP, HTTPS or mutual TLS (default plain HTTP). */
        public Builder tls(TlsMode mode) {
            this.tls = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Speaks HTTPS with a server certificate from a CA made at start; see {@link LefiOnlineSimulator#tls()}. */
        public Builder https() {
            return tls(TlsMode.HTTPS);
        }

        /** Speaks HTTPS and refuses clients without a certificate from the simulator's CA, as LEFI Online does. */
        public Builder mutualTls() {
            return tls(TlsMode.MUTUAL);
        }

        /**
         * Adds host names (or IP addresses) to the server certificate, besides {@code localhost},
         * {@code 127.0.0.1} and the bind address, e.g. the service name other containers use.
         */
        public Builder tlsHostnames(String... names) {
            for (String name : names) {
                Objects.requireNonNull(name, "name");
                if (name.isBlank()) {
                    throw new IllegalArgumentException("a TLS host name must not be blank");
                }
                tlsHostnames.add(name.trim());
            }
            return this;
        }

        /** Sets the clock for today and for the answers' timestamps (default: the system clock, Stockholm time). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Fixes today at the start of the given day, Stockholm time, for repeatable answers. */
        public Builder today(LocalDate today) {
            ZoneId zone = ZoneId.of("Europe/Stockholm");
            return clock(Clock.fixed(today.atTime(9, 0).atZone(zone).toInstant(), zone));
        }

        /**
         * Sets the versions the simulated service supports; a query in another SOAP version gets
         * {@code TEKNISKT_FEL}/{@code VERSION_STODS_EJ}, one in version 9 when it is left out a 404
         * (default: 5.0, 5.1, 6.0 and 9).
         */
        public Builder supportedVersions(LefiVersion... versions) {
            if (versions.length == 0) {
                throw new IllegalArgumentException("name at least one supported version");
            }
            this.versions = EnumSet.copyOf(List.of(versions));
            return this;
        }

        /** Leaves out the default persons of {@link SyntheticPersons}. */
        public Builder withoutDefaultPersons() {
            this.defaultPopulation = false;
            return this;
        }

        /** Adds a person (replacing a default person with the same number). */
        public Builder person(SimulatedPerson person) {
            persons.add(Objects.requireNonNull(person, "person"));
            return this;
        }

        /** Adds a querying organisation. */
        public Builder organisation(SimulatedOrganisation organisation) {
            organisations.add(Objects.requireNonNull(organisation, "organisation"));
            return this;
        }

        /** Answers preliminary payments as an instance before the fix of 2020-03-21/22. */
        public Builder preliminaryPaymentsBeforeFix(boolean beforeFix) {
            this.preliminaryBeforeFix = beforeFix;
            return this;
        }

        /** Starts the simulator. */
        public LefiOnlineSimulator start() {
            return new LefiOnlineSimulator(this);
        }
    }

    /** Keeps WireMock silent: the simulator's own DEBUG lines say what matters. */
    private static final class QuietNotifier implements Notifier {
        @Override
        public void info(String message) {
            // WireMock's per-request chatter is of no use to the user's test output.
        }

        @Override
        public void error(String message) {
            // Errors surface to the client as HTTP failures; logging them here would double them.
        }

        @Override
        public void error(String message, Throwable t) {
            // As above.
        }
    }
}
