package se.lefi.client.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.SimulatedOrganisation;
import se.lefi.client.testkit.SyntheticPersons;

/**
 * Runs the example application on a random port against the test kit's simulator and asks it over
 * HTTP, as a user would; the same test runs on Spring Boot 3.5 (here) and 4.0
 * (lefi-client-spring-boot-tests-boot4). One context for the whole class keeps it fast.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BenefitSummaryApplicationTest {

    // README:spring-test:begin
    static final LefiOnlineSimulator SIMULATOR = LefiOnlineSimulator.start();

    @DynamicPropertySource
    static void lefiClient(DynamicPropertyRegistry registry) {
        registry.add("lefi.client.endpoint", () -> SIMULATOR.endpoint().toString());
        registry.add("lefi.client.organisationsnummer", SimulatedOrganisation.KOMMUN::organisationsnummer);
    }

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }
    // README:spring-test:end

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    private int port;

    @Autowired
    private MeterRegistry meters;

    private HttpResponse<String> post(String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/benefit-summaries"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void benefitSummaries_whenPersonIsKnown_answersTheSummaryWithThePersonnummerMasked() throws Exception {
        // Karens in 2020 and sjukpenning in 2021 (paid), and a sickness up to the simulator's today (to be paid).
        HttpResponse<String> response = post("{\"personnummer\":\"" + SyntheticPersons.SICK_EMPLOYEE
                + "\",\"from\":\"2020-01-01\",\"to\":\"" + SIMULATOR.today().plusMonths(1) + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"person\":\"" + SyntheticPersons.SICK_EMPLOYEE.substring(0, 8) + "-****\"")
                .contains("\"version\":\"6.0\"")
                .containsPattern("\"SJUKPENNING\":[1-9]")
                .contains("\"executedPayments\":2")
                .contains("\"preliminaryPayments\":1")
                .doesNotContain(SyntheticPersons.SICK_EMPLOYEE);
    }

    @Test
    void benefitSummaries_whenPersonnummerIsInvalid_answersBadRequestWithoutCallingLefi() throws Exception {
        int before = SIMULATOR.requestCount();
        HttpResponse<String> response = post("{\"personnummer\":\"198504122387\",\"from\":\"2020-01-01\","
                + "\"to\":\"2020-12-31\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("wrong check digit").doesNotContain("198504122387");
        assertThat(SIMULATOR.requestCount()).isEqualTo(before);
    }

    @Test
    void health_lefiComponent_isUpAfterAProbeOfTheSimulator() throws Exception {
        HttpResponse<String> response = get("/actuator/health/lefi");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"circuitBreaker\":\"CLOSED\"")
                .contains("\"probe\":\"ping\"");
    }

    @Test
    void metrics_ofTheClient_areInTheApplicationsRegistry() {
        assertThat(meters.find("resilience4j.circuitbreaker.state").tag("name", "lefi-127.0.0.1").gauges())
                .isNotEmpty();
        assertThat(meters.find("resilience4j.retry.calls").tag("name", "lefi-127.0.0.1").meters()).isNotEmpty();
    }
}
