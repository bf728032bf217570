package se.lefi.client.tck;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiException;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiTransportException;
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Code;
import se.lefi.client.model.LineKind;
import se.lefi.client.model.Payer;
import se.lefi.client.model.Payment;
import se.lefi.client.model.PaymentLine;
import se.lefi.client.model.ProviderState;

/**
 * Checks, for any wire format, that a version's answers decode to the right domain values and that
 * answers the SDK cannot use end in the right typed exception: the request has the version's
 * shape; the typical, payments-only and unknown-codes answers decode as expected; every successful
 * answer reports its deviations, providers and completeness consistently; an answer cut off in the
 * middle, an oversized answer and a body that is not what its status promises are protocol errors,
 * never retried; a gateway's HTML error page is a retryable transport error.
 *
 * <p>A version module extends it and answers {@link #versionUnderTest()} with its own samples.
 *
 * <pre>{@code
 * @Nested
 * class Decode extends DecodeContract {
 *     protected VersionUnderTest versionUnderTest() { return V6; }
 * }
 * }</pre>
 */
public abstract class DecodeContract extends ContractHarness {

    private static final String HTML_PAGE = "<html><body>Underhåll</body></html>";

    // ---- request ---------------------------------------------------------------------------

    @Test
    void query_whenFetched_sendsOneRequestOfTheVersionsShape() {
        serve(versionUnderTest().typicalAnswer());

        canonicalQuery().fetch();

        ExpectedRequest shape = versionUnderTest().queryRequest();
        List<LoggedRequest> requests = server().findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r.getMethod().value()).isEqualTo(shape.method());
            assertThat(r.getUrl()).isEqualTo(shape.path());
            String contentType = r.getHeader("Content-Type");
            assertThat(contentType).as("Content-Type").isNotNull();
            assertThat(contentType.split(";")[0].strip().toLowerCase(Locale.ROOT)).isEqualTo(shape.mediaType());
            assertThat(r.getBody()).as("the request body").isNotEmpty();
        });
    }

    // ---- canonical answers -----------------------------------------------------------------

    @Test
    void fetch_whenTypicalAnswer_decodesToTheExpectedDomainValues() {
        serve(versionUnderTest().typicalAnswer());
        TypicalAnswer expected = versionUnderTest().expectedTypicalAnswer();

        BenefitInformation info = canonicalQuery().fetch();

        assertThat(info.version()).isEqualTo(versionUnderTest().version());
        assertThat(info.answeredAt()).isPresent();
        assertThat(info.person()).hasValueSatisfying(p -> {
            assertThat(p.personnummer().value()).isEqualTo(expected.personnummer());
            assertThat(p.name()).isEqualTo(expected.name());
        });
        assertThat(info.cases()).hasSize(expected.cases());
        assertThat(info.payments()).extracting(Payment::net).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(expected.nets());
        for (Payment p : info.payments()) {
            assertThat(p.gross().subtract(p.deductions())).isEqualByComparingTo(p.net());
            assertThat(p.payer()).isEqualTo(Payer.FORSAKRINGSKASSAN);
        }
        assertThat(info.payments().stream().filter(Payment::isLabourMarketProgramme).toList())
                .singleElement().satisfies(p -> assertThat(p.net()).isEqualByComparingTo(expected.labourMarketNet()));
        assertThat(info.programmes()).singleElement().satisfies(p -> {
            assertThat(p.programme()).isEqualTo(expected.programme());
            assertThat(p.period()).contains(expected.programmePeriod());
        });
    }

    @Test
    void fetch_whenPaymentsOnlyAnswer_decodesToTheTwoKarensPayments() {
        serve(versionUnderTest().paymentsOnlyAnswer());

        BenefitInformation info = paymentsOnlyQuery().fetch();

        assertThat(info.cases()).isEmpty();
        assertThat(info.person()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Johan Exempelsson"));
        assertThat(info.payments()).hasSize(2);
        assertPayment(info.payments().get(0), LocalDate.of(2020, 4, 14), "700", "210", "490");
        assertPayment(info.payments().get(1), LocalDate.of(2020, 4, 21), "2412", "723", "1689");
        assertThat(info.payments().get(1).lines()).extracting(PaymentLine::kind)
                .containsExactly(LineKind.COMPENSATION, LineKind.TAX);
        assertThat(info.payments().get(1).lines().get(0).days()).hasValue(3);
        assertThat(info.payments()).noneMatch(Payment::isLabourMarketProgramme);
    }

    private static void assertPayment(Payment p, LocalDate paid, String gross, String tax, String net) {
        assertThat(p.family().id()).isEqualTo("DAG");
        assertThat(p.isPreliminary()).isFalse();
        assertThat(p.paymentDate()).contains(paid);
        assertThat(p.gross()).isEqualByComparingTo(gross);
        assertThat(p.tax()).isEqualByComparingTo(tax);
        assertThat(p.deductions()).isEqualByComparingTo(tax);
        assertThat(p.net()).isEqualByComparingTo(net);
    }

    @Test
    void fetch_whenUnknownCodeValues_keepsThemAsDelivered() {
        serve(versionUnderTest().unknownCodesAnswer());

        BenefitInformation info = canonicalQuery().fetch();

        assertThat(info.person().flatMap(p -> p.civilStatus())).contains(new Code("9", "Ny civilståndskod"));
        BenefitCase sick = info.cases(Benefit.SJUKPENNING).get(0);
        assertThat(sick.decisions().get(0).benefit()).contains(new Code("NYF", "Ny förmån"));
        assertThat(sick.decisions().get(0).compensation()).contains(Code.of("NY_ERSATTNING"));
        assertThat(info.programmes()).singleElement()
                .satisfies(p -> assertThat(p.programme()).isEqualTo(new Code("77", "Nytt program")));
        Payment payment = info.payments().get(0);
        assertThat(payment.family()).isEqualTo(new Code("NYFAM", "Ny förmånsfamilj"));
        assertThat(payment.type()).contains(new Code("7", "Ny utbetalningstyp"));
        assertThat(payment.company()).contains(new Code("1009", "Ny myndighet"));
        assertThat(payment.payer()).isEqualTo(Payer.UNKNOWN);
        assertThat(payment.lines()).extracting(PaymentLine::kind)
                .containsExactly(LineKind.COMPENSATION, LineKind.TAX, LineKind.DEDUCTION);
        assertThat(payment.lines()).extracting(l -> l.amountType().map(Code::id).orElse(""))
                .containsExactly("NYB", "PS", "NYAVDRAG");
        assertThat(payment.lines().get(0).benefit()).isEqualTo(new Code("NYFORMAN", "Ny förmån på rad"));
        assertThat(payment.net()).isEqualByComparingTo("650");
    }

    @Test
    void fetch_whenAnySuccessfulAnswerOfTheVersion_reportsItsDeviationsProvidersAndCompleteness() {
        VersionUnderTest version = versionUnderTest();
        List<WireAnswer> answers = new ArrayList<>(List.of(version.typicalAnswer(), version.paymentsOnlyAnswer(),
                version.unknownCodesAnswer()));
        answers.addAll(version.moreAnswers());
        List<Supplier<BenefitInformation>> fetches = new ArrayList<>(List.of(() -> canonicalQuery().fetch(),
                () -> paymentsOnlyQuery().fetch(), () -> canonicalQuery().fetch()));
        version.moreAnswers().forEach(a -> fetches.add(() -> version.richestQuery(canonicalQuery()).fetch()));

        for (int i = 0; i < answers.size(); i++) {
            WireAnswer answer = answers.get(i);
            Completeness expected = version.expectedCompleteness(answer);
            serve(answer);

            BenefitInformation info = fetches.get(i).get();

            assertThat(info.deviations()).as(answer.name()).isEqualTo(expected.deviations());
            assertThat(info.providers()).as(answer.name()).isEqualTo(expected.providers()).isNotEmpty();
            assertThat(info.isComplete()).as(answer.name()).isEqualTo(expected.complete())
                    .isEqualTo(info.deviations().isEmpty()
                            && info.providers().stream().allMatch(p -> p.state() == ProviderState.State.OK));
        }
    }

    // ---- answers the SDK cannot use --------------------------------------------------------

    @Test
    void fetch_whenAnswerIsCutOffInTheMiddle_throwsProtocolExceptionWithoutRetry() {
        WireAnswer typical = versionUnderTest().typicalAnswer();
        serve(typical.withBody("cut off", typical.body().substring(0, typical.body().length() / 2)));

        LefiProtocolException e = thrownBy(LefiProtocolException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isFalse();
        assertThat(e.statusCode()).hasValue(typical.status());
        assertNotRetried(e);
    }

    @Test
    void fetch_whenAnswerIsLargerThanTheCap_throwsProtocolExceptionWithoutRetry() {
        int cap = 1024;
        WireAnswer typical = versionUnderTest().typicalAnswer();
        assertThat(typical.bytes().length).as("the typical answer must exceed the cap to test it").isGreaterThan(2 * cap);
        serve(typical);

        try (LefiClient capped = newClient(b -> b.maxResponseSize(cap))) {
            LefiProtocolException e = thrownBy(LefiProtocolException.class,
                    () -> canonicalQuery(capped).fetch());

            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains(String.valueOf(cap));
            assertNotRetried(e);
        }
    }

    @Test
    void fetch_whenAnErrorStatusCarriesASuccessfulAnswer_throwsProtocolExceptionWithoutRetry() {
        int errorStatus = versionUnderTest().technicalFault().status();
        serve(versionUnderTest().typicalAnswer().withStatus(errorStatus));

        LefiProtocolException e = thrownBy(LefiProtocolException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isFalse();
        assertThat(e.statusCode()).hasValue(errorStatus);
        assertNotRetried(e);
    }

    @Test
    void fetch_whenStatus200CarriesAnHtmlPage_throwsProtocolExceptionWithoutRetry() {
        serve(new WireAnswer("an HTML page with HTTP 200", 200, "text/html; charset=UTF-8", HTML_PAGE));

        LefiProtocolException e = thrownBy(LefiProtocolException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isFalse();
        assertThat(e.statusCode()).hasValue(200);
        assertNotRetried(e);
    }

    @Test
    void fetch_whenAGatewayAnswersWithAnHtmlErrorPage_throwsRetryableTransportException() {
        serve(new WireAnswer("a gateway's error page", 503, "text/html", HTML_PAGE));

        LefiTransportException e = thrownBy(LefiTransportException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isTrue();
        assertThat(e.statusCode()).hasValue(503);
        assertThat(e.attempts()).isEqualTo(ATTEMPTS);
        assertThat(queryRequests()).hasSize(ATTEMPTS);
    }

    private void assertNotRetried(LefiException e) {
        assertThat(e.attempts()).as("attempts").isEqualTo(1);
        assertThat(queryRequests()).as("requests the server received").hasSize(1);
    }
}
