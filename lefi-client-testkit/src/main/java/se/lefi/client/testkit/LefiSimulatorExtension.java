package se.lefi.client.testkit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.testkit.internal.Scopes;

/**
 * Starts a {@link LefiOnlineSimulator} once per test class, builds a {@link LefiClient} against it,
 * injects both as parameters, keeps tests apart, and stops them after the class.
 *
 * <p>Isolation: what a test adds or changes (persons, organisations, delays, faults, errors), in
 * its {@code @BeforeEach} or its body, is undone after it; what the class sets up in
 * {@code @BeforeAll} or through this builder stays, and a {@code @Nested} class's
 * {@code @BeforeAll} set-up stays for that nested class only. {@link LefiOnlineSimulator#requests()}
 * and {@code verify()} show the running test's queries. Parameterized and repeated tests are
 * isolated per invocation. {@link Builder#isolateTests(boolean) isolateTests(false)} (or
 * {@code @LefiSimulatorTest(isolateTests = false)}) keeps the old behaviour: changes and the
 * journal stay from test to test.
 *
 * <p>Parallel execution: each top-level class has its own simulator, so classes running
 * concurrently never meet. Methods of one class running concurrently share its simulator: each
 * still undoes exactly its own changes, but sees what the others add meanwhile, and their
 * {@code requests()} include each other's queries. Changes are attributed to the test by the thread
 * that makes them, so a change made on a thread the test started itself (or under
 * {@code @Timeout(threadMode = SEPARATE_THREAD)}) stays.
 *
 * <p>Use it through {@link LefiSimulatorTest}, or register it in a static field to configure it
 * in code and reach the simulator and client from the field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static LefiSimulatorExtension lefi = LefiSimulatorExtension.builder()
 *         .version(LefiVersion.V5_1)
 *         .person(SimulatedPerson.builder("19900101-0017").sickness(from, to, 612).build())
 *         .build();
 *
 * @Test
 * void sick() {
 *     BenefitInformation info = lefi.client().query(Personnummer.parse("19900101-0017"))...;
 *     lefi.verify().queried("19900101-0017").inVersion(LefiVersion.V5_1).once();
 * }
 * }</pre>
 *
 * <p>It uses only extension APIs that JUnit Jupiter 5.10 and later, including 6, share.
 */
