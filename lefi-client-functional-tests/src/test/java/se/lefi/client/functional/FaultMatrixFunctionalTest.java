package se.lefi.client.functional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiException;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiTransportException;
import se.lefi.client.LefiVersion;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.PingResult;

/**
 * Drives the client through every way a bad night can go wrong, on a real socket: each case ends
 * in the right {@link LefiException} subtype, within a bound derived from the configured timeouts,
 * after the asserted number of attempts (as WireMock counted them).
 */
class FaultMatrixFunctionalTest {

    /** Default attempts for a retryable failure, as API.md promises. */
    private static final int ALL_ATTEMPTS = 3;
    /** The slowest a failing call with the default test timeouts may take; see {@link #bound}. */
    private static final Duration BOUND = bound(Clients.TIMEOUT);

    @RegisterExtension
    static WireMockExtension wm = WireMockSupport.http();

    private static final String SOAP12_FAULT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope">
              <env:Body><env:Fault><env:Code><env:Value>env:Receiver</env:Value></env:Code>
                <env:Reason><env:Text xml:lang="en">Gateway error</env:Text></env:Reason></env:Fault></env:Body>
            </env:Envelope>""";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fault.class)
    void fetch_whenSocketFault_throwsTransportExceptionAfterThreeAttempts(Fault fault) {
        stub(aResponse().withFault(fault));
        assertFailure(LefiTransportException.class, ALL_ATTEMPTS);
    }

    static Stream<Arguments> badAnswers() {
        String answer = Samples.answer();
        return Stream.of(
                Arguments.of("HTTP 503 with an HTML page", aResponse().withStatus(503)
                        .withHeader("Content-Type", "text/html").withBody("<html><body>Down for maintenance</body></html>"),
                        LefiTransportException.class, ALL_ATTEMPTS),
                Arguments.of("HTTP 500 with a non-SOAP body", aResponse().withStatus(500)
                        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"boom\"}"),
                        LefiTransportException.class, ALL_ATTEMPTS),
                Arguments.of("HTTP 500 with a plain XML body", aResponse().withStatus(500)
                        .withHeader("Content-Type", "text/xml").withBody("<error>boom</error>"),
                        LefiTransportException.class, ALL_ATTEMPTS),
                Arguments.of("SOAP 1.2 fault", aResponse().withStatus(500)
                        .withHeader("Content-Type", "application/soap+xml; charset=utf-8").withBody(SOAP12_FAULT),
                        LefiProtocolException.class, 1),
                Arguments.of("SOAP 1.2 envelope labelled text/xml", aResponse().withStatus(500)
                        .withHeader("Content-Type", "text/xml").withBody(SOAP12_FAULT),
                        LefiProtocolException.class, 1),
                Arguments.of("truncated envelope", ok(answer.substring(0, answer.length() / 2))
                        .withHeader("Content-Type", "text/xml; charset=UTF-8"), LefiProtocolException.class, 1),
                Arguments.of("wrong content type", ok("{\"svar\":1}").withHeader("Content-Type", "application/json"),
                        LefiProtocolException.class, 1),
                Arguments.of("empty 200", aResponse().withStatus(200).withHeader("Content-Type", "text/xml"),
                        LefiProtocolException.class, 1),
                Arguments.of("empty 200 without content type", aResponse().withStatus(200),
                        LefiProtocolException.class, 1),
                Arguments.of("SOAP technical fault", aResponse().withStatus(500).withHeader("Content-Type", "text/xml")
                        .withBody(Samples.read("09-fel-tekniskt-fel.xml")), LefiTechnicalException.class, ALL_ATTEMPTS),
                Arguments.of("SOAP business fault", aResponse().withStatus(500).withHeader("Content-Type", "text/xml")
                        .withBody(Samples.read("08-fel-verksamhetsfel.xml")), LefiBusinessException.class, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAnswers")
    void fetch_whenBadAnswer_throwsTypedExceptionAfterExpectedAttempts(String name, ResponseDefinitionBuilder response,
            Class<? extends LefiException> expected, int attempts) {
        stub(response);
        assertFailure(expected, attempts);
    }

    @Test
    void fetch_whenDelayBeyondResponseTimeout_throwsTransportExceptionWithinBound() {
        // The one test about the response timeout: it alone runs with a short one, and the answer
        // comes far too late for any machine to squeeze it in.
        Duration timeout = Clients.SHORT_TIMEOUT;
        stub(ok(Samples.answer()).withHeader("Content-Type", "text/xml")
                .withFixedDelay((int) timeout.multipliedBy(4).toMillis()));
        long started = System.nanoTime();
        LefiTransportException e = assertFailure(Clients.fast(wm.baseUrl()).responseTimeout(timeout),
                LefiTransportException.class, ALL_ATTEMPTS, bound(timeout));
        // Each attempt must really have waited for its timeout: proves the timeout, not luck, ended it.
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isGreaterThanOrEqualTo(timeout.multipliedBy(ALL_ATTEMPTS).minusMillis(100));
        assertThat(e.getMessage()).contains("response timeout of 500 ms");
    }

    @Test
    void fetch_whenRedirect_isNotFollowedAndNotRetried() {
        wm.stubFor(post(urlEqualTo(Clients.PATH)).willReturn(aResponse().withStatus(302)
                .withHeader("Location", wm.baseUrl() + "/elsewhere")));
        wm.stubFor(post(urlEqualTo("/elsewhere")).willReturn(ok(Samples.answer())
                .withHeader("Content-Type", "text/xml")));
        wm.stubFor(get(urlEqualTo("/elsewhere")).willReturn(ok(Samples.answer())
                .withHeader("Content-Type", "text/xml")));

        LefiTransportException e = assertFailure(LefiTransportException.class, 1);

        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("HTTP 302").contains("redirect");
        wm.verify(0, anyRequestedFor(urlEqualTo("/elsewhere")));
    }

    @Test
    void fetch_whenFailsTwiceThenSucceeds_returnsAnswerAfterThreeAttempts() {
        stubFailTwiceThenAnswer(Samples.answer());
        try (LefiClient client = Clients.fast(wm.baseUrl()).build()) {
            BenefitInformation info = Clients.query(client, SyntheticPersons.SAMPLE).fetch();
            assertThat(info.person()).isPresent();
            assertThat(info.person().get().personnummer().value()).isEqualTo(SyntheticPersons.SAMPLE);
        }
        wm.verify(3, postRequestedFor(urlEqualTo(Clients.PATH)));
    }

    @Test
    void fetchAsync_whenFailsTwiceThenSucceeds_returnsAnswerAfterThreeAttempts() {
        stubFailTwiceThenAnswer(Samples.answer());
        try (LefiClient client = Clients.fast(wm.baseUrl()).build()) {
            BenefitInformation info = Clients.query(client, SyntheticPersons.SAMPLE).fetchAsync().join();
            assertThat(info.person().get().personnummer().value()).isEqualTo(SyntheticPersons.SAMPLE);
        }
        wm.verify(3, postRequestedFor(urlEqualTo(Clients.PATH)));
    }

    @Test
    void fetchAsync_whenRetryableFailure_completesExceptionallyAfterThreeAttempts() {
        stub(aResponse().withStatus(503).withBody("busy"));
        try (LefiClient client = Clients.fast(wm.baseUrl()).build()) {
            CompletionException e = catchThrowableOfType(CompletionException.class,
                    () -> Clients.query(client, SyntheticPersons.SAMPLE).fetchAsync().join());
            assertThat(e.getCause()).isInstanceOf(LefiTransportException.class);
        }
        wm.verify(ALL_ATTEMPTS, postRequestedFor(urlEqualTo(Clients.PATH)));
    }

    @Test
    void ping_whenFailsTwiceThenSucceeds_answersAfterThreeAttempts() {
        stubFailTwiceThenAnswer(Samples.pingAnswer());
        try (LefiClient client = Clients.fast(wm.baseUrl()).build()) {
            PingResult ping = client.ping();
            assertThat(ping.version()).isEqualTo(LefiVersion.V6_0);
            assertThat(ping.answeredAt()).isEqualTo(Samples.PING_ANSWERED_AT);
        }
        wm.verify(3, postRequestedFor(urlEqualTo(Clients.PATH)));
    }

    @Test
    void fetch_whenMaxAttemptsIsOne_doesNotRetry() {
        stub(aResponse().withStatus(503).withBody("busy"));
        try (LefiClient client = Clients.fast(wm.baseUrl()).maxAttempts(1).build()) {
            assertThatThrownBy(() -> Clients.query(client, SyntheticPersons.SAMPLE).fetch())
                    .isInstanceOf(LefiTransportException.class);
        }
        wm.verify(1, postRequestedFor(urlEqualTo(Clients.PATH)));
    }

    @Test
    void fetch_whenCircuitBreakerOpens_shortCircuitsWithoutReachingTheService() {
        stub(aResponse().withStatus(503).withBody("busy"));
        CircuitBreaker breaker = CircuitBreaker.of("fault-matrix", CircuitBreakerConfig.custom()
                .slidingWindowSize(4).minimumNumberOfCalls(4).failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofMinutes(5))
                .recordException(e -> e instanceof LefiException le && le.retryable()).build());
        try (LefiClient client = Clients.fast(wm.baseUrl()).maxAttempts(2).circuitBreaker(breaker).build()) {
            for (int call = 0; call < 2; call++) {
                assertThatThrownBy(() -> Clients.query(client, SyntheticPersons.SAMPLE).fetch())
                        .isInstanceOf(LefiTransportException.class).hasMessageContaining("HTTP 503");
            }
            wm.verify(4, postRequestedFor(urlEqualTo(Clients.PATH)));
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

            for (int call = 0; call < 3; call++) {
                LefiTransportException e = catchThrowableOfType(LefiTransportException.class,
                        () -> Clients.query(client, SyntheticPersons.SAMPLE).fetch());
                assertThat(e.getMessage()).contains("circuit breaker 'fault-matrix' is open").contains("not sent");
                assertThat(e.retryable()).isFalse();
            }
            assertThatThrownBy(client::ping).isInstanceOf(LefiTransportException.class)
                    .hasMessageContaining("is open");
        }
        // Nothing more reached WireMock once the breaker was open.
        wm.verify(4, postRequestedFor(urlEqualTo(Clients.PATH)));
    }

    @Test
    void fetch_whenDefaultBreakerSeesTenFailures_opens() {
        stub(aResponse().withStatus(503).withBody("busy"));
        try (LefiClient client = Clients.fast(wm.baseUrl()).maxAttempts(1).build()) {
            for (int call = 0; call < 10; call++) {
                assertThatThrownBy(() -> Clients.query(client, SyntheticPersons.SAMPLE).fetch())
                        .hasMessageContaining("HTTP 503");
            }
            assertThatThrownBy(() -> Clients.query(client, SyntheticPersons.SAMPLE).fetch())
                    .isInstanceOf(LefiTransportException.class).hasMessageContaining("is open");
        }
        wm.verify(10, postRequestedFor(urlEqualTo(Clients.PATH)));
    }

    @Test
    void fetch_whenBusinessErrors_neverOpensTheBreaker() {
        stub(aResponse().withStatus(500).withHeader("Content-Type", "text/xml")
                .withBody(Samples.read("08-fel-verksamhetsfel.xml")));
        try (LefiClient client = Clients.fast(wm.baseUrl()).build()) {
            for (int call = 0; call < 12; call++) {
                assertThatThrownBy(() -> Clients.query(client, SyntheticPersons.SAMPLE).fetch())
                        .isInstanceOf(LefiBusinessException.class);
            }
        }
        wm.verify(12, postRequestedFor(urlEqualTo(Clients.PATH)));
    }

    private void stubFailTwiceThenAnswer(String answer) {
        wm.stubFor(post(urlEqualTo(Clients.PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "text/html")
                        .withBody("<html>busy</html>"))
                .willSetStateTo("failed once"));
        wm.stubFor(post(urlEqualTo(Clients.PATH)).inScenario("flaky").whenScenarioStateIs("failed once")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("failed twice"));
        wm.stubFor(post(urlEqualTo(Clients.PATH)).inScenario("flaky").whenScenarioStateIs("failed twice")
                .willReturn(ok(answer).withHeader("Content-Type", "text/xml; charset=UTF-8")));
    }

    private static void stub(ResponseDefinitionBuilder response) {
        wm.stubFor(post(anyUrl()).willReturn(response));
    }

    /**
     * The slowest a failing call may take: every attempt may wait out one response timeout, plus
     * the backoffs, plus generous slack for a busy 2-core build machine. Below what a hang would take.
     */
    private static Duration bound(Duration responseTimeout) {
        return responseTimeout.multipliedBy(ALL_ATTEMPTS).plus(Clients.MAX_BACKOFF.multipliedBy(ALL_ATTEMPTS - 1))
                .plusSeconds(5);
    }

    private static <E extends LefiException> E assertFailure(Class<E> expected, int attempts) {
        return assertFailure(Clients.fast(wm.baseUrl()), expected, attempts, BOUND);
    }

    private static <E extends LefiException> E assertFailure(LefiClient.Builder builder, Class<E> expected,
            int attempts, Duration bound) {
        long started = System.nanoTime();
        Throwable thrown;
        try (LefiClient client = builder.build()) {
            thrown = catchThrowableOfType(Throwable.class, () -> Clients.query(client, SyntheticPersons.SAMPLE).fetch());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(thrown).isInstanceOf(expected);
        assertThat(took).isLessThan(bound);
        wm.verify(attempts, postRequestedFor(urlEqualTo(Clients.PATH)));
        assertThat(thrown.getMessage()).doesNotContain(SyntheticPersons.SAMPLE);
        return expected.cast(thrown);
    }
}
