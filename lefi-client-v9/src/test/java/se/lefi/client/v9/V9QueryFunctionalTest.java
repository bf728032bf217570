package se.lefi.client.v9;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.lefi.client.v9.V9WireMock.answer;
import static se.lefi.client.v9.V9WireMock.answerTypes;
import static se.lefi.client.v9.V9WireMock.sample;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.AvailableInformationTypes;
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Code;
import se.lefi.client.model.Deviation;
import se.lefi.client.model.InformationEntry;
import se.lefi.client.model.LineKind;
import se.lefi.client.model.Payer;
import se.lefi.client.model.Payment;
import se.lefi.client.model.PaymentStatus;
import se.lefi.client.model.PensionDecision;
import se.lefi.client.model.ProviderState;
import se.lefi.client.internal.formansinformation.BenefitInformationAssembler;

/** Version 9 queries through the real client against WireMock, with the module's JSON samples. */
class V9QueryFunctionalTest {

    static final Personnummer PNR = Personnummer.parse("19840229-8452");

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
        return client.query(PNR).period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
                .benefits(Benefit.SJUKPENNING).fetch();
    }

    @Test
    void fetch_whenEveryFkListIsFilled_decodesEveryCaseListEntryListAndPaymentOfBothProviders() {
        String body = sample("01-svar-alla-listor.json");
        assertThat(V9Schema.errors("LefiExternFormansinformationSvar", body)).isEmpty();
        answer(wm, 200, body);

        BenefitInformation info = fetch();

        assertThat(info.version()).isEqualTo(LefiVersion.V9_0);
        assertThat(info.person()).get().extracting(p -> p.personnummer()).isEqualTo(PNR);
        // One case per case list of the spec, the two new ones included.
        assertThat(info.cases()).extracting(BenefitCase::type)
                .containsAll(List.of("forebyggandeSjukpenningsarende", "mottagareavbarnbidrag", "sjukpenningarende"))
                .hasSize(BenefitInformationAssembler.CASE_LISTS.size() - 1); // etableringsersattningsarende is gone in 9
        assertThat(info.cases(Benefit.FOREBYGGANDE_SJUKPENNING)).hasSize(1);
        assertThat(info.cases(Benefit.MOTTAGARE_AV_BARNBIDRAG)).hasSize(1);
        BenefitCase sick = info.cases(Benefit.SJUKPENNING).get(0);
        assertThat(sick.started()).contains(LocalDate.of(2024, 3, 15));
        assertThat(sick.decisions()).hasSize(1);
        assertThat(sick.decisions().get(0).extent()).contains(new se.lefi.client.model.Fraction(3, 4));
        assertThat(sick.decisions().get(0).dayCount()).hasValue(7);
        assertThat(sick.decisions().get(0).days()).singleElement()
                .satisfies(d -> assertThat(d.amount()).contains(new BigDecimal("1234567.89")));
        assertThat(info.entries()).extracting(InformationEntry::type).contains("skatteuppgift",
                "sjukOchAktivitetsersattningSteglosAvrakningHistorik", "sjukOchAktivitetsersattningSteglosAvrakningNulage",
                "sjukpenninggrundandeInkomstuppgift", "studiemedelsavisering");
        assertThat(info.entries(Benefit.SKATTEUPPGIFT)).hasSize(1);
        // Version 9's own lists of steglös avräkning, typed as the case of 6.0 types them.
        assertThat(info.steplessSettlements()).hasSize(2).allSatisfy(s -> {
            assertThat(s.year()).hasValue(2024);
            assertThat(s.incomeInSweden()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1234567.89"));
            assertThat(s.recovery()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1234567.89"));
        });
        assertThat(info.programmes()).hasSize(1);
        assertThat(info.jobGuarantee()).isPresent();

        Payment fk = info.payments().stream().filter(p -> p.payer() == Payer.FORSAKRINGSKASSAN
                && p.status() == PaymentStatus.EXECUTED).findFirst().orElseThrow();
        // Read exactly from the JSON text: as a double this would be 12345678901234.572.
        assertThat(fk.gross()).isEqualByComparingTo(new BigDecimal("12345678901234.57"));
        assertThat(fk.gross().toPlainString()).isEqualTo("12345678901234.57");

        List<Payment> pm = info.payments().stream().filter(p -> p.payer() == Payer.PENSIONSMYNDIGHETEN).toList();
        assertThat(pm).extracting(Payment::status).containsExactly(PaymentStatus.EXECUTED, PaymentStatus.PRELIMINARY);
        Payment executed = pm.get(0);
        assertThat(executed.gross()).isEqualByComparingTo("15000");
        assertThat(executed.tax()).isEqualByComparingTo("3000");
        assertThat(executed.deductions()).isEqualByComparingTo("3500");
        assertThat(executed.net()).isEqualByComparingTo("11500");
        assertThat(executed.paymentDate()).contains(LocalDate.of(2024, 3, 19));
        assertThat(executed.period()).get().satisfies(p -> assertThat(p.to()).contains(LocalDate.of(2024, 3, 31)));
        assertThat(executed.family()).isEqualTo(new Code("PM:AP", "Allmän pension"));
        assertThat(executed.lines()).extracting(l -> l.kind()).containsExactly(LineKind.COMPENSATION,
                LineKind.COMPENSATION, LineKind.TAX, LineKind.DEDUCTION);
        assertThat(executed.lines().get(1).amountType()).contains(new Code("PM:GARP", "Garantipension"));

        assertThat(info.providers()).extracting(ProviderState::provider)
                .containsExactly(Payer.FORSAKRINGSKASSAN, Payer.PENSIONSMYNDIGHETEN);
        assertThat(info.providers()).allMatch(p -> p.state() == ProviderState.State.OK);
        // The generated sample reports one deviation per request list.
        assertThat(info.deviations()).hasSize(6).allMatch(d -> d.reason() == Deviation.Reason.INTERNAL_ERROR);
        assertThat(info.isComplete()).isFalse();
        assertThat(info.claims()).hasSize(1);
        assertThat(info.pensionDecisions()).hasSize(1);
    }

    @Test
    void fetch_whenPmAnswersAndAProviderIsMissing_reportsClaimsDecisionsDeviationsAndProviders() {
        String body = sample("02-svar-pm-avvikelser.json");
        assertThat(V9Schema.errors("LefiExternFormansinformationSvar", body)).isEmpty();
        answer(wm, 200, body);

        BenefitInformation info = fetch();

        assertThat(info.isComplete()).isFalse();
        assertThat(info.providers()).containsExactly(ProviderState.FORSAKRINGSKASSAN_OK,
                new ProviderState(Payer.PENSIONSMYNDIGHETEN, ProviderState.State.MISSING, "FELANDE"));
        assertThat(info.deviations()).containsExactly(
                new Deviation(Benefit.SJUKPENNING, "FK:SJP", Deviation.Reason.UNAUTHORISED, "OBEHORIG", "Ej behörig"),
                new Deviation(Benefit.EFTERLEVANDEFORMANER, "PM:EF", Deviation.Reason.INTERNAL_ERROR, "INTERNT_FEL", ""),
                new Deviation(Benefit.PENSIONSBEHALLNING, "PM:PBH", Deviation.Reason.UNAUTHORISED, "OBEHORIG", ""));
        assertThat(info.claims()).singleElement().satisfies(c -> {
            assertThat(c.benefit()).isEqualTo(Benefit.ALLMAN_PENSION_PM);
            assertThat(c.id()).isEqualTo("A-1");
            assertThat(c.received()).contains(LocalDate.of(2024, 1, 10));
            assertThat(c.claimedPeriod()).get().satisfies(p -> {
                assertThat(p.from()).contains(LocalDate.of(2024, 3, 1));
                assertThat(p.to()).isEmpty();
            });
        });
        PensionDecision decision = info.pensionDecisions().get(0);
        assertThat(decision.status()).map(Code::id).contains("SLUTLIGT");
        assertThat(decision.outcome()).map(Code::id).contains("BIFALL");
        assertThat(decision.awards()).singleElement().satisfies(a -> {
            assertThat(a.amount()).contains(BigDecimal.valueOf(15000));
            assertThat(a.frequency()).map(Code::id).contains("MANAD");
            assertThat(a.type()).map(Code::id).contains("PM:GARP");
        });
        assertThat(info.entries(Benefit.LEVNADSINTYG_PM)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("levnadsintyg");
            assertThat(e.details().date("senastUppdaterad")).contains(LocalDate.of(2024, 1, 5));
        });
        assertThat(info.cases(Benefit.FORALDRAPENNING)).singleElement().satisfies(c -> assertThat(c.active()).isTrue());
    }

    @Test
    void fetch_whenTheAnswerHasTheSpecsKnownDefects_toleratesThemAndKeepsUnknownCodes() {
        String body = sample("03-svar-defekter.json");
        // Deliberately off the schema: proves the validator bites and the decoder is lenient.
        assertThat(V9Schema.errors("LefiExternFormansinformationSvar", body)).isNotEmpty();
        answer(wm, 200, body);

        BenefitInformation info = fetch();

        assertThat(info.deviations()).isEmpty();   // avvikelser as [] instead of an object
        BenefitCase sick = info.cases(Benefit.SJUKPENNING).get(0);
        assertThat(sick.started()).contains(LocalDate.of(2024, 1, 2));   // basic form 20240102
        assertThat(sick.decisions().get(0).decided()).contains(LocalDate.of(2024, 1, 1));   // year-month
        assertThat(sick.decisions().get(0).compensation()).contains(new Code("101", "Sjukpenning normalnivå"));
        assertThat(sick.decisions().get(0).days()).singleElement()   // an object where an array is declared
                .satisfies(d -> assertThat(d.amount()).contains(new BigDecimal("0.1")));
        Payment p = info.payments().get(0);
        assertThat(p.family()).isEqualTo(new Code("NYFAM", "Ny familj"));
        assertThat(p.period()).get().satisfies(period -> assertThat(period.from()).contains(LocalDate.of(2024, 2, 1)));
        assertThat(p.lines()).extracting(l -> l.kind()).containsExactly(LineKind.COMPENSATION, LineKind.TAX);
        assertThat(p.tax()).isEqualByComparingTo("300.03");   // an amount delivered as text
        assertThat(info.providers()).extracting(ProviderState::state)
                .containsExactly(ProviderState.State.UNKNOWN, ProviderState.State.OK);
        assertThat(info.providers().get(0).code()).isEqualTo("NYTT_TILLSTAND");
        assertThat(info.providers().get(1).provider()).isEqualTo(Payer.UNKNOWN);
        assertThat(info.entries()).singleElement().satisfies(e -> assertThat(e.benefit()).isEqualTo(Benefit.UNKNOWN));
    }

    @Test
    void fetch_whenAskedForEveryKindOfList_routesEachCodeAndSendsAValidRequestWithThePersonnummerInTheBodyOnly() {
        answer(wm, 200, "{}");

        BenefitInformation info = client.query(PNR).period(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31))
                .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.SJUKPENNING, Benefit.ALLMAN_PENSION_PM,
                        Benefit.PENSIONSBEHALLNING, Benefit.SKATTEUPPGIFT, Benefit.FOREBYGGANDE_SJUKPENNING)
                .payments(Benefit.SJUKPENNING, Benefit.ALLMAN_PENSION_PM)
                .preliminaryPayments(Benefit.BARNBIDRAG, Benefit.EFTERLEVANDEFORMANER)
                .fetch();

        assertThat(info.cases()).isEmpty();
        LoggedRequest sent = wm.findAll(postRequestedFor(urlEqualTo(V9WireMock.QUERY_PATH))).get(0);
        String body = sent.getBodyAsString();
        assertThat(V9Schema.errors("LefiExternFormansinformationFraga", body)).isEmpty();
        assertThat(body).isEqualTo("{\"personnummer\":\"198402298452\",\"period\":{\"from\":\"2023-01-01\","
                + "\"tom\":\"2024-12-31\"},\"formansinformation\":[\"FK:SJP\",\"FK:FSJP\"],\"ansprak\":[\"PM:AP\"],"
                + "\"beslut\":[\"PM:AP\"],\"preliminaraUtbetalningar\":[\"FK:ABB\",\"PM:EF\"],"
                + "\"utbetalningar\":[\"FK:SJP\",\"PM:AP\"],\"ovrigInformation\":[\"FK:GEPI\",\"PM:PBH\",\"FK:SKUP\"]}");
        assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
        assertThat(sent.getUrl()).doesNotContain("8452").doesNotContain("198402");
    }

    @Test
    void fetch_whenAPeriodIsLongerThanTwoYears_sendsItAndReportsTheServicesRejection() {
        answer(wm, 400, sample("10-felsvar-400.json"));

        assertThatThrownBy(() -> client.query(PNR).period(LocalDate.of(2018, 1, 1), LocalDate.of(2024, 12, 31))
                .benefits(Benefit.SJUKPENNING).fetch())
                .isInstanceOfSatisfying(se.lefi.client.LefiBusinessException.class, e -> {
                    assertThat(e.statusCode()).hasValue(400);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("HTTP 400").contains("Perioden får vara högst två år");
                });
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void fetch_whenACodeV9DoesNotHave_failsBeforeSendingNamingTheV9Equivalent() {
        assertThatThrownBy(() -> client.query(PNR).period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1))
                .benefits(Benefit.EFTERLEVANDEPENSION).fetch())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FK:EP").hasMessageContaining("PM:EF");
        assertThatThrownBy(() -> client.query(PNR).period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1))
                .payments(Benefit.INTJANANDE).fetch())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PM:PBH").hasMessageContaining("PM:PU");
        assertThatThrownBy(() -> client.query(PNR).period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1))
                .benefits(Benefit.LEVNADSINTYG).fetch())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PM:LINT");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void fetch_whenTheAktorsIdNeedsEncoding_sendsItAsOnePercentEncodedPathSegment() {
        String path = "/lefi-extern-formansinformation/v9/aktorer/a%20b%2Fc%3F%C3%B6/formansinformation/fraga";
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo(path)).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody("{}")));
        try (LefiClient odd = V9WireMock.builder(wm).aktorsId("a b/c?ö").build()) {
            odd.query(PNR).period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)).benefits(Benefit.SJUKPENNING)
                    .fetch();
        }
        assertThat(wm.findAll(postRequestedFor(urlEqualTo(path)))).hasSize(1);
    }

    @Test
    void build_whenV9HasNoAktorsId_failsNamingTheBuilderMethod() {
        assertThatThrownBy(() -> LefiClient.builder().endpoint(java.net.URI.create(wm.baseUrl()))
                .version(LefiVersion.V9_0).organisationsnummer("2120000142").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("aktorsId(...)");
    }

    @Test
    void availableInformationTypes_whenAsked_returnsTypedListsAndPingUsesTheSameGet() {
        String body = sample("05-tillgangliga-informationstyper.json");
        assertThat(V9Schema.errors("LefiExternTillgangligaInformationstyper", body)).isEmpty();
        answerTypes(wm, 200, body);

        assertThat(client.capabilities().availableInformationTypes()).isTrue();
        AvailableInformationTypes types = client.availableInformationTypes();

        assertThat(types.benefits()).containsExactly(Benefit.BARNBIDRAG);
        assertThat(types.claims()).containsExactly(Benefit.ALLMAN_PENSION_PM);
        assertThat(types.decisions()).containsExactly(Benefit.ALLMAN_PENSION_PM);
        assertThat(types.preliminaryPayments()).containsExactly(Benefit.BARNBIDRAG);
        assertThat(types.payments()).containsExactly(Benefit.BARNBIDRAG);
        assertThat(types.otherInformation()).containsExactly(Benefit.GENERELL_PERSONINFORMATION);
        assertThat(types.codes()).hasSize(6);

        assertThat(client.ping().version()).isEqualTo(LefiVersion.V9_0);
        assertThat(wm.getAllServeEvents()).hasSize(2).allSatisfy(e -> assertThat(e.getRequest().getMethod().getName())
                .isEqualTo("GET"));
    }

    @Test
    void capabilities_ofV9_allowPreliminaryPaymentsOfAnyGroupAndKnowNoReconstructedCode() {
        assertThat(client.capabilities().supportsPreliminaryPayments(Benefit.BARNBIDRAG)).isTrue();
        assertThat(client.capabilities().supportsPreliminaryPayments(Benefit.ALLMAN_PENSION_PM)).isTrue();
        assertThat(client.capabilities().supportsBenefit(Benefit.EFTERLEVANDEPENSION)).isFalse();
        assertThat(client.capabilities().supportsBenefit(Benefit.PENSIONSUNDERLAG)).isTrue();
        assertThat(client.capabilities().supportsPayments(Benefit.GENERELL_PERSONINFORMATION)).isFalse();
        assertThat(new String(sample("01-svar-alla-listor.json").getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8)).contains("forebyggandeSjukpenningsarende");
    }
}
