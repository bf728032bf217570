package se.lefi.client.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import se.lefi.client.CircuitBreakerState;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTransportException;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.NetworkFault;
import se.lefi.client.testkit.SimulatedOrganisation;

/** Runs the health contributor {@code lefi} on Spring Boot 4's health API against the simulator. */
class Boot4HealthTest {

    private static LefiOnlineSimulator simulator;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LefiClientAutoConfiguration.class,
                    LefiClientHealthAutoConfiguration.class))
            .withPropertyValues("lefi.client.endpoint=" + simulator.endpoint(), "lefi.client.version=6.0",
                    "lefi.client.organisationsnummer=" + SimulatedOrganisation.KOMMUN.organisationsnummer(),
                    "lefi.client.retry.max-attempts=1");

    @BeforeAll
    static void startSimulator() {
        simulator = LefiOnlineSimulator.start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    private static Health health(ApplicationContext context) {
        return context.getBean("lefiHealthIndicator", HealthIndicator.class).health();
    }

    @Test
    void health_whenProbeIsOn_isUpAfterOnePing() {
        runner.withPropertyValues("lefi.client.health.probe.enabled=true").run(context -> {
            assertThat(context).hasSingleBean(HealthIndicator.class);
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("circuitBreaker", "CLOSED").containsEntry("probe", "ping");
        });
    }

    @Test
    void health_whenCircuitBreakerIsOpen_isDown() {
        runner.run(context -> {
            LefiClient client = context.getBean(LefiClient.class);
            simulator.networkFault(NetworkFault.CONNECTION_RESET);
            try {
                for (int i = 0; i < 10; i++) {
                    assertThat(catchThrowable(client::ping)).isInstanceOf(LefiTransportException.class);
                }
            } finally {
                simulator.clearDisturbances();
            }
            assertThat(client.circuitBreakerState()).isEqualTo(CircuitBreakerState.OPEN);
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("circuitBreaker", "OPEN");
        });
    }
}
