package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.lefi.client.Benefit;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiTransportException;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Decision;
import se.lefi.client.model.Details;
import se.lefi.client.model.Deviation;
import se.lefi.client.model.InformationEntry;
import se.lefi.client.model.Payer;
import se.lefi.client.model.Payment;
import se.lefi.client.model.ProviderState;

/**
 * Tests the simulator's version 9 through the real client: the same user code reads 6.0 and 9,
 * deviations, failing groups, a provider that does not answer or whose data is missing, the service's errors, network faults and the
 * recorded queries.
 */
class V9ClientFunctionalTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 5, 20);
    private static final Benefit[] FK_GROUPS = {Benefit.SJUKPENNING, Benefit.FORALDRAPENNING,
        Benefit.TILLFALLIG_FORALDRAPENNING, Benefit.BARNBIDRAG, Benefit.AKTIVITETSSTOD, Benefit.PROGRAMERSATTNING,
        Benefit.JOBB_OCH_UTVECKLINGSGARANTI, Benefit.OMVARDNADSBIDRAG, Benefit.MERKOSTNADSERSATTNING,
        Benefit.ALLMAN_PENSION, Benefit.GENERELL_PERSONINFORMATION, Benefit.PROGRAMANVISNING};
    private static final Benefit[] PAID = {Benefit.SJUKPENNING, Benefit.FORALDRAPENNING,
        Benefit.TILLFALLIG_FORALDRAPENNING, Benefit.AKTIVITETSSTOD, Benefit.OMVARDNADSBIDRAG,
        Benefit.MERKOSTNADSERSATTNING, Benefit.ALLMAN_PENSION};

    private static LefiOnlineSimulator simulator;
    private static LefiClient six;
    private static LefiClient nine;

    @BeforeAll
    static void start() {
        simulator = LefiOnlineSimulator.builder().today(TODAY).start();
        six = simulator.clientBuilder(LefiVersion.V6_0).responseTimeout(Duration.ofSeconds(10)).build();
        nine = simulator.clientBuilder(LefiVersion.V9_0).responseTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        six.close();
        nine.close();
        simulator.close();
    }

    @AfterEach
    void clear() {
        simulator.clearDisturbances();
    }

    /** The user code both versions run unchanged. */
    private static BenefitInformation fetch(LefiClient client, String pnr, LocalDate from, LocalDate to) {
        return client.query(Personnummer.parse(pnr)).period(from, to).benefits(FK_GROUPS).payments(PAID).fetch();
    }

    @ParameterizedTest
    @ValueSource(strings = {SyntheticPersons.SICK_EMPLOYEE, SyntheticPersons.SELF_EMPLOYED, SyntheticPersons.PARENT,
        SyntheticPersons.PROGRAMME_PARTICIPANT, SyntheticPersons.JOB_PARTICIPANT, SyntheticPersons.CARER,
        SyntheticPersons.PENSIONER, SyntheticPersons.PROTECTED_IDENTITY, SyntheticPersons.DECEASED,
        SyntheticPersons.SAMORDNINGSNUMMER})
    void fetch_whenTheSamePersonIsAskedIn60And9_yieldsTheSameForsakringskassanValues(String pnr) {
        LocalDate from = LocalDate.of(2019, 6, 1);
        LocalDate to = LocalDate.of(2021, 5, 31);

        BenefitInformation in6 = fetch(six, pnr, from, to);
        BenefitInformation in9 = fetch(nine, pnr, from, to);

        assertThat(in9.version()).isEqualTo(LefiVersion.V9_0);
        assertThat(in9.person()).isEqualTo(in6.person());
        assertThat(in9.cases()).isEqualTo(in6.cases());
        assertThat(in9.programmes()).isEqualTo(in6.programmes());
        assertThat(in9.jobGuarantee()).isEqualTo(in6.jobGuarantee());
        assertThat(in9.payments()).isEqualTo(in6.payments());
        assertThat(in6.cases().size() + in6.payments().size()).isPositive();
        assertThat(in9.isComplete()).isTrue();
    }

    @Test
    void fetch_whenThePensionerIsAskedForPensionsmyndighetensGroup_yieldsClaimsDecisionsAndPayments() {
        BenefitInformation info = nine.query(Personnummer.parse(SyntheticPersons.PENSIONER))
                .period(LocalDate.of(2020, 6, 1), LocalDate.of(2021, 7, 31))
                .benefits(Benefit.ALLMAN_PENSION_PM).payments(Benefit.ALLMAN_PENSION_PM)
                .preliminaryPayments(Benefit.ALLMAN_PENSION_PM).fetch();

        assertThat(info.claims()).hasSize(1);
        assertThat(info.pensionDecisions()).singleElement().satisfies(d -> assertThat(d.awards()).hasSize(2));
        List<Payment> pm = info.executedPayments().stream().filter(p -> p.payer() == Payer.PENSIONSMYNDIGHETEN).toList();
        assertThat(pm).hasSize(12);
        assertThat(pm.get(0).gross()).isEqualByComparingTo("15800");
        assertThat(pm.get(0).tax()).isEqualByComparingTo("4740");
        assertThat(pm.get(0).net()).isEqualByComparingTo("11060");
        assertThat(info.preliminaryPayments()).hasSize(2);
    }

    @Test
    void fetch_whenThePensionerIsAskedForPensionsmyndighetensOtherInformation_yieldsBalancesAndEarnings() {
        BenefitInformation info = nine.query(Personnummer.parse(SyntheticPersons.PENSIONER))
                .period(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31))
                .benefits(Benefit.PENSIONSBEHALLNING, Benefit.PENSIONSUNDERLAG).fetch();

        assertThat(info.entries(Benefit.PENSIONSBEHALLNING)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("pensionsbehallning");
            List<Details> accounts = e.details().children("pensionskonton");
            assertThat(accounts).extracting(a -> a.code("kontotyp").orElseThrow().id()).containsExactly("IP", "PREP");
            Details income = accounts.get(0).child("kontovarden").orElseThrow();
            assertThat(income.amount("varde")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2145300"));
            assertThat(income.text("faststallelsear")).contains(String.valueOf(TODAY.getYear() - 1));
            assertThat(accounts.get(1).child("kontovarden").orElseThrow().amount("varde"))
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("412800"));
        });
        // 4 120 and 4 310 kr of inkomstpensionsrätt are 16 % of these incomes.
        assertThat(info.entries(Benefit.PENSIONSUNDERLAG)).extracting(e -> e.details().child("intjanandear")
                .orElseThrow().amount("pensionsgrundandeInkomst").orElseThrow().toPlainString())
                .containsExactly("25750", "26938");
    }

    @Test
    void fetch_whenThePensionerIsAskedForOtherInformationIn60_yieldsNoPensionsmyndighetenEntries() {
        BenefitInformation info = six.query(Personnummer.parse(SyntheticPersons.PENSIONER))
                .period(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31)).benefits(Benefit.INTJANANDE).fetch();

        assertThat(info.entries(Benefit.INTJANANDE)).extracting(InformationEntry::type)
                .containsExactlyInAnyOrder("intjanandebehallning", "intjanandeuppgift", "intjanandeuppgift");
        assertThat(info.entries()).allSatisfy(e -> assertThat(e.benefit()).isEqualTo(Benefit.INTJANANDE));
    }

    @Test
    void fetch_whenTheSickEmployeeIsAskedForForebyggandeSjukpenning_yieldsTheCaseItsDaysAndThePayment() {
        BenefitInformation info = nine.query(Personnummer.parse(SyntheticPersons.SICK_EMPLOYEE))
                .period(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31))
                .benefits(Benefit.FOREBYGGANDE_SJUKPENNING).payments(Benefit.FOREBYGGANDE_SJUKPENNING).fetch();

        assertThat(info.cases(Benefit.FOREBYGGANDE_SJUKPENNING)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo("forebyggandeSjukpenningsarende");
            assertThat(c.started()).contains(LocalDate.of(2021, 3, 8));
            Decision decision = c.decisions().get(0);
            assertThat(decision.karens()).isFalse();
            assertThat(decision.dayCount()).hasValue(5);
            assertThat(decision.days()).hasSize(5).allSatisfy(d -> assertThat(d.amount())
                    .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("612")));
        });
        assertThat(info.payments()).singleElement().satisfies(p -> {
            assertThat(p.paymentDate()).contains(LocalDate.of(2021, 3, 19));
            assertThat(p.gross()).isEqualByComparingTo("3060");
            assertThat(p.tax()).isEqualByComparingTo("918");
            assertThat(p.net()).isEqualByComparingTo("2142");
            assertThat(p.lines()).allSatisfy(l -> assertThat(l.benefit().id()).isEqualTo("FSJP"));
        });
    }

    @Test
    void fetch_whenTheAgreementDoesNotCoverAGroup_yieldsObehorigAndTheOtherData() {
        try (LefiClient insurer = simulator.clientBuilder(LefiVersion.V9_0)
                .aktorsId(SimulatedOrganisation.FORSAKRINGSBOLAG.aktorsId()).build()) {
            BenefitInformation info = insurer.query(Personnummer.parse(SyntheticPersons.JOB_PARTICIPANT))
                    .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                    .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.AKTIVITETSSTOD).fetch();

            assertThat(info.deviations()).singleElement().satisfies(d -> {
                assertThat(d.benefit()).isEqualTo(Benefit.AKTIVITETSSTOD);
                assertThat(d.reason()).isEqualTo(Deviation.Reason.UNAUTHORISED);
            });
            assertThat(info.person()).isPresent();
            assertThat(info.cases(Benefit.AKTIVITETSSTOD)).isEmpty();
            assertThat(info.isComplete()).isFalse();
        }
    }

    static Stream<Arguments> pensionsmyndighetenStates() {
        return Stream.of(
                Arguments.of(Named.<Consumer<LefiOnlineSimulator>>of("does not answer",
                        s -> s.unavailableProviders(SimulatedProvider.PENSIONSMYNDIGHETEN)),
                        ProviderState.State.UNAVAILABLE, "OTILLGANGLIG"),
                Arguments.of(Named.<Consumer<LefiOnlineSimulator>>of("has its data missing",
                        s -> s.missingProviders(SimulatedProvider.PENSIONSMYNDIGHETEN)),
                        ProviderState.State.MISSING, "FELANDE"));
    }

    @ParameterizedTest
    @MethodSource("pensionsmyndighetenStates")
    void fetch_whenPensionsmyndighetenDeliversNothing_yieldsItsStateAndNoDataFromIt(
            Consumer<LefiOnlineSimulator> disturbance, ProviderState.State state, String code) {
        disturbance.accept(simulator);

        BenefitInformation info = nine.query(Personnummer.parse(SyntheticPersons.PENSIONER))
                .period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 5, 20))
                .benefits(Benefit.ALLMAN_PENSION, Benefit.ALLMAN_PENSION_PM).payments(Benefit.ALLMAN_PENSION_PM).fetch();

        assertThat(info.providers()).containsExactly(
                new ProviderState(Payer.FORSAKRINGSKASSAN, ProviderState.State.OK, "OK"),
                new ProviderState(Payer.PENSIONSMYNDIGHETEN, state, code));
        assertThat(info.deviations()).isEmpty();
        assertThat(info.claims()).isEmpty();
        assertThat(info.payments()).isEmpty();
        assertThat(info.cases(Benefit.ALLMAN_PENSION)).hasSize(1);
        assertThat(info.isComplete()).isFalse();
    }

    @Test
    void fetch_whenAGroupFails_yieldsInternalErrorDeviationsAndTheOtherGroups() {
        LocalDate from = LocalDate.of(2020, 1, 1);
        LocalDate to = LocalDate.of(2021, 5, 20);
        BenefitInformation whole = fetch(nine, SyntheticPersons.PARENT, from, to);
        simulator.failingGroups(Benefit.FORALDRAPENNING);

        BenefitInformation info = fetch(nine, SyntheticPersons.PARENT, from, to);

        assertThat(info.deviations()).hasSize(2).allSatisfy(d -> {
            assertThat(d.benefit()).isEqualTo(Benefit.FORALDRAPENNING);
            assertThat(d.reason()).isEqualTo(Deviation.Reason.INTERNAL_ERROR);
        });
        assertThat(whole.cases(Benefit.FORALDRAPENNING)).isNotEmpty();
        assertThat(info.cases(Benefit.FORALDRAPENNING)).isEmpty();
        assertThat(info.cases(Benefit.TILLFALLIG_FORALDRAPENNING)).isEqualTo(whole.cases(Benefit.TILLFALLIG_FORALDRAPENNING))
                .isNotEmpty();
        assertThat(info.payments()).isNotEmpty().hasSizeLessThan(whole.payments().size());
        assertThat(info.providers()).allSatisfy(p -> assertThat(p.state()).isEqualTo(ProviderState.State.OK));
        assertThat(info.isComplete()).isFalse();
    }

    @Test
    void fetch_whenAFailingGroupIsOutsideTheAgreement_yieldsObehorig() {
        simulator.failingGroups(Benefit.AKTIVITETSSTOD);
        try (LefiClient insurer = simulator.clientBuilder(LefiVersion.V9_0)
                .aktorsId(SimulatedOrganisation.FORSAKRINGSBOLAG.aktorsId()).build()) {
            BenefitInformation info = insurer.query(Personnummer.parse(SyntheticPersons.JOB_PARTICIPANT))
                    .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                    .benefits(Benefit.AKTIVITETSSTOD).fetch();

            assertThat(info.deviations()).singleElement()
                    .satisfies(d -> assertThat(d.reason()).isEqualTo(Deviation.Reason.UNAUTHORISED));
        }
    }

    @Test
    void fetch_whenA400IsSet_throwsBusinessExceptionWithTheMessage() {
        simulator.error(SimulatedError.badRequest("Frågan är felaktig enligt simulatorn."));

        assertThatThrownBy(() -> fetch(nine, SyntheticPersons.SICK_EMPLOYEE, TODAY.minusMonths(1), TODAY))
                .isInstanceOfSatisfying(LefiBusinessException.class, e -> {
                    assertThat(e.statusCode()).hasValue(400);
                    assertThat(e.getMessage()).contains("Frågan är felaktig enligt simulatorn.");
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void fetch_whenA403IsSet_throwsBusinessException() {
        simulator.error(SimulatedError.forbidden("Aktören saknar behörighet."));

        assertThatThrownBy(() -> fetch(nine, SyntheticPersons.SICK_EMPLOYEE, TODAY.minusMonths(1), TODAY))
                .isInstanceOfSatisfying(LefiBusinessException.class, e -> assertThat(e.statusCode()).hasValue(403));
    }

    @Test
    void fetch_whenA500IsSet_throwsRetryableTechnicalExceptionAfterRetrying() {
        simulator.error(SimulatedError.technical("KALLSYSTEM_OTILLGANGLIGT"));
        int before = simulator.requestCount();

        assertThatThrownBy(() -> fetch(nine, SyntheticPersons.SICK_EMPLOYEE, TODAY.minusMonths(1), TODAY))
                .isInstanceOfSatisfying(LefiTechnicalException.class, e -> {
                    assertThat(e.statusCode()).hasValue(500);
                    assertThat(e.retryable()).isTrue();
                });
        assertThat(simulator.requestCount() - before).isGreaterThan(1);
    }

    @Test
    void fetch_whenTheAktorsIdIsUnknown_throwsBusinessException403() {
        try (LefiClient stranger = simulator.clientBuilder(LefiVersion.V9_0).aktorsId("026-51").build()) {
            assertThatThrownBy(() -> fetch(stranger, SyntheticPersons.SICK_EMPLOYEE, TODAY.minusMonths(1), TODAY))
                    .isInstanceOfSatisfying(LefiBusinessException.class, e -> assertThat(e.statusCode()).hasValue(403));
        }
    }

    @Test
    void fetch_whenThePersonsConnectionBreaks_throwsTransportException() {
        simulator.add(SimulatedPerson.builder("199001010017").name("Bruten Förbindelse")
                .networkFault(NetworkFault.CONNECTION_RESET).build());

        assertThatThrownBy(() -> fetch(nine, "199001010017", TODAY.minusMonths(1), TODAY))
                .isInstanceOf(LefiTransportException.class);
        simulator.remove("199001010017");
    }

    @Test
    void fetch_whenTheSimulatorIsSlowerThanTheTimeout_throwsTransportException() {
        simulator.delay(Duration.ofSeconds(3));
        try (LefiClient impatient = simulator.clientBuilder(LefiVersion.V9_0).responseTimeout(Duration.ofMillis(500))
                .build()) {
            assertThatThrownBy(() -> fetch(impatient, SyntheticPersons.SICK_EMPLOYEE, TODAY.minusMonths(1), TODAY))
                    .isInstanceOf(LefiTransportException.class);
        }
    }

    @Test
    void verify_whenAVersion9QueryWasAnswered_recordsItWithTheMaskedPersonnummer() {
        simulator.clearRequests();

        fetch(nine, SyntheticPersons.PARENT, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));

        simulator.verify().queried(SyntheticPersons.PARENT).inVersion(LefiVersion.V9_0)
                .forBenefits(Benefit.SJUKPENNING).once();
        RecordedQuery q = simulator.requests().get(simulator.requests().size() - 1);
        assertThat(q.aktorsId()).contains(SimulatedOrganisation.KOMMUN.aktorsId());
        assertThat(q.organisationsnummer()).isEmpty();
        assertThat(q.outcome().answered()).isTrue();
        assertThat(q.toString()).contains("aktorsId=", Personnummer.parse(SyntheticPersons.PARENT).masked())
                .doesNotContain(SyntheticPersons.PARENT);
    }

    @Test
    void ping_whenTheClientSpeaks9_usesTheAvailableTypesAndSucceeds() {
        assertThat(nine.ping().version()).isEqualTo(LefiVersion.V9_0);
        assertThat(nine.availableInformationTypes().claims()).contains(Benefit.ALLMAN_PENSION_PM);
    }
}
