package se.lefi.client.v9;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.lefi.client.v9.V9WireMock.answer;
import static se.lefi.client.v9.V9WireMock.sample;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lefi.client.Benefit;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiException;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiTransportException;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;

/** Version 9's error statuses, bad bodies and limits, through the real client against WireMock. */
class V9FaultsFunctionalTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().build();

    private LefiClient client;

    @BeforeEach
    void createClient() {
        client = V9WireMock.client(wm);
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    private BenefitInformation fetch() {
        return client.query(Personnummer.parse("19840229-8452")).period(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31)).benefits(Benefit.SJUKPENNING).fetch();
    }

    private static void assertNoPersonnummer(LefiException e) {
        assertThat(e.getMessage()).doesNotContain("198402298452").doesNotContain("8402298452");
    }

    @Test
    void fetch_when403_throwsNonRetryableBusinessExceptionWithTheServicesMessage() {
        String body = sample("11-felsvar-403.json");
        assertThat(V9Schema.errors("LefiFelsvar", body)).isEmpty();
        answer(wm, 403, body);

        LefiBusinessException e = catchThrowableOfType(LefiBusinessException.class, this::fetch);

        assertThat(e.statusCode()).hasValue(403);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("HTTP 403").contains("Aktören saknar behörighet");
        assertThat(e.attempts()).isEqualTo(1);
    }

    @Test
    void fetch_when500_throwsRetryableTechnicalExceptionWithTheMessageMasked() {
        String body = sample("12-felsvar-500.json");
        assertThat(V9Schema.errors("LefiFelsvar", body)).isEmpty();
        answer(wm, 500, body);

        LefiTechnicalException e = catchThrowableOfType(LefiTechnicalException.class, this::fetch);

        assertThat(e.retryable()).isTrue();
        assertThat(e.statusCode()).hasValue(500);
        assertThat(e.getMessage()).contains("Internt fel vid fråga om").contains("****");
        assertNoPersonnummer(e);
    }

    @Test
    void fetch_when500Twice_retriesWithinTheBudgetAndReportsTheAttempts() {
        answer(wm, 500, sample("12-felsvar-500.json"));
        try (LefiClient retrying = V9WireMock.builder(wm).maxAttempts(2)
                .retryBackoff(java.time.Duration.ofMillis(10), java.time.Duration.ofMillis(20)).build()) {
            LefiTechnicalException e = catchThrowableOfType(LefiTechnicalException.class, () -> retrying
                    .query(Personnummer.parse("19840229-8452")).period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1))
                    .benefits(Benefit.SJUKPENNING).fetch());
            assertThat(e.attempts()).isEqualTo(2);
        }
        assertThat(wm.getAllServeEvents()).hasSize(2);
    }

    @Test
    void fetch_when429WithRetryAfter_throwsRetryableTransportExceptionNamingIt() {
        wm.stubFor(post(urlEqualTo(V9WireMock.QUERY_PATH)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "30").withHeader("Content-Type", "text/plain").withBody("slow down")));

        LefiTransportException e = catchThrowableOfType(LefiTransportException.class, this::fetch);

        assertThat(e.retryable()).isTrue();
        assertThat(e.statusCode()).hasValue(429);
        assertThat(e.getMessage()).contains("HTTP 429").contains("Retry-After: 30");
    }

    @Test
    void fetch_when503FromAGatewayWithHtml_throwsRetryableTransportException() {
        answer(wm, 503, "text/html", "<html><body>Service Unavailable</body></html>");

        LefiTransportException e = catchThrowableOfType(LefiTransportException.class, this::fetch);

        assertThat(e.retryable()).isTrue();
        assertThat(e.statusCode()).hasValue(503);
    }

    @Test
    void fetch_when404_throwsNonRetryableTechnicalExceptionPointingAtTheConfiguration() {
        answer(wm, 404, "text/plain", "not found");

        LefiTechnicalException e = catchThrowableOfType(LefiTechnicalException.class, this::fetch);

        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("HTTP 404").contains("endpoint");
    }

    @Test
    void fetch_when200WithHtml_throwsProtocolException() {
        answer(wm, 200, "text/html", "<html>login</html>");

        LefiProtocolException e = catchThrowableOfType(LefiProtocolException.class, this::fetch);

        assertThat(e.getMessage()).contains("instead of JSON");
        assertThat(e.statusCode()).hasValue(200);
    }

    @Test
    void fetch_when400WithHtml_throwsProtocolException() {
        answer(wm, 400, "text/html", "<html>bad</html>");

        assertThat(catchThrowableOfType(LefiProtocolException.class, this::fetch).getMessage())
                .contains("instead of its JSON error");
    }

    @Test
    void fetch_whenTheJsonIsCutOff_throwsProtocolException() {
        answer(wm, 200, "{\"formansinformation\":{\"sjukpenningarende\":[{\"startades\":\"2024-01-01\"");

        assertThat(catchThrowableOfType(LefiProtocolException.class, this::fetch).getMessage())
                .contains("not well-formed JSON");
    }

    @Test
    void fetch_whenNestedBeyondTheLimit_throwsProtocolExceptionWithoutStackOverflow() {
        String deep = "{\"okand\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        answer(wm, 200, deep);

        assertThat(catchThrowableOfType(LefiProtocolException.class, this::fetch).getMessage())
                .contains("JSON limit");
    }

    @Test
    void fetch_whenANumberIsAbsurdlyLong_throwsProtocolException() {
        answer(wm, 200, "{\"formansinformation\":{\"utbetalningsuppgift\":[{\"bruttobelopp\":{\"summa\":"
                + "9".repeat(2000) + "}}]}}");

        assertThat(catchThrowableOfType(LefiProtocolException.class, this::fetch).getMessage())
                .contains("JSON limit");
    }

    @Test
    void fetch_whenAStringIsLongerThanTheLimit_throwsProtocolException() {
        answer(wm, 200, "{\"formansinformation\":{\"generellPersoninformation\":[{\"namn\":\""
                + "x".repeat(200_000) + "\"}]}}");

        assertThat(catchThrowableOfType(LefiProtocolException.class, this::fetch).getMessage())
                .contains("JSON limit");
    }

    @Test
    void fetch_whenAPersonnummerIsInvalid_throwsProtocolExceptionWithoutTheNumber() {
        answer(wm, 200, "{\"formansinformation\":{\"generellPersoninformation\":[{\"personnummer\":\"198402298453\"}]}}");

        LefiProtocolException e = catchThrowableOfType(LefiProtocolException.class, this::fetch);

        assertThat(e.getMessage()).contains("personnummer").doesNotContain("198402298453");
    }

    @Test
    void fetch_whenTheAnswerIsFiveMegabytes_decodesItAndRejectsItBeyondTheCap() {
        String item = "{\"startades\":\"2024-01-01\",\"aktivt\":true,\"beslut\":[{\"fattades\":\"2024-01-02\","
                + "\"ersattningsdagar\":[{\"ersattningsdatum\":\"2024-01-03\",\"ersattningsbelopp\":{\"summa\":812.35,"
                + "\"valuta\":\"SEK\"}}],\"forman\":{\"id\":\"SJP\",\"beskrivning\":\"Sjukpenning\"}}]}";
        StringBuilder body = new StringBuilder("{\"formansinformation\":{\"sjukpenningarende\":[");
        int n = 0;
        while (body.length() < 5 * 1024 * 1024) {
            body.append(n++ == 0 ? "" : ",").append(item);
        }
        body.append("]}}");
        answer(wm, 200, body.toString());

        BenefitInformation info = fetch();

        assertThat(info.cases(Benefit.SJUKPENNING)).hasSize(n);
        try (LefiClient capped = V9WireMock.builder(wm).maxResponseSize(1024 * 1024).build()) {
            LefiProtocolException e = catchThrowableOfType(LefiProtocolException.class, () -> capped
                    .query(Personnummer.parse("19840229-8452")).period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1))
                    .benefits(Benefit.SJUKPENNING).fetch());
            assertThat(e.getMessage()).contains("larger than the configured cap");
        }
    }
}
