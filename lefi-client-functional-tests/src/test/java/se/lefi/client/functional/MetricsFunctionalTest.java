package se.lefi.client.functional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lefi.client.LefiClient;

/** Proves that a client given a MeterRegistry publishes its Resilience4j meters, and removes them on close. */
class MetricsFunctionalTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockSupport.http();

    @Test
    void fetch_whenMeterRegistryGiven_publishesRetryAndBreakerMetrics() {
        wm.stubFor(post(urlEqualTo(Clients.PATH)).inScenario("once").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        wm.stubFor(post(urlEqualTo(Clients.PATH)).inScenario("once").whenScenarioStateIs("ok")
                .willReturn(ok(Samples.answer()).withHeader("Content-Type", "text/xml")));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        try (LefiClient client = Clients.fast(wm.baseUrl()).name("metrics-test").meterRegistry(registry).build()) {
            Clients.query(client, SyntheticPersons.SAMPLE).fetch();

            assertThat(registry.get("resilience4j.retry.calls").tag("name", "metrics-test")
                    .tag("kind", "successful_with_retry").functionCounter().count()).isEqualTo(1.0);
            assertThat(registry.get("resilience4j.circuitbreaker.calls").tag("name", "metrics-test")
                    .tag("kind", "failed").timer().count()).isEqualTo(1);
            assertThat(registry.get("resilience4j.circuitbreaker.calls").tag("name", "metrics-test")
                    .tag("kind", "successful").timer().count()).isEqualTo(1);
            assertThat(registry.get("resilience4j.bulkhead.available.concurrent.calls").tag("name", "metrics-test")
                    .gauge().value()).isEqualTo(LefiClient.Builder.DEFAULT_MAX_CONNECTIONS);
        }

        assertThat(registry.find("resilience4j.retry.calls").tag("name", "metrics-test").meters()).isEmpty();
        assertThat(registry.find("resilience4j.circuitbreaker.state").tag("name", "metrics-test").meters()).isEmpty();
    }
}
