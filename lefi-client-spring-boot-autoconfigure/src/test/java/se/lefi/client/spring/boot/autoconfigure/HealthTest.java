package se.lefi.client.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import se.lefi.client.CircuitBreakerState;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTransportException;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.NetworkFault;
import se.lefi.client.testkit.SimulatedError;
import se.lefi.client.testkit.SimulatedOrganisation;

/** Runs the health contributor {@code lefi} on Spring Boot 3's health API against the simulator. */
class HealthTest {

    private static LefiOnlineSimulator simulator;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LefiClientAutoConfiguration.class,
                        LefiClientHealthAutoConfiguration.class))
                .withPropertyValues("lefi.client.endpoint=" + simulator.endpoint(), "lefi.client.version=6.0",
                        "lefi.client.organisationsnummer=" + SimulatedOrganisation.KOMMUN.organisationsnummer(),
                        "lefi.client.retry.max-attempts=1");
    }

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

    private static Health health(org.springframework.context.ApplicationContext context) {
        return context.getBean("lefiHealthIndicator", HealthIndicator.class).health();
    }

    @Test
    void health_whenBreakerClosedAndNoProbe_isUpWithoutCallingTheService() {
        runner().run(context -> {
            int before = simulator.requestCount();
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("version", "6.0").containsEntry("circuitBreaker", "CLOSED")
                    .containsEntry("endpoint", simulator.endpoint().toString()).doesNotContainKey("probe");
            assertThat(simulator.requestCount()).isEqualTo(before);
        });
    }

    @Test
    void health_whenCircuitBreakerIsOpen_isDown() {
        runner().run(context -> {
            LefiClient client = context.getBean(LefiClient.class);
            simulator.networkFault(NetworkFault.CONNECTION_RESET);
            // The default breaker opens when at least half of 10 or more attempts failed retryably.
            for (int i = 0; i < 10; i++) {
                assertThat(catchThrowable(client::ping)).isInstanceOf(LefiTransportException.class);
            }
            assertThat(client.circuitBreakerState()).isEqualTo(CircuitBreakerState.OPEN);
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("circuitBreaker", "OPEN");
        });
    }

    @Test
    void health_whenProbeIsOn_pingsOncePerInterval() {
        runner().withPropertyValues("lefi.client.health.probe.enabled=true", "lefi.client.health.probe.interval=1h")
                .run(context -> {
                    int before = simulator.requestCount();
                    Health first = health(context);
                    Health second = health(context);
                    assertThat(first.getStatus()).isEqualTo(Status.UP);
                    assertThat(first.getDetails()).containsEntry("probe", "ping").containsKey("probedAt");
                    assertThat(second.getDetails().get("probedAt")).isEqualTo(first.getDetails().get("probedAt"));
                    assertThat(simulator.requestCount() - before).isEqualTo(1);
                });
    }

    @Test
    void health_whenProbeFails_isDownWithTheErrorType() {
        runner().withPropertyValues("lefi.client.health.probe.enabled=true").run(context -> {
            simulator.error(SimulatedError.applikationsfel());
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("probe", "ping").containsKey("error")
                    .containsKey("message").containsKey("retryable");
        });
    }

    @Test
    void health_whenDisabledByManagementProperty_hasNoContributor() {
        runner().withPropertyValues("management.health.lefi.enabled=false")
                .run(context -> assertThat(context).hasSingleBean(LefiClient.class)
                        .doesNotHaveBean("lefiHealthIndicator"));
    }
}
