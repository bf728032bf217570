package se.lefi.client.v9;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.lefi.client.v9.V9WireMock.sample;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTransportException;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;

/**
 * The service's Retry-After on a retryable version 9 answer, through the real client and its
 * default retry against WireMock: honoured within the retry's longest backoff, refused at once
 * beyond it. Only lower bounds on time are asserted; a loaded machine only makes a call slower.
 */
class V9RetryAfterFunctionalTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().build();

    /** Backoff far below a second, so that a wait of a second or more can only come from Retry-After. */
    private static LefiClient client() {
        return V9WireMock.builder(wm).maxAttempts(3).retryBackoff(Duration.ofMillis(10), Duration.ofSeconds(2)).build();
    }

    private static BenefitInformation fetch(LefiClient client) {
        return client.query(Personnummer.parse("19840229-8452")).period(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31)).benefits(Benefit.SJUKPENNING).fetch();
    }

    private static void failOnceThenAnswer(ResponseDefinitionBuilder failure) {
        wm.stubFor(post(urlEqualTo(V9WireMock.QUERY_PATH)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(failure).willSetStateTo("answered once"));
        wm.stubFor(post(urlEqualTo(V9WireMock.QUERY_PATH)).inScenario("busy").whenScenarioStateIs("answered once")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(sample("20-svar-typiskt.json"))));
    }

    private static ResponseDefinitionBuilder unavailable() {
        return aResponse().withStatus(503).withHeader("Content-Type", "text/plain").withBody("maintenance");
    }

    @Test
    void fetch_when503WithRetryAfterOneSecondThen200_waitsAtLeastASecondAndAnswers() {
        failOnceThenAnswer(unavailable().withHeader("Retry-After", "1"));

        long started = System.nanoTime();
        try (LefiClient client = client()) {
            fetch(client);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        wm.verify(2, postRequestedFor(urlEqualTo(V9WireMock.QUERY_PATH)));
    }

    @Test
    void fetch_when503WithRetryAfterAsHttpDate_waitsUntilThatDate() {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        failOnceThenAnswer(unavailable()
                .withHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(now))
                .withHeader("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(1))));

        long started = System.nanoTime();
        try (LefiClient client = client()) {
            fetch(client);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        wm.verify(2, postRequestedFor(urlEqualTo(V9WireMock.QUERY_PATH)));
    }

    @Test
    void fetch_whenRetryAfterExceedsTheLongestBackoff_failsAtOnceAfterOneAttemptSayingSo() {
        wm.stubFor(post(urlEqualTo(V9WireMock.QUERY_PATH)).willReturn(unavailable().withHeader("Retry-After", "120")));

        LefiTransportException e;
        try (LefiClient client = client()) {
            e = catchThrowableOfType(LefiTransportException.class, () -> fetch(client));
        }

        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.retryable()).isTrue();
        assertThat(e.statusCode()).hasValue(503);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(e.getMessage()).contains("HTTP 503").contains("asked to wait 120 s").contains("2 s")
                .contains("not retried");
        wm.verify(1, postRequestedFor(urlEqualTo(V9WireMock.QUERY_PATH)));
    }

    @Test
    void fetch_when429WithAnHttpDateBeyondTheLongestBackoff_reportsTheWaitMeasuredFromTheAnswersDate() {
        ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        wm.stubFor(post(urlEqualTo(V9WireMock.QUERY_PATH)).willReturn(aResponse().withStatus(429)
                .withHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(date))
                .withHeader("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(date.plusMinutes(5)))));

        LefiTransportException e;
        try (LefiClient client = client()) {
            e = catchThrowableOfType(LefiTransportException.class, () -> fetch(client));
        }

        assertThat(e.retryAfter()).contains(Duration.ofMinutes(5));
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains("asked to wait 300 s");
    }

    @Test
    void fetch_whenRetryAfterIsGarbage_ignoresItAndRetriesWithTheBackoff() {
        wm.stubFor(post(urlEqualTo(V9WireMock.QUERY_PATH)).willReturn(unavailable().withHeader("Retry-After", "soon")));

        LefiTransportException e;
        try (LefiClient client = client()) {
            e = catchThrowableOfType(LefiTransportException.class, () -> fetch(client));
        }

        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.retryAfter()).isEmpty();
        assertThat(e.getMessage()).doesNotContain("asked to wait");
        wm.verify(3, postRequestedFor(urlEqualTo(V9WireMock.QUERY_PATH)));
    }

    @Test
    void fetch_whenA400CarriesRetryAfter_neitherRetriesNorRecordsIt() {
        wm.stubFor(post(urlEqualTo(V9WireMock.QUERY_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withHeader("Retry-After", "1")
                .withBody(sample("10-felsvar-400.json"))));

        se.lefi.client.LefiBusinessException e;
        try (LefiClient client = client()) {
            e = catchThrowableOfType(se.lefi.client.LefiBusinessException.class, () -> fetch(client));
        }

        assertThat(e.retryAfter()).isEmpty();
        assertThat(e.attempts()).isEqualTo(1);
    }
}
