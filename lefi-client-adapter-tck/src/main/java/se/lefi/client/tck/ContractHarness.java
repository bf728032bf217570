package se.lefi.client.tck;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import se.lefi.client.Benefit;
import se.lefi.client.BenefitQuery;
import se.lefi.client.LefiClient;
import se.lefi.client.Personnummer;

/**
 * Runs a contract against one version: a real HTTP server (WireMock) that serves the version's
 * canonical answers, and a real {@link LefiClient} built for the version against it. The contracts
 * extend it; a version module extends the contracts and answers {@link #versionUnderTest()}.
 *
 * <p>The client tries a retryable error {@value #ATTEMPTS} times with a 1 ms backoff and has a
 * circuit breaker that never opens, so a contract can tell "retried" from "not retried" by
 * {@link se.lefi.client.LefiException#attempts()} and the requests the server saw, however many
 * retryable faults in a row the shared client gets.
 *
 * <pre>{@code
 * class V6ContractFunctionalTest {
 *     @Nested
 *     class Decode extends DecodeContract {
 *         protected VersionUnderTest versionUnderTest() { return new V6(); }
 *     }
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ContractHarness {

    /** The path of the endpoint the client is configured with; a REST version adds its operation's path to it. */
    public static final String ENDPOINT_PATH = "/lefionline";

    /** How many times the contracts' client tries a call whose error is retryable. */
    public static final int ATTEMPTS = 2;

    /** The person of the payments-only answer (ersättning för karens), the same in every version. */
    protected static final String KARENS_PERSON = "197909184561";

    /** The correlation id of the canonical query. */
    protected static final String CORRELATION_ID = "tck-1";

    private WireMockServer server;
    private LefiClient client;

    /** Returns what the version under test tells the contracts about itself. */
    protected abstract VersionUnderTest versionUnderTest();

    @BeforeAll
    void startServerAndClient() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        client = newClient(UnaryOperator.identity());
    }

    @AfterAll
    void stopServerAndClient() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @BeforeEach
    void resetServer() {
        server.resetAll();
    }

    /**
     * Builds another client like the contracts' own (version, identity, attempts, breaker) with
     * something changed; the caller closes it.
     *
     * @param change what to change on the builder
     * @return the client
     */
    protected final LefiClient newClient(UnaryOperator<LefiClient.Builder> change) {
        // The contracts check a version's mapping, not resilience: a breaker that never opens
        // although the shared client sees many retryable faults in a row, and a backoff that does
        // not slow the suite down.
        CircuitBreaker neverOpens = CircuitBreaker.ofDefaults("tck");
        neverOpens.transitionToDisabledState();
        LefiClient.Builder builder = LefiClient.builder().endpoint(URI.create(server.baseUrl() + ENDPOINT_PATH))
                .version(versionUnderTest().version()).maxAttempts(ATTEMPTS)
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(1)).circuitBreaker(neverOpens);
        return change.apply(versionUnderTest().identify(builder)).build();
    }

    /** Returns the canonical query every version can answer, about the typical answer's person. */
    protected final BenefitQuery canonicalQuery() {
        return canonicalQuery(client);
    }

    /**
     * Returns the canonical query on another client.
     *
     * @param on the client to ask
     * @return the query
     */
    protected final BenefitQuery canonicalQuery(LefiClient on) {
        return on.query(Personnummer.parse(versionUnderTest().expectedTypicalAnswer().personnummer()))
                .period(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31))
                .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING,
                        Benefit.SJUKPENNING, Benefit.PROGRAMANVISNING, Benefit.PROGRAMERSATTNING)
                .payments(Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING, Benefit.SJUKPENNING)
                .correlationId(CORRELATION_ID);
    }

    /** Returns the query the payments-only answer answers: the karens person's sjukpenning payments. */
    protected final BenefitQuery paymentsOnlyQuery() {
        return client.query(Personnummer.parse(KARENS_PERSON))
                .period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 4, 30))
                .benefits(Benefit.GENERELL_PERSONINFORMATION).payments(Benefit.SJUKPENNING);
    }

    /**
     * Makes the server give this answer to every request of the version's query shape (its method
     * and path), from now until the next test.
     *
     * @param answer the answer
     */
    protected final void serve(WireAnswer answer) {
        ExpectedRequest shape = versionUnderTest().queryRequest();
        server.stubFor(WireMock.request(shape.method(), urlPathEqualTo(shape.path())).willReturn(aResponse()
                .withStatus(answer.status()).withHeader("Content-Type", answer.contentType()).withBody(answer.bytes())));
    }

    /** Returns the requests of the version's query shape the server received in this test, oldest first. */
    protected final List<LoggedRequest> queryRequests() {
        ExpectedRequest shape = versionUnderTest().queryRequest();
        return server.findAll(RequestPatternBuilder.newRequestPattern(RequestMethod.fromString(shape.method()),
                urlPathEqualTo(shape.path())));
    }

    /**
     * Runs a call that must throw, and returns what it threw; fails naming what came instead (another
     * exception, or an answer) rather than with a NullPointerException in the next assertion.
     *
     * @param type the exception type the call must throw
     * @param call the call
     * @param <T> the type
     * @return the exception
     */
    protected static <T extends Throwable> T thrownBy(Class<T> type, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("what the call threw").isInstanceOf(type);
        return type.cast(thrown);
    }

    /** Returns the client under test, built for the version against the WireMock server. */
    protected final LefiClient client() {
        return client;
    }

    /** Returns the WireMock server the client talks to. */
    protected final WireMockServer server() {
        return server;
    }
}
