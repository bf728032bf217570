package se.lefi.client.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lefi.client.Benefit;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiException;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiTransportException;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.AvailableInformationTypes;
import se.lefi.client.model.BenefitInformation;

/**
 * Proves that the SPI and the default transport host a REST version: a GET with a path and no
 * body, a POST with a path and a JSON body, headers both ways, and statuses that the adapter
 * classifies; and that every error path sets {@link LefiException#statusCode()} and
 * {@link LefiException#attempts()}. The adapter is {@link RestShapedTestAdapter}, a fake that
 * exists only in core's tests; the server is a real one (WireMock).
 */
class RestShapedAdapterFunctionalTest {

    private static final Personnummer PNR = Personnummer.parse("19121212-1212");
    private static final String ACTOR = "026 51/x";
    private static final String ENCODED_ACTOR = "026%2051%2Fx";

    private WireMockServer server;
    private LefiClient client;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        client = client(URI.create(server.baseUrl() + "/base/"));
    }

    private LefiClient client(URI endpoint) {
        return LefiClient.builder().endpoint(endpoint).version(LefiVersion.V5_0).aktorsId(ACTOR)
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(2)).responseTimeout(Duration.ofSeconds(10))
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop();
    }

    private BenefitInformation fetch() {
        return client.query(PNR).period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
                .benefits(Benefit.SJUKPENNING).fetch();
    }

    @Test
    void availableInformationTypes_whenAdapterSendsAGetWithAPath_reachesThatPathWithoutABody() {
        server.stubFor(get(urlEqualTo("/base/v9/aktorer/" + ENCODED_ACTOR + "/tillgangligaInformationstyper"))
                .willReturn(aResponse().withStatus(200).withBody("FK:SJP")));

        AvailableInformationTypes types = client.availableInformationTypes();

        assertThat(types.benefits()).containsExactly(Benefit.SJUKPENNING);
        server.verify(1, getRequestedFor(urlEqualTo("/base/v9/aktorer/" + ENCODED_ACTOR
                + "/tillgangligaInformationstyper")).withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", absent()));
        assertThat(server.getAllServeEvents().get(0).getRequest().getBody()).isEmpty();
    }

    @Test
    void fetch_whenAdapterSendsAPostWithAPath_sendsTheBodyThereAndReadsTheAnswer() {
        server.stubFor(post(urlEqualTo("/base/v9/aktorer/" + ENCODED_ACTOR + "/formansinformation/fraga"))
                .willReturn(aResponse().withStatus(200).withBody("decoded")));

        BenefitInformation info = fetch();

        assertThat(info.correlationId()).contains("decoded");
        assertThat(info.isComplete()).isTrue();
        server.verify(1, postRequestedFor(urlEqualTo("/base/v9/aktorer/" + ENCODED_ACTOR + "/formansinformation/fraga"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"personnummer\":\"191212121212\"}")));
    }

    @Test
    void ping_whenAdapterReadsAHeader_seesIt() {
        server.stubFor(get(urlEqualTo("/base/v9/aktorer/" + ENCODED_ACTOR + "/tillgangligaInformationstyper"))
                .willReturn(aResponse().withStatus(200).withHeader("date-iso", "2026-11-29T12:00:00+01:00")
                        .withBody("FK:SJP")));

        assertThat(client.ping().answeredAt()).isEqualTo(OffsetDateTime.parse("2026-11-29T12:00:00+01:00"));
    }

    @Test
    void fetch_whenServiceAnswers400_isBusinessErrorWithStatusAfterOneAttempt() {
        server.stubFor(post(urlEqualTo("/base/v9/aktorer/" + ENCODED_ACTOR + "/formansinformation/fraga"))
                .willReturn(aResponse().withStatus(400).withBody("period too long")));

        LefiBusinessException e = catchThrowableOfType(LefiBusinessException.class, this::fetch);

        assertThat(e.statusCode()).hasValue(400);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.retryable()).isFalse();
        assertThat(server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void fetch_whenServiceAnswers503Throughout_isRetriedAndCarriesStatusAndAttempts() {
        server.stubFor(post(urlEqualTo("/base/v9/aktorer/" + ENCODED_ACTOR + "/formansinformation/fraga"))
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0").withBody("busy")));

        LefiTechnicalException e = catchThrowableOfType(LefiTechnicalException.class, this::fetch);

        assertThat(e.statusCode()).hasValue(503);
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.getMessage()).contains("retry after 0").doesNotContain("asked to wait");
        assertThat(e.retryAfter()).contains(Duration.ZERO);
        assertThat(server.getAllServeEvents()).hasSize(3);
    }

    @Test
    void fetch_when503AsksForALongerWaitThanTheLongestBackoff_endsAtOnceSayingSo() {
        server.stubFor(post(urlEqualTo("/base/v9/aktorer/" + ENCODED_ACTOR + "/formansinformation/fraga"))
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "7").withBody("busy")));

        LefiTechnicalException e = catchThrowableOfType(LefiTechnicalException.class, this::fetch);

        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.retryable()).isTrue();
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(e.getMessage()).contains("asked to wait 7 s").contains("2 ms").contains("not retried");
        assertThat(server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void fetch_whenDecoderFailsWithABug_isProtocolErrorWithStatusAfterOneAttempt() {
        server.stubFor(post(urlEqualTo("/base/v9/aktorer/" + ENCODED_ACTOR + "/formansinformation/fraga"))
                .willReturn(aResponse().withStatus(200).withBody("npe")));

        LefiProtocolException e = catchThrowableOfType(LefiProtocolException.class, this::fetch);

        assertThat(e.statusCode()).hasValue(200);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains("NullPointerException");
    }

    @Test
    void fetch_whenAnswerIsNotValidUtf8_isProtocolErrorAndNotRetried() {
        byte[] badUtf8 = {'o', 'k', (byte) 0xC3, (byte) 0x28, '!'};
        server.stubFor(post(urlEqualTo("/base/v9/aktorer/" + ENCODED_ACTOR + "/formansinformation/fraga"))
                .willReturn(aResponse().withStatus(200).withBody(badUtf8)));

        LefiProtocolException e = catchThrowableOfType(LefiProtocolException.class, this::fetch);

        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.statusCode()).hasValue(200);
        assertThat(server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void fetch_whenConnectionIsReset_isTransportErrorWithoutStatusAfterThreeAttempts() {
        server.stubFor(post(urlEqualTo("/base/v9/aktorer/" + ENCODED_ACTOR + "/formansinformation/fraga"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        LefiTransportException e = catchThrowableOfType(LefiTransportException.class, this::fetch);

        assertThat(e.statusCode()).isEmpty();
        assertThat(e.attempts()).isEqualTo(3);
    }

    @Test
    void fetch_whenNothingListens_isTransportErrorWithoutStatus() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (LefiClient refused = client(URI.create("http://127.0.0.1:" + port))) {
            LefiTransportException e = catchThrowableOfType(LefiTransportException.class, () -> refused.query(PNR)
                    .period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)).benefits(Benefit.SJUKPENNING).fetch());

            assertThat(e.statusCode()).isEmpty();
            assertThat(e.attempts()).isEqualTo(3);
        }
    }

    @Test
    void build_whenTheVersionNeedsAnAktorsIdAndNoneIsSet_failsNamingIt() {
        assertThatThrownBy(() -> LefiClient.builder().endpoint(URI.create("http://localhost")).version(LefiVersion.V5_0)
                .organisationsnummer("2120000142").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("aktorsId(...)");
    }

    @Test
    void builder_whenGivenNull_failsWithIllegalArgumentNamingTheSetting() {
        LefiClient.Builder b = LefiClient.builder();
        assertThatThrownBy(() -> b.keyStore(Path.of("x.p12"), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> b.keyStore((Path) null, new char[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.trustStore((byte[]) null, new char[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.endpoint(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endpoint");
        assertThatThrownBy(() -> b.version(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.organisationsnummer(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.aktorsId(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.sslContext(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.responseTimeout(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.retry(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.clock(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.name(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void capabilities_whenAdapterDeclaresThem_areTheClients() {
        assertThat(client.capabilities().availableInformationTypes()).isTrue();
        assertThat(client.capabilities().preliminaryPaymentsAmong(Benefit.SJUKPENNING, Benefit.BARNBIDRAG))
                .containsExactly(Benefit.SJUKPENNING);
        assertThatThrownBy(() -> client.query(PNR).preliminaryPayments(Benefit.BARNBIDRAG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BARNBIDRAG");
    }
}
