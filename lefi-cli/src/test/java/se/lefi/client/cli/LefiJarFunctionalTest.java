package se.lefi.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.SimulatedPerson;
import se.lefi.client.testkit.SyntheticPersons;

/**
 * Runs the runnable jar the build made ({@code java -jar lefi-cli-VERSION.jar}) as its own process,
 * against the test kit's simulator in this JVM or started by the jar itself.
 */
class LefiJarFunctionalTest {

    private static final Path JAR = Path.of(System.getProperty("lefi.cli.jar", "target/lefi-cli.jar"));
    /** Generous: a loaded two-core CI machine starts a JVM slowly; no test waits this long when all is well. */
    private static final long TIMEOUT_SECONDS = 180;

    private static LefiOnlineSimulator simulator;

    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void start() {
        assertThat(JAR).as("the runnable jar of this build").isRegularFile();
        simulator = LefiOnlineSimulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static Run lefi(List<String> jvmOptions, Map<String, String> variables, String stdin, String... args)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // No LEFI_* setting of the machine running the build may leak into a test.
        builder.environment().keySet().removeIf(k -> k.startsWith("LEFI_"));
        builder.environment().putAll(variables);
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("lefi %s ended", List.of(args)).isTrue();
        return new Run(process.exitValue(), out.get(), err.get());
    }

    private static Run lefi(String... args) throws Exception {
        return lefi(List.of(), Map.of(), "", args);
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> simulatorSettings() {
        return Map.of("LEFI_ENDPOINT", simulator.endpoint().toString(), "LEFI_ORGANISATIONSNUMMER", "2120000142");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "query", "ping", "simulator"})
    void help_forEveryCommand_exitsZeroWithPlainText(String command) throws Exception {
        Run r = command.isEmpty() ? lefi("--help") : lefi(command, "--help");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Usage: lefi").doesNotContain("\u001b");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void version_whenAsked_printsTheVersionOfTheBuild() throws Exception {
        Run r = lefi("--version");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("lefi " + System.getProperty("lefi.cli.version"));
    }

    @Test
    void query_withPersonsOnStandardInput_printsATableHeadedByEachMaskedPerson() throws Exception {
        Run r = lefi(List.of(), simulatorSettings(), SyntheticPersons.SELF_EMPLOYED + "\n" + SyntheticPersons.PARENT + "\n",
                "query", "--pnr-file", "-", "--benefits", "SJP,FP", "--from", "2020-03-01", "--to", "2020-12-31");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("=== 19780623-**** ===", "=== 19880915-**** ===", "LEFI Online 6.0 answered")
                .doesNotContain("\u001b").doesNotContain("197806234576").doesNotContain("198809152468");
        assertThat(r.err()).contains("2 answered, 0 failed, 0 bad line(s)");
    }

    @Test
    void query_withAWrongKeyStorePassword_failsWithAMessageAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path store = KeyTool.keyStore(dir, "changeit");

        Run r = lefi(List.of(), Map.of("LEFI_KEYSTORE_PASSWORD", "wrong"), "", "ping", "--endpoint",
                "https://localhost:1/lefionline", "--org", "2120000142", "--keystore", store.toString());

        assertThat(r.exit()).isEqualTo(LefiCli.USAGE);
        assertThat(r.err()).startsWith("lefi: the key store cannot be read as PKCS#12: wrong password")
                .doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void query_withoutAnEndpoint_namesTheWaysToSetIt() throws Exception {
        Run r = lefi("query", "--pnr", SyntheticPersons.PARENT, "--benefits", "FP", "--from", "2020-01-01", "--to",
                "2020-12-31");

        assertThat(r.exit()).isEqualTo(LefiCli.USAGE);
        assertThat(r.err()).isEqualTo("lefi: no endpoint: give --endpoint, set LEFI_ENDPOINT, or put lefi.endpoint"
                + " in the --config file" + System.lineSeparator());
    }