public final class LefiSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LefiSimulatorExtension.class);

    private final Settings configured;
    private volatile Running running;

    /** Creates the extension with the settings of the class's {@link LefiSimulatorTest} annotation. */
    public LefiSimulatorExtension() {
        this.configured = null;
    }

    private LefiSimulatorExtension(Settings settings) {
        this.configured = settings;
    }

    /** Returns a builder for an extension to register with {@code @RegisterExtension}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the running simulator (between the class's start and end).
     *
     * @return the simulator
     * @throws IllegalStateException outside the test class's lifetime
     */
    public LefiOnlineSimulator simulator() {
        return current().simulator();
    }

    /**
     * Returns the client against the running simulator.
     *
     * @return the client
     * @throws IllegalStateException outside the test class's lifetime
     */
    public LefiClient client() {
        return current().client();
    }

    /**
     * Returns the queries of the running test; see {@link LefiOnlineSimulator#requests()}.
     *
     * @return the queries
     */
    public List<RecordedQuery> requests() {
        return simulator().requests();
    }

    /**
     * Starts checking the running test's queries.
     *
     * <pre>{@code
     * lefi.verify().queried("19900101-0017").forBenefits(Benefit.SJUKPENNING).once();
     * }</pre>
     *
     * @return the verification
     */
    public QueryVerification verify() {
        return simulator().verify();
    }

    /**
     * Returns the simulator's certificates, when it was started with {@link Builder#https()} or
     * {@link Builder#mutualTls()}.
     *
     * @return the TLS material
     * @throws IllegalStateException if the simulator speaks plain HTTP
     */
    public SimulatorTls tls() {
        return simulator().tls();
    }

    private Running current() {
        Running r = running;
        if (r == null) {
            throw new IllegalStateException("the simulator runs only while the test class runs");
        }
        return r;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<Running> enclosing = context.getParent().flatMap(this::find);
        if (enclosing.isPresent()) {
            // A nested class shares the simulator of its enclosing class; its own set-up is its own scope.
            if (enclosing.get().isolated()) {
                context.getStore(NAMESPACE).put(scopeKey(context), new OpenScope(enclosing.get().simulator().openScope()));
            }
            return;
        }
        Settings settings = configured != null ? configured : fromAnnotation(context);
        LefiOnlineSimulator.Builder b = LefiOnlineSimulator.builder().tls(settings.tls());
        if (settings.today() != null) {
            b.today(settings.today());
        }
        if (!settings.defaultPersons()) {
            b.withoutDefaultPersons();
        }
        settings.persons().forEach(b::person);
        LefiOnlineSimulator simulator = b.start();
        LefiClient client;
        try {
            LefiClient.Builder cb = simulator.clientBuilder(settings.version())
                    .organisationsnummer(settings.organisationsnummer());
            if (settings.version() == LefiVersion.V9_0) {
                // Version 9 knows the organisation by its aktörs-id, which the simulator gave it.
                cb.aktorsId(simulator.aktorsId(settings.organisationsnummer()));
            }
            client = cb.responseTimeout(settings.responseTimeout()).build();
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
        Running r = new Running(simulator, client, settings.isolateTests());
        running = r;
        // Stored as a plain holder (not AutoCloseable) so that no JUnit version closes it behind our back.
        context.getStore(NAMESPACE).put(key(context), r);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        OpenScope scope = context.getStore(NAMESPACE).remove(scopeKey(context), OpenScope.class);
        if (scope != null) {
            context.getParent().flatMap(this::find).ifPresent(r -> r.simulator().closeScope(scope.scope()));
        }
        Running r = context.getStore(NAMESPACE).remove(key(context), Running.class);
        if (r != null) {
            r.close();
            running = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        find(context).filter(Running::isolated).ifPresent(r ->
                context.getStore(NAMESPACE).put(scopeKey(context), new OpenScope(r.simulator().openScope())));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        OpenScope scope = context.getStore(NAMESPACE).remove(scopeKey(context), OpenScope.class);
        if (scope != null) {
            find(context).ifPresent(r -> r.simulator().closeScope(scope.scope()));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == LefiOnlineSimulator.class || type == LefiClient.class || type == SimulatorTls.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Running r = find(extensionContext).or(() -> Optional.ofNullable(running)).orElseThrow(
                () -> new ParameterResolutionException(
                "no simulator is running for " + extensionContext.getDisplayName()
                        + "; parameters are injected only into instance methods of the annotated class"));
        Class<?> type = parameterContext.getParameter().getType();
        if (type == SimulatorTls.class) {
            try {
                return r.simulator().tls();
            } catch (IllegalStateException e) {
                throw new ParameterResolutionException(e.getMessage(), e);
            }
        }
        return type == LefiOnlineSimulator.class ? r.simulator() : r.client();
    }

    private Optional<Running> find(ExtensionContext context) {
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            Running r = c.get().getStore(NAMESPACE).get(key(c.get()), Running.class);
            if (r != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private String key(ExtensionContext context) {
        return context.getUniqueId() + "#" + System.identityHashCode(this);
    }

    private String scopeKey(ExtensionContext context) {
        return key(context) + "#scope";
    }

    private static Settings fromAnnotation(ExtensionContext context) {
        Class<?> type = context.getRequiredTestClass();
        LefiSimulatorTest a = null;
        for (Class<?> c = type; c != null && a == null; c = c.getEnclosingClass()) {
            a = c.getAnnotation(LefiSimulatorTest.class);
        }
        if (a == null) {
            return new Builder().settings();
        }
        return new Settings(a.version(), a.organisationsnummer(), a.today().isEmpty() ? null : LocalDate.parse(a.today()),
                a.defaultPersons(), List.of(), Builder.DEFAULT_RESPONSE_TIMEOUT, a.isolateTests(), a.tls());
    }

    private record Settings(LefiVersion version, String organisationsnummer, LocalDate today, boolean defaultPersons,
            List<SimulatedPerson> persons, Duration responseTimeout, boolean isolateTests, TlsMode tls) {
    }

    /** A plain holder (not AutoCloseable), so JUnit never closes a scope on a thread of its choosing. */
    private record OpenScope(Scopes.Scope scope) {
    }

    private record Running(LefiOnlineSimulator simulator, LefiClient client, boolean isolated) {
        void close() {
            try {
                client.close();
            } finally {
                simulator.close();
            }
        }
    }

    /**
     * Builds a {@link LefiSimulatorExtension} for {@code @RegisterExtension}.
     *
     * <pre>{@code
     * @RegisterExtension
     * static LefiSimulatorExtension lefi = LefiSimulatorExtension.builder().version(LefiVersion.V6_0).mutualTls().build();
     * }</pre>
     */
    public static final class Builder {
        static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(10);

        private LefiVersion version = LefiVersion.V6_0;
        private String organisationsnummer = SimulatedOrganisation.KOMMUN.organisationsnummer();
        private LocalDate today;
        private boolean defaultPersons = true;
        private final List<SimulatedPerson> persons = new ArrayList<>();
        private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
        private boolean isolateTests = true;
        private TlsMode tls = TlsMode.NONE;

        private Builder() {
        }

        /** Sets the version the client speaks (default 6.0); for 9 the client gets the organisation's aktörs-id. */
        public Builder version(LefiVersion version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /** Sets the organisation the client queries as (default {@link SimulatedOrganisation#KOMMUN}). */
        public Builder organisationsnummer(String organisationsnummer) {
            this.organisationsnummer = Objects.requireNonNull(organisationsnummer, "organisationsnummer");
            return this;
        }

        /** Fixes the simulator's today. */
        public Builder today(LocalDate today) {
            this.today = Objects.requireNonNull(today, "today");
            return this;
        }

        /** Leaves out the persons of {@link SyntheticPersons}. */
        public Builder withoutDefaultPersons() {
            this.defaultPersons = false;
            return this;
        }

        /** Adds a person for the whole class. */
        public Builder person(SimulatedPerson person) {
            persons.add(Objects.requireNonNull(person, "person"));
            return this;
        }

        /** Sets the client's response timeout (default 10 s). */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Undoes each test's changes after it and shows each test only its own queries (default
         * true); false keeps everything from test to test, as before isolation existed.
         */
        public Builder isolateTests(boolean isolate) {
            this.isolateTests = isolate;
            return this;
        }

        /** Chooses plain HTTP, HTTPS or mutual TLS; the injected client gets the matching certificates. */
        public Builder tls(TlsMode mode) {
            this.tls = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Speaks HTTPS; the injected client trusts the simulator's CA. */
        public Builder https() {
            return tls(TlsMode.HTTPS);
        }

        /** Speaks HTTPS and requires a client certificate; the injected client has one. */
        public Builder mutualTls() {
            return tls(TlsMode.MUTUAL);
        }

        /** Builds the extension. */
        public LefiSimulatorExtension build() {
            return new LefiSimulatorExtension(settings());
        }

        Settings settings() {
            return new Settings(version, organisationsnummer, today, defaultPersons, List.copyOf(persons),
                    responseTimeout, isolateTests, tls);
        }
    }
}
