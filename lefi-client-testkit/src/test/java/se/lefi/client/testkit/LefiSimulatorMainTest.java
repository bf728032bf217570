package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lefi.client.Benefit;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.tck.ClearPersonnummer;

/** Checks the standalone simulator's command line in this JVM: options, persons files and exit codes. */
class LefiSimulatorMainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private LefiSimulatorMain.Started start(String... args) {
        return LefiSimulatorMain.start(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void run_withHelp_printsUsageAndReturnsZero() {
        int code = LefiSimulatorMain.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--help");

        assertThat(code).isZero();
        assertThat(out()).contains("--port N", "--version V[,V...]", "--persons FILE", "--tls MODE");
    }

    @Test
    void run_withUnknownOption_returnsTwo() {
        int code = LefiSimulatorMain.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--prot", "8080");

        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("unknown option --prot").contains("Try --help.");
    }

    @Test
    void start_withBadValues_returnsTwoNamingTheOption() {
        assertThat(start("--version", "7").exitCode()).isEqualTo(2);
        assertThat(start("--port", "70000").exitCode()).isEqualTo(2);
        assertThat(start("--today", "2021-13-01").exitCode()).isEqualTo(2);
        assertThat(start("--tls", "maybe").exitCode()).isEqualTo(2);
        assertThat(start("--certificates", dir.toString()).exitCode()).isEqualTo(2);
        assertThat(start("--port").exitCode()).isEqualTo(2);

        assertThat(err()).contains("--version takes 5.0, 5.1, 6.0 or 9", "--port takes a number", "--today takes a date",
                "--tls takes none, https or mutual", "--certificates needs --tls", "--port needs a value");
    }

    @Test
    void start_withVersion9_printsTheBaseUrlAndAktorsIdAClientUses() {
        LefiSimulatorMain.Started started = start("--port", "0", "--version", "9", "--today", "2021-05-20");
        try (LefiOnlineSimulator simulator = started.simulator();
                se.lefi.client.LefiClient client = se.lefi.client.LefiClient.builder()
                        .endpoint(simulator.baseUrl()).version(se.lefi.client.LefiVersion.V9_0)
                        .aktorsId(SimulatedOrganisation.KOMMUN.aktorsId()).build()) {
            assertThat(out()).contains("version 9: endpoint " + simulator.baseUrl(),
                    "aktors-id " + SimulatedOrganisation.KOMMUN.aktorsId(), "versions 9;");
            assertThat(client.query(se.lefi.client.Personnummer.parse(SyntheticPersons.SICK_EMPLOYEE))
                    .period(java.time.LocalDate.of(2021, 2, 1), java.time.LocalDate.of(2021, 2, 28))
                    .benefits(se.lefi.client.Benefit.SJUKPENNING).fetch().cases()).hasSize(1);
        }
    }

    @Test
    void start_whenPortTaken_returnsOne() {
        try (LefiOnlineSimulator taken = LefiOnlineSimulator.start()) {
            LefiSimulatorMain.Started started = start("--port", String.valueOf(taken.port()));

            assertThat(started.simulator()).isNull();
            assertThat(started.exitCode()).isEqualTo(1);
            assertThat(err()).contains("cannot start on 127.0.0.1:" + taken.port());
        }
    }

    @Test
    void start_withYamlPersonsFile_answersItsPersonsInTheChosenVersionOnly() throws IOException {
        Path file = Files.writeString(dir.resolve("persons.yaml"), """
                defaultPersons: false
                today: 2021-05-20
                organisations:
                  - organisationsnummer: "5565594230"
                    category: FORSAKRINGSBOLAG
                    agreement: [GENERELL_PERSONINFORMATION, SJP]
                persons:
                  - personnummer: "19900101-0017"
                    name: Yaml Yamlsson
                    address: {street: Filvägen 1, postcode: "11122", town: STOCKHOLM}
                    sickness:
                      - {from: 2021-02-01, to: 2021-02-07, dailyAmount: 500}
                    karensCompensationAsEmployee:
                      - sickDay: 2020-03-16
                  - personnummer: 198809152468
                    name: Utan Bindestreck
                    children:
                      - {personnummer: "20170502-2489", name: Liten}
                    parentalBenefit:
                      - {child: "20170502-2489", from: 2020-05-18, days: 5, dailyAmount: 843}
                    error: {feltyp: TEKNISKT_FEL, felkod: KALLSYSTEM_OTILLGANGLIGT}
                """);
        LefiSimulatorMain.Started started = start("--port", "0", "--version", "6.0", "--persons", file.toString());
        try (LefiOnlineSimulator simulator = started.simulator();
             LefiClient insurer = simulator.clientBuilder(LefiVersion.V6_0).organisationsnummer("5565594230").build();
             LefiClient five = simulator.clientBuilder(LefiVersion.V5_1).maxAttempts(1).build()) {
            assertThat(out()).contains("LEFI Online simulator listening on " + simulator.endpoint())
                    .contains("versions 6.0; 2 persons (2 from files); today 2021-05-20");
            assertThat(ClearPersonnummer.in(out())).isEmpty();

            BenefitInformation info = insurer.query(Personnummer.parse("19900101-0017"))
                    .period(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31))
                    .benefits(Benefit.GENERELL_PERSONINFORMATION).payments(Benefit.SJUKPENNING).fetch();
            assertThat(info.person().orElseThrow().name()).isEqualTo("Yaml Yamlsson");
            assertThat(info.payments()).hasSize(2);

            assertThatThrownBy(() -> insurer.query(Personnummer.parse("198809152468"))
                    .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)).benefits(Benefit.SJUKPENNING)
                    .fetch())
                    .isInstanceOfSatisfying(LefiTechnicalException.class,
                            e -> assertThat(e.errorCode()).contains("KALLSYSTEM_OTILLGANGLIGT"));
            assertThatThrownBy(() -> five.ping())
                    .isInstanceOfSatisfying(LefiTechnicalException.class,
                            e -> assertThat(e.errorCode()).contains("VERSION_STODS_EJ"));
            assertThatThrownBy(() -> insurer.query(
                            Personnummer.parse(SyntheticPersons.PENSIONER))
                    .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)).benefits(Benefit.SJUKPENNING).fetch())
                    .isInstanceOf(LefiBusinessException.class);
        }
    }

    @Test
    void start_withJsonPersonsFileWithAMisspeltField_returnsTwoWithThePathAndAMaskedNumber() throws IOException {
        Path file = Files.writeString(dir.resolve("persons.json"), """
                {"persons": [
                  {"personnummer": "19900101-0017", "sickness": [{"from": "2021-02-01", "to": "2021-02-07", "dailyAmont": 500}]}
                ]}
                """);

        LefiSimulatorMain.Started started = start("--port", "0", "--persons", file.toString());

        assertThat(started.exitCode()).isEqualTo(2);
        assertThat(err()).contains("persons.json.persons[0] (19900101-****).sickness[0]")
                .contains("dailyAmount: is required");
        assertThat(ClearPersonnummer.in(err())).isEmpty();
    }

    @Test
    void start_withPersonsFileErrors_reportsEachKindClearly() throws IOException {
        Path unknown = Files.writeString(dir.resolve("unknown.json"), """
                {"persons": [{"personnummer": "199001010017", "nmae": "X"}]}
                """);
        Path badPnr = Files.writeString(dir.resolve("bad.json"), """
                {"persons": [{"personnummer": "199001010018"}]}
                """);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"persons\": [ {\"personnummer\": \"199001010017\"");
        Path wrongEnding = Files.writeString(dir.resolve("persons.txt"), "{}");
        Path numberAsKey = Files.writeString(dir.resolve("key.json"), """
                {"persons": [{"personnummer": "199001010017", "198504122386": {}}]}
                """);

        assertThat(start("--persons", unknown.toString()).exitCode()).isEqualTo(2);
        assertThat(start("--persons", badPnr.toString()).exitCode()).isEqualTo(2);
        assertThat(start("--persons", broken.toString()).exitCode()).isEqualTo(2);
        assertThat(start("--persons", wrongEnding.toString()).exitCode()).isEqualTo(2);
        assertThat(start("--persons", dir.resolve("missing.json").toString()).exitCode()).isEqualTo(1);
        assertThat(start("--persons", numberAsKey.toString()).exitCode()).isEqualTo(2);
        assertThat(start("--19850412-2386").exitCode()).isEqualTo(2);

        assertThat(err()).contains("persons[0] (19900101-****): unknown field 'nmae'")
                .contains("persons[0].personnummer: not a valid personnummer")
                .contains("broken.json: not valid JSON")
                .contains("a persons file ends in .json, .yaml or .yml")
                .contains("cannot read")
                .contains("unknown field '19850412-****'")
                .contains("unknown option --19850412-****");
        assertThat(ClearPersonnummer.in(err())).isEmpty();
    }

    @Test
    void start_withMutualTlsAndCertificates_writesWhatAClientNeeds() throws Exception {
        LefiSimulatorMain.Started started = start("--port", "0", "--tls", "mutual", "--tls-hostname", "lefi-simulator",
                "--certificates", dir.toString());
        try (LefiOnlineSimulator simulator = started.simulator();
             LefiClient client = LefiClient.builder().endpoint(simulator.endpoint()).version(LefiVersion.V6_0)
                     .organisationsnummer("2120000142")
                     .keyStore(dir.resolve("client.p12"), "changeit".toCharArray())
                     .trustStore(dir.resolve("truststore.p12"), "changeit".toCharArray()).build()) {
            assertThat(simulator.endpoint().getScheme()).isEqualTo("https");
            assertThat(out()).contains("mutual TLS: a client certificate is required");
            assertThat(client.ping().version()).isEqualTo(LefiVersion.V6_0);
            assertThat(simulator.tls().serverCertificate().getSubjectAlternativeNames().toString())
                    .contains("lefi-simulator", "127.0.0.1", "localhost");
        }
    }

    @Test
    void start_withTheReadmesExamplePersonsFile_answersItsPersons() throws Exception {
        Path example = Path.of(LefiSimulatorMainTest.class.getResource("/persons-example.yaml").toURI());

        LefiSimulatorMain.Started started = start("--port", "0", "--persons", example.toString());
        try (LefiOnlineSimulator simulator = started.simulator();
             LefiClient client = simulator.clientBuilder(LefiVersion.V6_0).maxAttempts(1).build();
             LefiClient insurer = simulator.clientBuilder(LefiVersion.V6_0).organisationsnummer("5565594230").build()) {
            assertThat(out()).contains("16 persons (9 from files)").contains("today 2021-05-20");
            BenefitInformation sick = insurer.query(Personnummer.parse("19900101-0017"))
                    .period(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31))
                    .benefits(Benefit.GENERELL_PERSONINFORMATION).payments(Benefit.SJUKPENNING)
                    .preliminaryPayments(Benefit.SJUKPENNING).fetch();
            // Karens compensation and two sicknesses; the last is paid after today, so preliminary.
            assertThat(sick.payments()).hasSize(3);
            BenefitInformation job = client.query(Personnummer.parse("19700101-0128"))
                    .period(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31))
                    .benefits(Benefit.JOBB_OCH_UTVECKLINGSGARANTI).fetch();
            assertThat(job.jobGuarantee().orElseThrow().usedDays()).isEqualTo(312);
            assertThatThrownBy(() -> client.query(Personnummer.parse("19781023-1238"))
                    .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)).benefits(Benefit.SJUKPENNING).fetch())
                    .isInstanceOfSatisfying(LefiTechnicalException.class,
                            e -> assertThat(e.errorCode()).contains("KALLSYSTEM_OTILLGANGLIGT"));
            assertThat(simulator.person(SyntheticPersons.SELF_EMPLOYED)).as("defaultPersons: true").isPresent();
            try (LefiClient nine = simulator.clientBuilder(LefiVersion.V9_0).maxAttempts(1).build()) {
                BenefitInformation preventive = nine.query(Personnummer.parse("19900101-0017"))
                        .period(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31))
                        .benefits(Benefit.FOREBYGGANDE_SJUKPENNING).payments(Benefit.FOREBYGGANDE_SJUKPENNING).fetch();
                assertThat(preventive.cases(Benefit.FOREBYGGANDE_SJUKPENNING)).singleElement()
                        .satisfies(c -> assertThat(c.decisions().get(0).days()).hasSize(5));
                // Five days of 612 kr, paid 2021-03-19.
                assertThat(preventive.payments()).singleElement()
                        .satisfies(p -> assertThat(p.gross()).isEqualByComparingTo("3060"));
                BenefitInformation child = nine.query(Personnummer.parse("20170502-2489"))
                        .period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 5, 20))
                        .benefits(Benefit.MOTTAGARE_AV_BARNBIDRAG).fetch();
                assertThat(child.cases(Benefit.MOTTAGARE_AV_BARNBIDRAG)).singleElement()
                        .satisfies(c -> assertThat(c.decisions()).singleElement().satisfies(d -> assertThat(d.period())
                                .hasValueSatisfying(p -> assertThat(p.to()).contains(LocalDate.of(2033, 6, 30)))));
                BenefitInformation stepless = nine.query(Personnummer.parse("19750321-1232"))
                        .period(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 5, 20))
                        .benefits(Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING).fetch();
                assertThat(stepless.entries()).singleElement().satisfies(e -> assertThat(e.details().amount("aterkrav"))
                        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("25000")));
            }
        }
    }
}