    @Test
    void query_ofAThousandPersonsFromAFile_answersEveryOneInOrderAsJsonLines(@TempDir Path dir) throws Exception {
        List<String> persons = new ArrayList<>();
        LocalDate birth = LocalDate.of(1950, 1, 1);
        for (int i = 0; i < 1000; i++) {
            String pnr = personnummer(birth.plusDays(i * 17L), 100 + i % 900);
            persons.add(pnr);
            simulator.add(SimulatedPerson.builder(pnr).build());
        }
        Path file = dir.resolve("persons.txt");
        Files.write(file, persons);
        int before = simulator.requestCount();

        Run r = lefi(List.of(), simulatorSettings(), "", "query", "--pnr-file", file.toString(), "--benefits", "GEPI,SJP",
                "--from", "2023-01-01", "--to", "2023-12-31", "--output", "json", "--concurrency", "8");

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(1000).allMatch(l -> l.startsWith("{\"personnummer\": \""));
        assertThat(lines.get(0)).startsWith("{\"personnummer\": \"" + persons.get(0).substring(0, 8) + "-****\"");
        assertThat(lines.get(999)).startsWith("{\"personnummer\": \"" + persons.get(999).substring(0, 8) + "-****\"");
        assertThat(r.err()).contains("lefi: 1000/1000 done, 0 failed").contains("1000 answered, 0 failed, 0 bad line(s)");
        assertThat(simulator.requestCount() - before).isEqualTo(1000);
    }

    @Test
    void simulator_onAPort_answersAnotherLefiProcessInASoapVersionAndIn9() throws Exception {
        Process sim = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "simulator", "--port", "0", "--today", "2021-05-20")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = CompletableFuture.supplyAsync(() -> {
                try {
                    return List.of(out.readLine(), out.readLine());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(lines.get(0)).startsWith("LEFI Online simulator listening on http://");
            String endpoint = lines.get(0).substring(lines.get(0).indexOf("http://"));
            // "  version 9: endpoint http://127.0.0.1:PORT, aktors-id ID (KOMMUN)"
            java.util.regex.Matcher nine = java.util.regex.Pattern
                    .compile("version 9: endpoint (\\S+), aktors-id (\\S+) ").matcher(lines.get(1));
            assertThat(nine.find()).as(lines.get(1)).isTrue();

            Run ping = lefi("ping", "--endpoint", endpoint, "--org", "2120000142", "--contract", "5.1");
            Run query = lefi("query", "--endpoint", nine.group(1), "--contract", "9", "--aktors-id", nine.group(2),
                    "--pnr", SyntheticPersons.SICK_EMPLOYEE, "--benefits", "SJP", "--from", "2021-02-01", "--to",
                    "2021-02-28");

            assertThat(ping.exit()).as(ping.err()).isZero();
            assertThat(ping.out()).startsWith("LEFI Online 5.1 answered at");
            assertThat(query.exit()).as(query.err()).isZero();
            assertThat(query.out()).contains("LEFI Online 9 answered").contains("19850412-****")
                    .doesNotContain(SyntheticPersons.SICK_EMPLOYEE);
        } finally {
            sim.destroy();
            assertThat(sim.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void query_againstARealEndpoint_neverLoadsTheTestKit() throws Exception {
        Run r = lefi(List.of("-verbose:class"), simulatorSettings(), "", "query", "--pnr", SyntheticPersons.PARENT,
                "--benefits", "FP", "--from", "2020-01-01", "--to", "2020-12-31", "--output", "csv");

        assertThat(r.exit()).as(r.err()).isZero();
        // -verbose:class names every class the JVM loaded.
        assertThat(r.out()).contains("se.lefi.client.cli.QueryCommand").contains("se.lefi.client.LefiClient")
                .doesNotContain("se.lefi.client.testkit").doesNotContain("wiremock")
                .doesNotContain("se.lefi.client.cli.TestkitSimulator");
    }

    /** Builds a valid 12-digit personnummer for the day and serial number. */
    static String personnummer(LocalDate birth, int serial) {
        String nine = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), serial);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (birth.getYear() / 100) + nine + (10 - sum % 10) % 10;
    }
}
