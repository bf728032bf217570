package se.lefi.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.SimulatedOrganisation;
import se.lefi.client.testkit.SyntheticPersons;

/** Runs the lefi command-line tool in this JVM against the simulator and checks output and exit codes. */
class LefiCliTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run lefi(String... args) {
        return lefiWith(Map.of(), "", args);
    }

    private static Run lefiWith(Map<String, String> variables, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LefiCli.execute(new LefiCli.Environment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                variables, false), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void query_withJson_printsTheKarensCompensationAmounts() {
        Run r = lefi("query", "--simulator", "--pnr", "19780623-4576", "--benefits", "SJP", "--from", "2020-03-01",
                "--to", "2020-12-31", "--output", "json");

        assertThat(r.exit()).isEqualTo(LefiCli.OK);
        assertThat(r.out()).startsWith("{").contains("\"personnummer\": \"19780623-****\"")
                .contains("\"version\": \"6.0\"")
                .contains("\"gross\": 2412, \"tax\": 723, \"deductions\": 723, \"net\": 1689")
                .contains("\"gross\": 11256, \"tax\": 3376, \"deductions\": 3376, \"net\": 7880")
                .doesNotContain("197806234576");
    }

    @Test
    void query_withTable_printsCasesAndPaymentsInTheChosenVersion() {
        Run r = lefi("query", "--simulator", "--pnr", SyntheticPersons.PARENT, "--benefits", "FP,tfp", "--from",
                "2020-02-01", "--to", "2020-05-31", "--contract", "5.1");

        assertThat(r.exit()).isEqualTo(LefiCli.OK);
        assertThat(r.out()).startsWith("=== 19880915-**** ===").contains("LEFI Online 5.1 answered")
                .contains("FORALDRAPENNING")
                .contains("TILLFALLIG_FORALDRAPENNING")
                .containsPattern("executed +FP +2020-05-27 +4 215.00 +1 264.00 +1 264.00 +2 951.00");
    }

    @Test
    void query_whenOnePersonIsUnknown_printsTheOthersAndExitsWithFailure() {
        Run r = lefi("query", "--simulator", "--pnr", SyntheticPersons.UNKNOWN_PERSON + "," + SyntheticPersons.PENSIONER,
                "--benefits", "AP", "--from", "2020-01-01", "--to", "2020-12-31", "--output", "json");

        assertThat(r.exit()).isEqualTo(LefiCli.FAILED);
        assertThat(r.out()).contains("\"code\": \"PERSON_SAKNAS\"").contains("\"type\": \"LefiBusinessException\"")
                .contains("\"benefit\": \"ALLMAN_PENSION\"").contains("\"payer\": \"PENSIONSMYNDIGHETEN\"");
    }

    @Test
    void query_pensionerWithJson_printsEarningsAndBalancesAsEntries() {
        Run r = lefi("query", "--simulator", "--pnr", SyntheticPersons.PENSIONER, "--benefits", "INT", "--from",
                "2020-01-01", "--to", "2020-12-31", "--output", "json");

        assertThat(r.exit()).isEqualTo(LefiCli.OK);
        assertThat(r.out()).contains("\"type\": \"intjanandebehallning\", \"belopp\": 2145300, \"premiepensionBelopp\": 412800")
                .contains("\"type\": \"intjanandeuppgift\", \"ar\": 2020");
    }

    @Test
    void query_protectedIdentity_neverPrintsTheName() {
        Run r = lefi("query", "--simulator", "--pnr", SyntheticPersons.PROTECTED_IDENTITY, "--benefits", "GEPI,SJP",
                "--from", "2021-01-01", "--to", "2021-12-31", "--output", "json");

        assertThat(r.out()).contains("\"protectedIdentity\": true").doesNotContain("Skyddsdotter");
    }

    @Test
    void query_withUnknownBenefitOrBadPersonnummer_refusesBeforeSending() {
        Run benefit = lefi("query", "--simulator", "--pnr", SyntheticPersons.PARENT, "--benefits", "XYZ", "--from",
                "2020-01-01", "--to", "2020-12-31");
        Run pnr = lefi("query", "--simulator", "--pnr", "19880915-2469", "--benefits", "FP", "--from", "2020-01-01",
                "--to", "2020-12-31");

        assertThat(benefit.exit()).isEqualTo(LefiCli.USAGE);
        assertThat(benefit.err()).contains("unknown benefit group 'XYZ'");
        assertThat(pnr.exit()).isEqualTo(LefiCli.FAILED);
        assertThat(pnr.err()).contains("--pnr value 1: personnummer has a wrong check digit")
                .doesNotContain("198809152469").doesNotContain("19880915-2469");
    }

    @Test
    void query_withoutTarget_exitsWithUsage() {
        Run r = lefi("query", "--pnr", SyntheticPersons.PARENT, "--from", "2020-01-01", "--to", "2020-12-31");

        assertThat(r.exit()).isEqualTo(LefiCli.USAGE);
        assertThat(r.err()).contains("no endpoint: give --endpoint, set LEFI_ENDPOINT, or put lefi.endpoint");
    }

    @Test
    void query_withEndpointButNoOrganisation_exitsWithUsage() {
        Run r = lefi("query", "--endpoint", "https://lefi.example/lefionline", "--pnr", SyntheticPersons.PARENT,
                "--benefits", "FP", "--from", "2020-01-01", "--to", "2020-12-31");

        assertThat(r.exit()).isEqualTo(LefiCli.USAGE);
        assertThat(r.err()).contains("no organisationsnummer: give --org, set LEFI_ORGANISATIONSNUMMER");
    }

    @Test
    void ping_onTheSimulator_printsTheAnsweringVersion() {
        Run r = lefi("ping", "--simulator", "--contract", "5.0");

        assertThat(r.exit()).isEqualTo(LefiCli.OK);
        assertThat(r.out()).contains("LEFI Online 5.1 answered at");
    }

    @Test
    void query_onTheSimulatorInVersion9_printsTheSameCaseWithTheDefaultAktorsId() {
        Run r = lefi("query", "--simulator", "--contract", "9", "--pnr", SyntheticPersons.PARENT, "--benefits", "FP",
                "--from", "2020-05-01", "--to", "2020-05-31");

        assertThat(r.exit()).as(r.err()).isEqualTo(LefiCli.OK);
        assertThat(r.out()).contains("LEFI Online 9 answered").contains("19880915-****")
                .doesNotContain(SyntheticPersons.PARENT);
    }

    @Test
    void ping_onTheSimulatorInVersion9_printsVersion9() {
        Run r = lefi("ping", "--simulator", "--contract", "9");

        assertThat(r.exit()).as(r.err()).isEqualTo(LefiCli.OK);
        assertThat(r.out()).contains("LEFI Online 9 answered at");
    }

    @Test
    void query_withEndpointAndOrganisation_queriesThatEndpointAsThatOrganisation() {
        try (LefiOnlineSimulator simulator = LefiOnlineSimulator.start()) {
            Run insurer = lefi("query", "--endpoint", simulator.endpoint().toString(), "--org",
                    SimulatedOrganisation.FORSAKRINGSBOLAG.organisationsnummer(), "--pnr",
                    SyntheticPersons.PROGRAMME_PARTICIPANT, "--benefits", "AS", "--from", "2019-01-01", "--to",
                    "2019-12-31", "--output", "json");
            Run kommun = lefi("query", "--endpoint", simulator.endpoint().toString(), "--org", "212000-0142", "--pnr",
                    SyntheticPersons.PROGRAMME_PARTICIPANT, "--benefits", "AS", "--from", "2019-01-01", "--to",
                    "2019-12-31", "--output", "json");

            assertThat(insurer.exit()).isEqualTo(LefiCli.FAILED);
            assertThat(insurer.out()).contains("\"code\": \"OBEHORIG\"");
            assertThat(kommun.exit()).isEqualTo(LefiCli.OK);
            assertThat(kommun.out()).contains("\"benefit\": \"AKTIVITETSSTOD\"").contains("\"family\": \"AMP\"");
            assertThat(simulator.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void query_withSettingsFromEnvironmentAndPersonsOnStandardInput_queriesEveryValidLine() {
        try (LefiOnlineSimulator simulator = LefiOnlineSimulator.start()) {
            Run r = lefiWith(Map.of("LEFI_ENDPOINT", simulator.endpoint().toString(), "LEFI_ORGANISATIONSNUMMER",
                    "2120000142", "LEFI_VERSION", "5.1"), "# persons\n" + SyntheticPersons.PARENT
                    + "\n\n19880915-2469\n" + SyntheticPersons.PENSIONER + "\n", "query", "--pnr-file", "-",
                    "--benefits", "FP,AP", "--from", "2020-01-01", "--to", "2020-12-31", "--output", "csv");

            assertThat(r.exit()).isEqualTo(LefiCli.FAILED);
            assertThat(r.err()).contains("line 4: personnummer has a wrong check digit; skipped")
                    .contains("2 answered, 0 failed, 1 bad line(s)").doesNotContain("19880915-2469");
            assertThat(r.out().lines().toList()).hasSize(3).first().asString().startsWith("personnummer,outcome");
            assertThat(simulator.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void query_withSettingsFromAConfigFile_usesThem(@TempDir Path dir) throws Exception {
        try (LefiOnlineSimulator simulator = LefiOnlineSimulator.start()) {
            Path config = dir.resolve("lefi.properties");
            Files.writeString(config, "lefi.endpoint=" + simulator.endpoint() + "\nlefi.organisationsnummer=2120000142\n"
                    + "lefi.version=5.1\n");

            Run r = lefi("ping", "--config", config.toString());

            assertThat(r.exit()).isEqualTo(LefiCli.OK);
            assertThat(r.out()).contains("LEFI Online 5.1 answered");
        }
    }

    @Test
    void query_withAKeyStoreAndAPlainHttpEndpoint_isRefused(@TempDir Path dir) throws Exception {
        Path store = KeyTool.keyStore(dir, "changeit");

        Run r = lefi("ping", "--simulator", "--keystore", store.toString(), "--keystore-password", "changeit");

        assertThat(r.exit()).isEqualTo(LefiCli.USAGE);
        assertThat(r.err()).contains("needs an https endpoint");
    }

    @Test
    void query_withAKeyStoreWithoutPassword_saysWhereToPutIt(@TempDir Path dir) throws Exception {
        Path store = KeyTool.keyStore(dir, "changeit");

        Run r = lefi("ping", "--endpoint", "https://lefi.example/lefionline", "--org", "2120000142", "--keystore",
                store.toString());

        assertThat(r.exit()).isEqualTo(LefiCli.USAGE);
        assertThat(r.err()).contains("the keystore needs a password: give --keystore-password, set LEFI_KEYSTORE_PASSWORD");
    }
}
