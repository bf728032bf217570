package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Decision;
import se.lefi.client.model.Details;
import se.lefi.client.model.Deviation;
import se.lefi.client.model.InformationEntry;
import se.lefi.client.model.SteplessSettlement;
import se.lefi.client.testkit.internal.PersonsFile;

/**
 * Tests the facts only version 9 has (mottagare av barnbidrag FK:MABB, skatteuppgift FK:SKUP,
 * steglös avräkning under FK:SA, Pensionsmyndigheten's levnadsintyg PM:LINT) through the real
 * version 9 client: the decoded values, the agreement's {@code OBEHORIG}, nothing in 6.0, and the
 * persons file giving the same answers as the builder.
 */
class V9OnlyFactsFunctionalTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 5, 20);
    private static final String ELSA = SyntheticPersons.PARENT_STUDENT_CHILD;

    private static LefiOnlineSimulator simulator;
    private static LefiClient nine;
    private static LefiClient six;

    @BeforeAll
    static void start() {
        LefiOnlineSimulator.Builder builder = LefiOnlineSimulator.builder().today(TODAY);
        Version9OnlyPersons.built().forEach(builder::person);
        simulator = builder.start();
        nine = simulator.clientBuilder(LefiVersion.V9_0).responseTimeout(Duration.ofSeconds(10)).build();
        six = simulator.clientBuilder(LefiVersion.V6_0).responseTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        nine.close();
        six.close();
        simulator.close();
    }

    private static BenefitInformation fetch(String pnr, LocalDate from, LocalDate to, Benefit... benefits) {
        return nine.query(Personnummer.parse(pnr)).period(from, to).benefits(benefits).fetch();
    }

    @Test
    void fetch_whenTheChildsBarnbidragIsAsked_yieldsTheParentAsRecipientAndBothDecisions() {
        BenefitInformation info = fetch(ELSA, LocalDate.of(2020, 1, 1), TODAY, Benefit.MOTTAGARE_AV_BARNBIDRAG);

        BenefitCase received = info.cases(Benefit.MOTTAGARE_AV_BARNBIDRAG).get(0);
        assertThat(info.cases()).containsExactly(received);
        assertThat(received.type()).isEqualTo("mottagareavbarnbidrag");
        Details recipient = received.details().child("grunduppgifter").orElseThrow().child("personuppgift").orElseThrow();
        assertThat(recipient.personnummer("personnummer")).contains(Personnummer.parse(SyntheticPersons.PARENT));
        assertThat(recipient.text("namn")).contains("Petra Föräldersson");
        assertThat(recipient.date("foddes")).contains(LocalDate.of(1988, 9, 15));

        List<Decision> decisions = received.decisions();
        assertThat(decisions).extracting(d -> d.subBenefit().orElseThrow().id()).containsExactly("ABB", "FBB");
        assertThat(decisions).allSatisfy(d -> {
            assertThat(d.benefit()).contains(new Code("ABB", "Barnbidrag"));
            assertThat(d.decidedGross()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1250"));
            Details basis = d.details().child("underlag").orElseThrow();
            assertThat(basis.text("utbetalningsmottagare")).contains(Personnummer.parse(SyntheticPersons.PARENT).value());
            assertThat(basis.flag("tvaBidragsmottagare")).contains(false);
        });
        // Allmänt barnbidrag from the month after birth to the quarter she turned 16, then förlängt.
        assertThat(decisions.get(0).period()).contains(DatePeriod.of(LocalDate.of(2004, 7, 1), LocalDate.of(2020, 6, 30)));
        assertThat(decisions.get(1).period()).contains(DatePeriod.of(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 30)));
        assertThat(decisions.get(1).details().child("underlag").orElseThrow().flag("skolgang")).contains(true);
        assertThat(decisions).allSatisfy(d -> assertThat(d.decided()).hasValueSatisfying(
                day -> assertThat(day).isBefore(d.period().orElseThrow().from().orElseThrow())));
    }

    @Test
    void fetch_whenOnlyTheExtendedPeriodIsAsked_yieldsOnlyTheForlangtBarnbidragDecision() {
        BenefitInformation info = fetch(ELSA, LocalDate.of(2020, 9, 1), TODAY, Benefit.MOTTAGARE_AV_BARNBIDRAG);

        assertThat(info.cases(Benefit.MOTTAGARE_AV_BARNBIDRAG)).singleElement().satisfies(c -> assertThat(c.decisions())
                .extracting(d -> d.subBenefit().orElseThrow().id()).containsExactly("FBB"));
    }

    @Test
    void fetch_whenAnOtherStateAuthorityWithTheGroupAsks_yieldsTheExtendedDecisionWithoutItsPeriod() {
        SimulatedOrganisation authority = new SimulatedOrganisation("2021002122", UserCategory.OTHER_STATE_AUTHORITY,
                Set.of(Benefit.MOTTAGARE_AV_BARNBIDRAG));
        simulator.addOrganisation(authority);
        try (LefiClient client = simulator.clientBuilder(LefiVersion.V9_0).aktorsId(authority.aktorsId()).build()) {
            BenefitInformation info = client.query(Personnummer.parse(ELSA))
                    .period(LocalDate.of(2020, 1, 1), TODAY).benefits(Benefit.MOTTAGARE_AV_BARNBIDRAG).fetch();

            List<Decision> decisions = info.cases(Benefit.MOTTAGARE_AV_BARNBIDRAG).get(0).decisions();
            assertThat(decisions).hasSize(2);
            assertThat(decisions.get(0).period()).isPresent();
            assertThat(decisions.get(1).period()).isEmpty();
        }
    }

    @Test
    void fetch_whenTwoParentsShareTheBarnbidrag_yieldsOneCaseEachWithHalfTheAmountAndBothAsPaid() {
        BenefitInformation info = fetch(Version9OnlyPersons.SHARED_CHILD, LocalDate.of(2020, 1, 1), TODAY,
                Benefit.MOTTAGARE_AV_BARNBIDRAG);

        List<BenefitCase> cases = info.cases(Benefit.MOTTAGARE_AV_BARNBIDRAG);
        assertThat(cases).extracting(c -> c.details().child("grunduppgifter").orElseThrow().child("personuppgift")
                .orElseThrow().personnummer("personnummer").orElseThrow())
                .containsExactly(Personnummer.parse(SyntheticPersons.PARENT),
                        Personnummer.parse(Version9OnlyPersons.SECOND_PARENT));
        String both = Personnummer.parse(SyntheticPersons.PARENT).value() + "/" + Version9OnlyPersons.SECOND_PARENT;
        assertThat(cases).allSatisfy(c -> assertThat(c.decisions()).singleElement().satisfies(d -> {
            assertThat(d.decidedGross()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("625"));
            // Born 2017-05-02: from June 2017 to the quarter of the 16th birthday.
            assertThat(d.period()).contains(DatePeriod.of(LocalDate.of(2017, 6, 1), LocalDate.of(2033, 6, 30)));
            Details basis = d.details().child("underlag").orElseThrow();
            assertThat(basis.flag("tvaBidragsmottagare")).contains(true);
            assertThat(basis.text("utbetalningsmottagare")).contains(both);
        }));
    }

    @Test
    void fetch_whenTheSickEmployeesSkatteuppgiftIsAsked_yieldsTheSkatteredovisningsnummer() {
        BenefitInformation info = fetch(SyntheticPersons.SICK_EMPLOYEE, LocalDate.of(2021, 1, 1), TODAY,
                Benefit.SKATTEUPPGIFT);

        assertThat(info.entries()).singleElement().satisfies(e -> {
            assertThat(e.benefit()).isEqualTo(Benefit.SKATTEUPPGIFT);
            assertThat(e.type()).isEqualTo("skatteuppgift");
            assertThat(e.details().text("skatteredovisningsnummer")).contains(SyntheticPersons.SICK_EMPLOYEE);
        });
        assertThat(info.deviations()).isEmpty();
    }

    @Test
    void fetch_whenSteglosAvrakningIsAsked_yieldsTheSettledYearAsHistoryAndTodaysYearAsPresent() {
        BenefitInformation info = fetch(Version9OnlyPersons.STEPLESS, LocalDate.of(2020, 1, 1),
                LocalDate.of(2021, 12, 31), Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING);

        List<InformationEntry> entries = info.entries(Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING);
        assertThat(entries).extracting(InformationEntry::type).containsExactly(
                "sjukOchAktivitetsersattningSteglosAvrakningHistorik", "sjukOchAktivitetsersattningSteglosAvrakningNulage");
        // Typed as 5.x and 6.0 type the settlement inside the case, so the same code reads both.
        List<SteplessSettlement> settlements = info.steplessSettlements();
        assertThat(settlements).hasSize(2);
        // 2020: 130 000 kr of income, 50 000 over the fribelopp, half of it reclaimed.
        SteplessSettlement history = settlements.get(0);
        assertThat(history.year()).hasValue(2020);
        assertKronor(history.incomeInSweden(), "118000");
        assertKronor(history.incomeAbroad(), "12000");
        assertKronor(history.allowance(), "80000");
        assertKronor(history.difference(), "50000");
        assertKronor(history.payment(), "125000");
        assertKronor(history.recovery(), "25000");
        assertThat(entries.get(0).steplessSettlement()).contains(history);
        assertThat(entries.get(0).year()).hasValue(2020);
        // 2021, the simulator's year: income within the fribelopp, nothing reduced or reclaimed.
        SteplessSettlement present = settlements.get(1);
        assertThat(present.year()).hasValue(2021);
        assertKronor(present.difference(), "0");
        assertKronor(present.payment(), "152000");
        assertThat(present.recovery()).isEmpty();
        assertAmount(entries.get(1).details(), "utbetalning", "152000");
        assertThat(info.cases()).isEmpty();
    }

    @Test
    void fetch_whenThePeriodReachesAYearAfterToday_leavesThatYearsSteglosAvrakningOut() {
        BenefitInformation info = fetch(Version9OnlyPersons.STEPLESS, LocalDate.of(2021, 6, 1),
                LocalDate.of(2022, 12, 31), Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING);

        assertThat(info.entries()).singleElement()
                .satisfies(e -> assertThat(e.year()).hasValue(2021));
    }

    @Test
    void fetch_whenLevnadsintygIsAsked_yieldsPensionsmyndighetensEntriesUpdatedInThePeriod() {
        BenefitInformation recent = fetch(Version9OnlyPersons.PENSIONER_ABROAD, LocalDate.of(2021, 1, 1), TODAY,
                Benefit.LEVNADSINTYG_PM);
        BenefitInformation twoYears = fetch(Version9OnlyPersons.PENSIONER_ABROAD, LocalDate.of(2020, 1, 1), TODAY,
                Benefit.LEVNADSINTYG_PM);

        assertThat(recent.entries()).singleElement().satisfies(e -> {
            assertThat(e.benefit()).isEqualTo(Benefit.LEVNADSINTYG_PM);
            assertThat(e.type()).isEqualTo("levnadsintyg");
            assertThat(e.details().date("senastUppdaterad")).contains(LocalDate.of(2021, 3, 2));
            assertThat(e.details().code("levnadsintygsstatus")).contains(new Code("1", "Levnadsintygsstatus 1"));
        });
        assertThat(twoYears.entries(Benefit.LEVNADSINTYG_PM)).extracting(e -> e.details().code("levnadsintygsstatus")
                .orElseThrow()).containsExactlyInAnyOrder(new Code("20", "Levnadsintyg begärt"),
                        new Code("1", "Levnadsintygsstatus 1"));
        assertThat(recent.providers()).extracting(p -> p.state().name()).containsExactly("OK");
    }

    @Test
    void fetch_whenTheSamePersonsAreAskedIn60_yieldsNothingOfVersion9sOwnFacts() {
        BenefitInformation stepless = six.query(Personnummer.parse(Version9OnlyPersons.STEPLESS))
                .period(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31))
                .benefits(Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING, Benefit.GENERELL_PERSONINFORMATION).fetch();
        BenefitInformation child = six.query(Personnummer.parse(ELSA)).period(LocalDate.of(2020, 1, 1), TODAY)
                .benefits(Benefit.BARNBIDRAG, Benefit.GENERELL_PERSONINFORMATION).fetch();

        assertThat(stepless.person()).isPresent();
        assertThat(stepless.entries()).isEmpty();
        assertThat(stepless.cases()).isEmpty();
        assertThat(child.person()).isPresent();
        assertThat(child.cases()).isEmpty();
    }

    static Stream<Arguments> outsideTheAgreement() {
        return Stream.of(
                Arguments.of(SimulatedOrganisation.FORSAKRINGSBOLAG, ELSA, Benefit.MOTTAGARE_AV_BARNBIDRAG),
                Arguments.of(SimulatedOrganisation.FORSAKRINGSBOLAG, SyntheticPersons.SICK_EMPLOYEE,
                        Benefit.SKATTEUPPGIFT),
                Arguments.of(SimulatedOrganisation.FORSAKRINGSBOLAG, Version9OnlyPersons.PENSIONER_ABROAD,
                        Benefit.LEVNADSINTYG_PM),
                Arguments.of(SimulatedOrganisation.OTHER_STATE_AUTHORITY, Version9OnlyPersons.STEPLESS,
                        Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING));
    }

    @ParameterizedTest
    @MethodSource("outsideTheAgreement")
    void fetch_whenTheAgreementDoesNotCoverTheGroup_yieldsObehorigAndNoData(SimulatedOrganisation organisation,
            String pnr, Benefit benefit) {
        try (LefiClient client = simulator.clientBuilder(LefiVersion.V9_0).aktorsId(organisation.aktorsId()).build()) {
            BenefitInformation info = client.query(Personnummer.parse(pnr)).period(LocalDate.of(2020, 1, 1), TODAY)
                    .benefits(benefit, Benefit.GENERELL_PERSONINFORMATION).fetch();

            assertThat(info.deviations()).singleElement().satisfies(d -> {
                assertThat(d.benefit()).isEqualTo(benefit);
                assertThat(d.benefitCode()).isEqualTo(benefit.code());
                assertThat(d.reason()).isEqualTo(Deviation.Reason.UNAUTHORISED);
                assertThat(d.code()).isEqualTo("OBEHORIG");
            });
            assertThat(info.person()).isPresent();
            assertThat(info.cases(benefit)).isEmpty();
            assertThat(info.entries(benefit)).isEmpty();
            assertThat(info.isComplete()).isFalse();
        }
    }

    static Stream<Arguments> queries() {
        List<String> none = List.of();
        return Stream.of(
                Arguments.of(ELSA, "2019-06-01", "2021-05-31", List.of("FK:MABB", "FK:ABB"), none),
                Arguments.of(Version9OnlyPersons.SHARED_CHILD, "2020-01-01", "2021-05-20", List.of("FK:MABB"), none),
                Arguments.of(Version9OnlyPersons.TAXED, "2021-01-01", "2021-05-20", none, List.of("FK:SKUP", "FK:GEPI")),
                Arguments.of(Version9OnlyPersons.STEPLESS, "2020-01-01", "2021-12-31", List.of("FK:SA"), none),
                Arguments.of(Version9OnlyPersons.PENSIONER_ABROAD, "2020-01-01", "2021-05-20", none,
                        List.of("PM:LINT")));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void personsFile_whenItDescribesTheBuildersPersons_answersTheSameJson(String pnr, String from, String tom,
            List<String> groups, List<String> other) throws IOException {
        PersonsFile.Content content = PersonsFile.read(
                new ByteArrayInputStream(Version9OnlyPersons.yaml().getBytes(StandardCharsets.UTF_8)), true,
                "version9-only.yaml");
        String query = RawV9.query(pnr, from, tom, groups, List.of(), List.of(), other);

        RawV9.Answer built = RawV9.post(simulator.baseUrl(), SimulatedOrganisation.KOMMUN.aktorsId(), query);
        RawV9.Answer read;
        LefiOnlineSimulator.Builder fromFile = LefiOnlineSimulator.builder().today(TODAY).withoutDefaultPersons();
        content.persons().forEach(fromFile::person);
        try (LefiOnlineSimulator other9 = fromFile.start()) {
            read = RawV9.post(other9.baseUrl(), SimulatedOrganisation.KOMMUN.aktorsId(), query);
        }

        assertThat(content.persons()).hasSize(5);
        assertThat(built.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(built.body());
        assertThat(V9Schema.errors("LefiExternFormansinformationSvar", built.body())).isEmpty();
        assertThat(built.body()).doesNotContain("\"avvikelser\"");
    }

    @Test
    void personsFile_whenTheExtendedPeriodStartsOnTheWrongDay_failsWithThePathAndNoPersonnummer() {
        String yaml = Version9OnlyPersons.yaml().replace("extendedFrom: 2020-07-01", "extendedFrom: 2020-08-01");

        assertThatThrownBy(() -> PersonsFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                true, "version9-only.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("persons[4]").hasMessageContaining("20040610-****")
                .hasMessageContaining("2020-07-01")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(ELSA, "20040610-1469", "198809152468",
                        "19880915-2468", "8809152468"));
    }

    @Test
    void personsFile_whenSharedWithAndTheExtendedPeriodAreCombined_failsWithThePath() {
        String shared = "sharedWith: {personnummer: \"19860214-4563\", name: Adam Föräldersson}";
        String yaml = Version9OnlyPersons.yaml().replace(shared,
                shared + "\n        extendedFrom: 2033-07-01\n        extendedTo: 2034-06-30");

        assertThatThrownBy(() -> PersonsFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                true, "version9-only.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("persons[1]").hasMessageContaining("sharedWith")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("198602144563", "19860214-4563"));
    }

    @Test
    void builder_whenAChildIsItsOwnRecipientOrTheStatusIsUnknown_failsWithoutAPersonnummer() {
        assertThatThrownBy(() -> SimulatedPerson.builder(ELSA).childAllowanceRecipient(ELSA, "Elsa Föräldersson"))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(ELSA, "20040610"));
        assertThatThrownBy(() -> SimulatedPerson.builder(ELSA).sharedChildAllowance(SyntheticPersons.PARENT, "Petra",
                SyntheticPersons.PARENT, "Petra"))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SyntheticPersons.PARENT, "19880915"));
        assertThatThrownBy(() -> SimulatedPerson.builder(ELSA).lifeCertificate(TODAY, 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 6");
        assertThatThrownBy(() -> SimulatedPerson.builder(ELSA).taxReportingNumber(" "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatedPerson.builder(ELSA).steplessSettlement(20, 0, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toString_whenThePersonHasVersion9OnlyFacts_masksThePersonnummerAndLeavesOutTheRecipient() {
        SimulatedPerson elsa = simulator.person(ELSA).orElseThrow();
        SimulatedPerson taxed = simulator.person(Version9OnlyPersons.TAXED).orElseThrow();

        assertThat(elsa.toString()).contains("20040610-****")
                .doesNotContain(ELSA, "Elsa", SyntheticPersons.PARENT, "Petra");
        assertThat(taxed.toString()).contains("19810505-****").doesNotContain(Version9OnlyPersons.TAXED);
    }

    private static void assertKronor(Optional<BigDecimal> amount, String expected) {
        assertThat(amount).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(new BigDecimal(expected)));
    }

    private static void assertAmount(Details details, String name, String expected) {
        assertThat(details.amount(name)).as(name).hasValueSatisfying(a -> assertThat(a)
                .isEqualByComparingTo(new BigDecimal(expected)));
    }
}
