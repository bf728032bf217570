package se.lefi.client.testkit;

import java.lang.reflect.Parameter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;

/**
 * Starts a {@link LefiOnlineSimulator} once per test class, builds a {@link LefiClient} against it,
 * injects both as parameters and stops them after the class.
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
 * }
 * }</pre>
 *
 * <p>It uses only extension APIs that JUnit Jupiter 5.10 and later, including 6, share.
 */
public final class LefiSimulatorExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

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

    private Running current() {
        Running r = running;
        if (r == null) {
            throw new IllegalStateException("the simulator runs only while the test class runs");
        }
        return r;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (context.getParent().flatMap(this::find).isPresent()) {
            // A nested class shares the simulator of its enclosing class.
            return;
        }
        Settings settings = configured != null ? configured : fromAnnotation(context);
        LefiOnlineSimulator.Builder b = LefiOnlineSimulator.builder();
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
            client = simulator.clientBuilder(settings.version()).organisationsnummer(settings.organisationsnummer())
                    .responseTimeout(settings.responseTimeout()).build();
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
        Running r = new Running(simulator, client);
        running = r;
        // Stored as a plain holder (not AutoCloseable) so that no JUnit version closes it behind our back.
        context.getStore(NAMESPACE).put(key(context), r);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Running r = context.getStore(NAMESPACE).remove(key(context), Running.class);
        if (r != null) {
            r.close();
            running = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == LefiOnlineSimulator.class || type == LefiClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Running r = find(extensionContext).or(() -> Optional.ofNullable(running)).orElseThrow(
                () -> new ParameterResolutionException(
                "no simulator is running for " + extensionContext.getDisplayName()
                        + "; parameters are injected only into instance methods of the annotated class"));
        Parameter parameter = parameterContext.getParameter();
        return parameter.getType() == LefiOnlineSimulator.class ? r.simulator() : r.client();
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
                a.defaultPersons(), List.of(), Builder.DEFAULT_RESPONSE_TIMEOUT);
    }

    private record Settings(LefiVersion version, String organisationsnummer, LocalDate today, boolean defaultPersons,
            List<SimulatedPerson> persons, Duration responseTimeout) {
    }

    private record Running(LefiOnlineSimulator simulator, LefiClient client) {
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
     * static LefiSimulatorExtension lefi = LefiSimulatorExtension.builder().version(LefiVersion.V6_0).build();
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

        private Builder() {
        }

        /** Sets the version the client speaks (default 6.0). */
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

        /** Adds a person to the simulator. */
        public Builder person(SimulatedPerson person) {
            persons.add(Objects.requireNonNull(person, "person"));
            return this;
        }

        /** Sets the client's response timeout (default 10 s). */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Builds the extension. */
        public LefiSimulatorExtension build() {
            return new LefiSimulatorExtension(settings());
        }

        Settings settings() {
            return new Settings(version, organisationsnummer, today, defaultPersons, List.copyOf(persons),
                    responseTimeout);
        }
    }
}
