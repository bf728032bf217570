package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;

/**
 * Checks that every version 9 answer of the simulator, for every default person and every
 * disturbance, and every request the real client sends it, validates against Försäkringskassan's
 * OpenAPI schemas (networknt's validator).
 */
class V9SchemaFunctionalTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 5, 20);
    private static final List<String> FK = List.of("FK:ABB", "FK:AP", "FK:AS", "FK:BOB", "FK:BST", "FK:BTI", "FK:DPE",
            "FK:EJO", "FK:ET", "FK:FP", "FK:FSJP", "FK:GP", "FK:HE", "FK:MABB", "FK:MEK", "FK:NP", "FK:OMV", "FK:PJOB",
            "FK:PROG", "FK:RBE", "FK:SA", "FK:SBP", "FK:SJP", "FK:TFP", "FK:US", "FK:VB", "FK:YL");
    private static final List<String> PM = List.of("PM:AP", "PM:BTI", "PM:EF");
    private static final List<String> OTHER = List.of("FK:GEPI", "FK:PANV", "FK:SGI", "FK:SKUP", "FK:STAV", "PM:LINT",
            "PM:PBH", "PM:PU");
    /** Two-year windows that together cover every default person's facts. */
    private static final List<String[]> WINDOWS = List.of(new String[] {"2013-06-01", "2015-05-31"},
            new String[] {"2019-01-01", "2020-12-31"}, new String[] {"2020-06-01", "2022-05-31"});

    private static LefiOnlineSimulator simulator;
    private static final List<String> SENT = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() {
        LefiOnlineSimulator.Builder builder = LefiOnlineSimulator.builder().today(TODAY);
        Version9OnlyPersons.built().forEach(builder::person);
        simulator = builder.start();
        simulator.onVersion9Request((path, body) -> {
            if (path.endsWith("/fraga")) {
                SENT.add(new String(body, StandardCharsets.UTF_8));
            }
        });
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @AfterEach
    void clear() {
        simulator.clearDisturbances();
    }

    private static String kommun() {
        return SimulatedOrganisation.KOMMUN.aktorsId();
    }

    private static List<String> all() {
        List<String> groups = new ArrayList<>(FK);
        groups.addAll(PM);
        return groups;
    }

    static Stream<Arguments> personsAndWindows() {
        return SyntheticPersons.all(TODAY).stream().flatMap(p -> WINDOWS.stream()
                .map(w -> Arguments.of(p.personnummer().value(), w[0], w[1])));
    }

    @ParameterizedTest
    @MethodSource("personsAndWindows")
    void query_whenEveryCodeIsAskedForADefaultPerson_answerValidates(String pnr, String from, String tom) {
        RawV9.Answer answer = RawV9.post(simulator.baseUrl(), kommun(), RawV9.query(pnr, from, tom, FK, PM, all(),
                OTHER));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(V9Schema.errors("LefiExternFormansinformationSvar", answer.body())).isEmpty();
        assertThat(answer.body()).contains("\"utlamnare\"").contains("\"generellPersoninformation\"");
    }

    static Stream<Arguments> version9OnlyPersonsAndWindows() {
        return Version9OnlyPersons.built().stream().flatMap(p -> WINDOWS.stream()
                .map(w -> Arguments.of(p.personnummer().value(), w[0], w[1])));
    }

    @ParameterizedTest
    @MethodSource("version9OnlyPersonsAndWindows")
    void query_whenEveryCodeIsAskedForAPersonWithVersion9sOwnFacts_answerValidates(String pnr, String from,
            String tom) {
        RawV9.Answer answer = RawV9.post(simulator.baseUrl(), kommun(), RawV9.query(pnr, from, tom, FK, PM, all(),
                OTHER));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(V9Schema.errors("LefiExternFormansinformationSvar", answer.body())).isEmpty();
    }

    @Test
    void query_whenVersion9sOwnFactsAreAsked_answerHasTheirListsAndValidates() {
        String[][] expected = {
            {SyntheticPersons.PARENT_STUDENT_CHILD, "\"mottagareavbarnbidrag\"", "\"utbetalningsmottagare\""},
            {Version9OnlyPersons.SHARED_CHILD, "\"mottagareavbarnbidrag\"", "\"tvaBidragsmottagare\":true"},
            {SyntheticPersons.SICK_EMPLOYEE, "\"skatteuppgift\"", "\"skatteredovisningsnummer\""},
            {Version9OnlyPersons.STEPLESS, "\"sjukOchAktivitetsersattningSteglosAvrakningHistorik\"",
                "\"sjukOchAktivitetsersattningSteglosAvrakningNulage\""},
            {Version9OnlyPersons.PENSIONER_ABROAD, "\"levnadsintyg\"", "\"PM:LINT\""}};
        for (String[] person : expected) {
            RawV9.Answer answer = RawV9.post(simulator.baseUrl(), kommun(), RawV9.query(person[0], "2020-01-01",
                    "2021-12-31", FK, PM, all(), OTHER));

            assertThat(V9Schema.errors("LefiExternFormansinformationSvar", answer.body())).as(person[1]).isEmpty();
            assertThat(answer.body()).contains(person[1], person[2]);
        }
    }

    @Test
    void query_whenThePensionerIsAsked_answerHasPensionsmyndighetensListsAndValidates() {
        RawV9.Answer answer = RawV9.post(simulator.baseUrl(), kommun(), RawV9.query(SyntheticPersons.PENSIONER,
                "2020-05-01", "2021-07-31", List.of("FK:AP"), PM, all(), List.of("FK:GEPI")));

        assertThat(V9Schema.errors("LefiExternFormansinformationSvar", answer.body())).isEmpty();
        assertThat(answer.body()).contains("\"ansprak\"", "\"beslut\"", "\"utbetalningar\"",
                "\"preliminaraUtbetalningar\"", "\"PM:AP\"", "\"allmanpensionsarende\"");
    }

    @Test
    void query_whenThePensionerIsAskedForOtherInformation_answerHasBalancesAndEarningsAndValidates() {
        RawV9.Answer answer = RawV9.post(simulator.baseUrl(), kommun(), RawV9.query(SyntheticPersons.PENSIONER,
                "2019-01-01", "2020-12-31", List.of(), List.of(), List.of(), List.of("PM:PBH", "PM:PU")));

        assertThat(V9Schema.errors("LefiExternFormansinformationSvar", answer.body())).isEmpty();
        assertThat(answer.body()).contains("\"ovrigInformation\"", "\"pensionsbehallning\"", "\"pensionsunderlag\"",
                "\"PREP\"", "\"faststallelsear\"");
    }

    @Test
    void query_whenTheSickEmployeeIsAskedForForebyggandeSjukpenning_answerHasTheCaseAndValidates() {
        RawV9.Answer answer = RawV9.post(simulator.baseUrl(), kommun(), RawV9.query(SyntheticPersons.SICK_EMPLOYEE,
                "2021-03-01", "2021-03-31", List.of("FK:FSJP"), List.of(), List.of("FK:FSJP"), List.of()));

        assertThat(V9Schema.errors("LefiExternFormansinformationSvar", answer.body())).isEmpty();
        assertThat(answer.body()).contains("\"forebyggandeSjukpenningsarende\"", "\"ersattningsdagar\"",
                "\"utbetalningsuppgift\"", "\"FSJP\"");
    }

    @Test
    void query_whenTheAgreementDoesNotCoverAGroup_deviationsValidate() {
        RawV9.Answer answer = RawV9.post(simulator.baseUrl(), SimulatedOrganisation.FORSAKRINGSBOLAG.aktorsId(),
                RawV9.query(SyntheticPersons.PENSIONER, "2020-01-01", "2021-05-31", FK, PM, all(), OTHER));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(V9Schema.errors("LefiExternFormansinformationSvar", answer.body())).isEmpty();
        assertThat(answer.body()).contains("\"avvikelser\"", "\"OBEHORIG\"", "\"ovrigInformationstyp\"");
    }

    @Test
    void query_whenAProviderDoesNotAnswer_answerValidates() {
        simulator.unavailableProviders(SimulatedProvider.PENSIONSMYNDIGHETEN, SimulatedProvider.FORSAKRINGSKASSAN);

        RawV9.Answer answer = RawV9.post(simulator.baseUrl(), kommun(), RawV9.query(SyntheticPersons.PENSIONER,
                "2020-01-01", "2021-05-31", FK, PM, all(), OTHER));

        assertThat(V9Schema.errors("LefiExternFormansinformationSvar", answer.body())).isEmpty();
        assertThat(answer.body()).contains("\"OTILLGANGLIG\"").doesNotContain("\"formansinformation\":{");
    }

    @Test
    void query_whenAGroupFailsAndAProvidersDataIsMissing_answerValidates() {
        simulator.failingGroups(Benefit.SJUKPENNING, Benefit.BARNBIDRAG);
        simulator.missingProviders(SimulatedProvider.PENSIONSMYNDIGHETEN);

        RawV9.Answer answer = RawV9.post(simulator.baseUrl(), kommun(), RawV9.query(SyntheticPersons.PENSIONER,
                "2020-01-01", "2021-05-31", FK, PM, all(), OTHER));

        assertThat(V9Schema.errors("LefiExternFormansinformationSvar", answer.body())).isEmpty();
        assertThat(answer.body()).contains("\"INTERNT_FEL\"", "\"FELANDE\"", "\"FK:SJP\"");
    }

    static Stream<Arguments> errors() {
        return Stream.of(Arguments.of(SimulatedError.technical("KALLSYSTEM_OTILLGANGLIGT"), 500),
                Arguments.of(SimulatedError.applikationsfel(), 500),
                Arguments.of(SimulatedError.badRequest("Frågan är felaktig."), 400),
                Arguments.of(SimulatedError.forbidden("Aktören saknar behörighet."), 403));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void query_whenAnErrorIsSet_felsvarValidates(SimulatedError error, int status) {
        simulator.error(error);

        RawV9.Answer answer = RawV9.post(simulator.baseUrl(), kommun(), RawV9.query(SyntheticPersons.SICK_EMPLOYEE,
                "2021-01-01", "2021-05-20", List.of("FK:SJP"), List.of(), List.of(), List.of()));
        RawV9.Answer types = RawV9.types(simulator.baseUrl(), kommun());

        assertThat(answer.status()).isEqualTo(status);
        assertThat(V9Schema.errors("LefiFelsvar", answer.body())).isEmpty();
        assertThat(answer.body()).contains(error.felmeddelande());
        assertThat(types.status()).isEqualTo(status);
        assertThat(V9Schema.errors("LefiFelsvar", types.body())).isEmpty();
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of(RawV9.query(SyntheticPersons.SICK_EMPLOYEE, "2021-01-01", "2021-05-20", List.of(), List.of(),
                        List.of(), List.of()), "ingen förmånsgrupp"),
                Arguments.of(RawV9.query(SyntheticPersons.SICK_EMPLOYEE, "2018-01-01", "2021-05-20", List.of("FK:SJP"),
                        List.of(), List.of(), List.of()), "högst två år"),
                Arguments.of(RawV9.query("198504122387", "2021-01-01", "2021-05-20", List.of("FK:SJP"), List.of(),
                        List.of(), List.of()), "Personnumret"),
                Arguments.of(RawV9.query(SyntheticPersons.SICK_EMPLOYEE, "2021-05-20", "2021-01-01", List.of("FK:SJP"),
                        List.of(), List.of(), List.of()), "Perioden"),
                Arguments.of(RawV9.query(SyntheticPersons.SICK_EMPLOYEE, "2021-01-01", "2021-05-20", List.of("PM:AP"),
                        List.of(), List.of(), List.of()), "PM:AP"),
                Arguments.of("{\"personnummer\":", "tolkas"));
    }

    @ParameterizedTest
    @MethodSource("badQueries")
    void query_whenTheQueryBreaksARule_answers400WithAValidFelsvar(String body, String text) {
        RawV9.Answer answer = RawV9.post(simulator.baseUrl(), kommun(), body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(V9Schema.errors("LefiFelsvar", answer.body())).isEmpty();
        assertThat(answer.body()).contains(text);
    }

    @Test
    void query_whenTheAktorsIdIsUnknown_answers403WithAValidFelsvar() {
        RawV9.Answer answer = RawV9.post(simulator.baseUrl(), "026-51", RawV9.query(SyntheticPersons.SICK_EMPLOYEE,
                "2021-01-01", "2021-05-20", List.of("FK:SJP"), List.of(), List.of(), List.of()));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(V9Schema.errors("LefiFelsvar", answer.body())).isEmpty();
    }

    @Test
    void availableTypes_whenEachDefaultOrganisationAsks_answerValidatesAndFollowsTheAgreement() {
        for (SimulatedOrganisation o : SimulatedOrganisation.defaults()) {
            RawV9.Answer answer = RawV9.types(simulator.baseUrl(), o.aktorsId());

            assertThat(answer.status()).isEqualTo(200);
            assertThat(V9Schema.errors("LefiExternTillgangligaInformationstyper", answer.body())).isEmpty();
            assertThat(answer.body().contains("\"FK:AS\"")).isEqualTo(o.agreement().contains(Benefit.AKTIVITETSSTOD));
        }
    }

    @Test
    void client_whenItQueriesEveryDefaultPersonForEverything_sendsRequestsThatValidate() {
        Set<Benefit> benefits = new TreeSet<>();
        Set<Benefit> payments = new TreeSet<>();
        for (Benefit b : Benefit.values()) {
            if (b == Benefit.UNKNOWN || b == Benefit.EFTERLEVANDEPENSION || b == Benefit.INTJANANDE
                    || b == Benefit.LEVNADSINTYG) {
                continue;
            }
            benefits.add(b);
            if (FK.contains(b.code()) || PM.contains(b.code())) {
                payments.add(b);
            }
        }
        SENT.clear();
        int answered = 0;
        try (LefiClient client = simulator.client(LefiVersion.V9_0)) {
            for (SimulatedPerson p : SyntheticPersons.all(TODAY)) {
                BenefitInformation info = client.query(p.personnummer())
                        .period(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31))
                        .benefits(benefits.toArray(Benefit[]::new))
                        .payments(payments.toArray(Benefit[]::new))
                        .preliminaryPayments(payments.toArray(Benefit[]::new))
                        .fetch();
                assertThat(info.version()).isEqualTo(LefiVersion.V9_0);
                answered++;
            }
            assertThat(client.availableInformationTypes().benefits()).contains(Benefit.SJUKPENNING);
        }

        assertThat(answered).isEqualTo(SyntheticPersons.all(TODAY).size());
        assertThat(SENT).hasSize(answered);
        for (String request : SENT) {
            assertThat(V9Schema.errors("LefiExternFormansinformationFraga", request)).isEmpty();
        }
        assertThat(SENT.get(0)).doesNotContain(Personnummer.parse(SyntheticPersons.PARENT).value())
                .contains(SyntheticPersons.SICK_EMPLOYEE);
    }
}
