package se.lefi.client.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.SimulatedOrganisation;
import se.lefi.client.testkit.SyntheticPersons;

/** Runs the lefi command-line tool against its built-in simulator and checks output and exit codes. */
class LefiCliTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run lefi(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LefiCli.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void query_withJson_printsTheKarensCompensationAmounts() {
        Run r = lefi("query", "--simulator", "--pnr", "19780623-4576", "--benefits", "SJP", "--from", "2020-03-01",
                "--to", "2020-12-31", "--json");

        assertThat(r.exit()).isEqualTo(LefiCli.OK);
        assertThat(r.out()).startsWith("[").contains("\"personnummer\": \"19780623-****\"")
                .contains("\"version\": \"6.0\"")
                .contains("\"gross\": 2412, \"tax\": 723, \"deductions\": 723, \"net\": 1689")
                .contains("\"gross\": 11256, \"tax\": 3376, \"deductions\": 3376, \"net\": 7880")
                .doesNotContain("197806234576");
    }

    @Test
    void query_withTable_printsCasesAndPaymentsInTheChosenVersion() {
        Run r = lefi("query", "--simulator", "--pnr", SyntheticPersons.PARENT, "--benefits", "FP,tfp", "--from",
                "2020-02-01", "--to", "2020-05-31", "--version", "5.1");

        assertThat(r.exit()).isEqualTo(LefiCli.OK);
        assertThat(r.out()).contains("LEFI Online 5.1 answered").contains("FORALDRAPENNING")
                .contains("TILLFALLIG_FORALDRAPENNING")
                .containsPattern("executed +FP +2020-05-27 +4 215.00 +1 264.00 +1 264.00 +2 951.00");
    }

    @Test
    void query_whenOnePersonIsUnknown_printsTheOthersAndExitsWithFailure() {
        Run r = lefi("query", "--simulator", "--pnr", SyntheticPersons.UNKNOWN_PERSON + "," + SyntheticPersons.PENSIONER,
                "--benefits", "AP", "--from", "2020-01-01", "--to", "2020-12-31", "--json");

        assertThat(r.exit()).isEqualTo(LefiCli.FAILED);
        assertThat(r.out()).contains("\"code\": \"PERSON_SAKNAS\"").contains("\"type\": \"LefiBusinessException\"")
                .contains("\"benefit\": \"ALLMAN_PENSION\"").contains("\"payer\": \"PENSIONSMYNDIGHETEN\"");
    }

    @Test
    void query_pensionerWithJson_printsEarningsAndBalancesAsEntries() {
        Run r = lefi("query", "--simulator", "--pnr", SyntheticPersons.PENSIONER, "--benefits", "INT", "--from",
                "2020-01-01", "--to", "2020-12-31", "--json");

        assertThat(r.exit()).isEqualTo(LefiCli.OK);
        assertThat(r.out()).contains("\"type\": \"intjanandebehallning\", \"belopp\": 2145300, \"premiepensionBelopp\": 412800")
                .contains("\"type\": \"intjanandeuppgift\", \"ar\": 2020");
    }

    @Test
    void query_protectedIdentity_neverPrintsTheName() {
        Run r = lefi("query", "--simulator", "--pnr", SyntheticPersons.PROTECTED_IDENTITY, "--benefits", "GEPI,SJP",
                "--from", "2021-01-01", "--to", "2021-12-31", "--json");

        assertThat(r.out()).contains("\"protectedIdentity\": true").doesNotContain("Skyddsdotter");
    }

    @Test
    void query_withUnknownBenefitOrBadPersonnummer_exitsWithUsageBeforeSending() {
        Run benefit = lefi("query", "--simulator", "--pnr", SyntheticPersons.PARENT, "--benefits", "XYZ", "--from",
                "2020-01-01", "--to", "2020-12-31");
        Run pnr = lefi("query", "--simulator", "--pnr", "19880915-2469", "--benefits", "FP", "--from", "2020-01-01",
                "--to", "2020-12-31");

        assertThat(benefit.exit()).isEqualTo(LefiCli.USAGE);
        assertThat(benefit.err()).contains("unknown benefit group 'XYZ'");
        assertThat(pnr.exit()).isEqualTo(LefiCli.USAGE);
        assertThat(pnr.err()).contains("check digit").doesNotContain("198809152469");
    }

    @Test
    void query_withoutTarget_exitsWithUsage() {
        Run r = lefi("query", "--pnr", SyntheticPersons.PARENT, "--from", "2020-01-01", "--to", "2020-12-31");

        assertThat(r.exit()).isEqualTo(LefiCli.USAGE);
        assertThat(r.err()).contains("--endpoint").contains("--simulator");
    }

    @Test
    void query_withEndpointButNoOrganisation_exitsWithUsage() {
        Run r = lefi("query", "--endpoint", "https://lefi.example/lefionline", "--pnr", SyntheticPersons.PARENT,
                "--benefits", "FP", "--from", "2020-01-01", "--to", "2020-12-31");

        assertThat(r.exit()).isEqualTo(LefiCli.USAGE);
        assertThat(r.err()).contains("--org is required");
    }

    @Test
    void ping_onTheSimulator_printsTheAnsweringVersion() {
        Run r = lefi("ping", "--simulator", "--version", "5.0");

        assertThat(r.exit()).isEqualTo(LefiCli.OK);
        assertThat(r.out()).contains("LEFI Online 5.1 answered at");
    }

    @Test
    void query_withEndpointAndOrganisation_queriesThatEndpointAsThatOrganisation() {
        try (LefiOnlineSimulator simulator = LefiOnlineSimulator.start()) {
            Run insurer = lefi("query", "--endpoint", simulator.endpoint().toString(), "--org",
                    SimulatedOrganisation.FORSAKRINGSBOLAG.organisationsnummer(), "--pnr",
                    SyntheticPersons.PROGRAMME_PARTICIPANT, "--benefits", "AS", "--from", "2019-01-01", "--to",
                    "2019-12-31", "--json");
            Run kommun = lefi("query", "--endpoint", simulator.endpoint().toString(), "--org", "212000-0142", "--pnr",
                    SyntheticPersons.PROGRAMME_PARTICIPANT, "--benefits", "AS", "--from", "2019-01-01", "--to",
                    "2019-12-31", "--json");

            assertThat(insurer.exit()).isEqualTo(LefiCli.FAILED);
            assertThat(insurer.out()).contains("\"code\": \"OBEHORIG\"");
            assertThat(kommun.exit()).isEqualTo(LefiCli.OK);
            assertThat(kommun.out()).contains("\"benefit\": \"AKTIVITETSSTOD\"").contains("\"family\": \"AMP\"");
            assertThat(simulator.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void keyStoreOptions_loadAPkcs12StoreAndRejectAWrongPassword(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("org.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "org", "-keyalg", "EC", "-dname", "CN=Test Org", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        assertThat(Files.size(store)).isPositive();

        Run ok = lefi("ping", "--simulator", "--keystore", store.toString(), "--keystore-password", "changeit");
        Run wrong = lefi("ping", "--simulator", "--keystore", store.toString(), "--keystore-password", "wrong");

        assertThat(ok.exit()).isEqualTo(LefiCli.OK);
        assertThat(ok.out()).contains("LEFI Online 6.0 answered");
        assertThat(wrong.exit()).isEqualTo(LefiCli.USAGE);
        assertThat(wrong.err()).contains("cannot read the key store org.p12").doesNotContain("changeit");
    }
}
