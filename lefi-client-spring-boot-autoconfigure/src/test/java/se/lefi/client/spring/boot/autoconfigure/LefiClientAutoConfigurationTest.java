package se.lefi.client.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTransportException;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.NetworkFault;
import se.lefi.client.testkit.SimulatedOrganisation;
import se.lefi.client.testkit.SyntheticPersons;

/**
 * Starts the auto-configuration in small application contexts against the test kit's simulator:
 * binding, validation, back-off, customizers and metrics. Version-neutral: it runs on Spring Boot
 * 3.5 here and on 4.0 in lefi-client-spring-boot-tests-boot4.
 */
class LefiClientAutoConfigurationTest {

    private static LefiOnlineSimulator simulator;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LefiClientAutoConfiguration.class,
                    LefiClientHealthAutoConfiguration.class));

    @BeforeAll
    static void startSimulator() {
        simulator = LefiOnlineSimulator.start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @AfterEach
    void clearFaults() {
        simulator.clearDisturbances();
    }

    private String[] simulatorProperties(String... more) {
        String[] base = {
            "lefi.client.endpoint=" + simulator.endpoint(),
            "lefi.client.version=6.0",
            "lefi.client.organisationsnummer=" + SimulatedOrganisation.KOMMUN.organisationsnummer(),
            "lefi.client.retry.initial-backoff=10ms",
            "lefi.client.retry.max-backoff=20ms"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void lefiClient_whenEndpointVersionAndOrganisationAreSet_fetchesFromTheService() {
        runner.withPropertyValues(simulatorProperties()).run(context -> {
            assertThat(context).hasSingleBean(LefiClient.class);
            LefiClient client = context.getBean(LefiClient.class);
            assertThat(client.version()).isEqualTo(LefiVersion.V6_0);
            assertThat(client.endpoint()).isEqualTo(simulator.endpoint());
            BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.SICK_EMPLOYEE))
                    .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                    .payments(Benefit.SJUKPENNING)
                    .fetch();
            assertThat(info.version()).isEqualTo(LefiVersion.V6_0);
            assertThat(info.payments()).isNotEmpty();
        });
    }

    @Test
    void lefiClient_whenVersionIsFiveOne_speaksFiveOne() {
        runner.withPropertyValues(simulatorProperties("lefi.client.version=5.1")).run(context ->
                assertThat(context.getBean(LefiClient.class).ping().version()).isEqualTo(LefiVersion.V5_1));
    }

    @Test
    void lefiClient_whenContextCloses_isClosed() {
        LefiClient[] client = new LefiClient[1];
        runner.withPropertyValues(simulatorProperties()).run(context -> client[0] = context.getBean(LefiClient.class));
        assertThatThrownBy(() -> client[0].ping()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void startup_whenEndpointMissing_failsNamingTheProperty() {
        runner.withPropertyValues("lefi.client.version=6.0").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("lefi.client.endpoint is required"));
    }

    @Test
    void startup_whenVersionMissing_failsNamingTheProperty() {
        runner.withPropertyValues("lefi.client.endpoint=" + simulator.endpoint()).run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("lefi.client.version is required")
                        .hasMessageContaining("5.0, 5.1, 6.0"));
    }

    @Test
    void startup_whenVersionUnknown_failsNamingThePropertyAndTheKnownVersions() {
        runner.withPropertyValues(simulatorProperties("lefi.client.version=7.0")).run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("lefi.client.version '7.0' is not a LEFI"
                        + " version this SDK knows; use one of 5.0, 5.1, 6.0"));
    }

    @Test
    void startup_whenOrganisationsnummerHasWrongCheckDigit_failsNamingTheProperty() {
        runner.withPropertyValues(simulatorProperties("lefi.client.organisationsnummer=2120000143")).run(context ->
                assertThat(context).getFailure().hasStackTraceContaining(
                        "lefi.client.organisationsnummer: organisationsnummer has a wrong check digit"));
    }

    @Test
    void startup_whenSoapVersionHasNoOrganisationsnummer_failsNamingTheProperty() {
        runner.withPropertyValues("lefi.client.endpoint=" + simulator.endpoint(), "lefi.client.version=6.0")
                .run(context -> assertThat(context).getFailure()
                        .hasStackTraceContaining("organisationsnummer(...) is required for LEFI Online 6.0"
                                + " (set lefi.client.organisationsnummer)"));
    }

    @Test
    void startup_whenNumbersOutOfRange_failsNamingEachProperty() {
        runner.withPropertyValues(simulatorProperties("lefi.client.max-connections=0", "lefi.client.retry.max-attempts=0",
                "lefi.client.response-timeout=0s", "lefi.client.max-response-size=10B",
                "lefi.client.retry.initial-backoff=2s", "lefi.client.retry.max-backoff=1s",
                "lefi.client.health.probe.interval=0s")).run(context ->
                assertThat(context).getFailure()
                        .hasStackTraceContaining("lefi.client.max-connections: maxConnections must be at least 1")
                        .hasStackTraceContaining("lefi.client.retry.max-attempts: maxAttempts must be at least 1")
                        .hasStackTraceContaining("lefi.client.response-timeout: responseTimeout must be positive")
                        .hasStackTraceContaining("lefi.client.max-response-size: maxResponseSize must be at least")
                        .hasStackTraceContaining("lefi.client.retry.initial-backoff / retry.max-backoff")
                        .hasStackTraceContaining("lefi.client.health.probe.interval must be positive"));
    }

    @Test
    void startup_whenEndpointIsNotHttp_failsNamingTheProperty() {
        runner.withPropertyValues(simulatorProperties("lefi.client.endpoint=ftp://lefi.example/lefionline")).run(
                context -> assertThat(context).getFailure().hasStackTraceContaining(
                        "lefi.client.endpoint: endpoint must be an http or https URI"));
    }

    @Test
    void retryMaxAttempts_whenSet_boundsTheAttemptsOfAFailingCall() {
        runner.withPropertyValues(simulatorProperties("lefi.client.retry.max-attempts=2")).run(context -> {
            LefiClient client = context.getBean(LefiClient.class);
            simulator.networkFault(NetworkFault.CONNECTION_RESET);
            int before = simulator.requestCount();
            assertThatThrownBy(client::ping).isInstanceOf(LefiTransportException.class);
            assertThat(simulator.requestCount() - before).isEqualTo(2);
        });
    }

    @Test
    void lefiClient_whenApplicationDefinesItsOwn_backsOffAndNeedsNoProperties() {
        runner.withUserConfiguration(OwnClient.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(LefiClient.class);
            assertThat(context.getBean(LefiClient.class)).isSameAs(context.getBean("myLefiClient"));
            assertThat(context.getBean(LefiClient.class).version()).isEqualTo(LefiVersion.V5_0);
            // The health contributor watches the application's own client.
            assertThat(context).hasBean("lefiHealthIndicator");
        });
    }

    @Test
    void customizers_whenDefined_adjustTheBuilderAfterTheProperties() {
        runner.withPropertyValues(simulatorProperties("lefi.client.name=from-properties"))
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(LefiClientBuilderCustomizer.class, () -> builder -> builder.name("from-customizer"))
                .run(context -> assertThat(context.getBean(MeterRegistry.class)
                        .find("resilience4j.circuitbreaker.state").tag("name", "from-customizer").gauges()).isNotEmpty());
    }

    @Test
    void metrics_whenApplicationHasAMeterRegistry_areBoundAndRemovedOnClose() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        runner.withPropertyValues(simulatorProperties("lefi.client.name=lefi-test"))
                .withBean(MeterRegistry.class, () -> registry)
                .run(context -> {
                    context.getBean(LefiClient.class).ping();
                    assertThat(registry.find("resilience4j.circuitbreaker.calls").tag("name", "lefi-test")
                            .tag("kind", "successful").timer().count()).isEqualTo(1);
                    assertThat(registry.find("resilience4j.retry.calls").tag("name", "lefi-test").meters()).isNotEmpty();
                    assertThat(registry.find("resilience4j.bulkhead.available.concurrent.calls")
                            .tag("name", "lefi-test").gauge()).isNotNull();
                });
        assertThat(registry.find("resilience4j.circuitbreaker.state").tag("name", "lefi-test").meters()).isEmpty();
    }

    @Test
    void metrics_whenApplicationHasNoMeterRegistry_clientStillStarts() {
        runner.withPropertyValues(simulatorProperties()).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(MeterRegistry.class);
            assertThat(context.getBean(LefiClient.class).ping().version()).isEqualTo(LefiVersion.V6_0);
        });
    }

    @Test
    void defaults_ofTheProperties_equalTheSdkDefaults() {
        LefiClientProperties p = new LefiClientProperties();
        assertThat(p.getConnectTimeout()).isEqualTo(LefiClient.Builder.DEFAULT_CONNECT_TIMEOUT);
        assertThat(p.getResponseTimeout()).isEqualTo(LefiClient.Builder.DEFAULT_RESPONSE_TIMEOUT);
        assertThat(p.getMaxConnections()).isEqualTo(LefiClient.Builder.DEFAULT_MAX_CONNECTIONS);
        assertThat(p.getMaxResponseSize().toBytes()).isEqualTo(LefiClient.Builder.DEFAULT_MAX_RESPONSE_SIZE);
    }

    @Test
    void configurationMetadata_forIdes_documentsEveryPropertyWithItsDefault() throws Exception {
        String metadata;
        try (var in = LefiClientProperties.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("metadata generated by spring-boot-configuration-processor").isNotNull();
            metadata = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(metadata).contains("\"lefi.client.endpoint\"", "\"lefi.client.version\"",
                "\"lefi.client.organisationsnummer\"", "\"lefi.client.aktors-id\"", "\"lefi.client.ssl-bundle\"",
                "\"lefi.client.retry.max-attempts\"", "\"lefi.client.health.probe.interval\"",
                "\"defaultValue\": \"30s\"", "The contract version to speak");
        // The version hint, so that IDEs offer the known values.
        assertThat(metadata).contains("\"value\": \"6.0\"");
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClient {
        @Bean(destroyMethod = "close")
        LefiClient myLefiClient() {
            return simulator.clientBuilder(LefiVersion.V5_0).build();
        }
    }

    static URI endpoint() {
        return simulator.endpoint();
    }
}
