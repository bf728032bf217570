package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Payment;
import se.lefi.client.tck.ClearPersonnummer;

/**
 * Starts the standalone simulator as a real process, on the module's runtime class path (without
 * JUnit), as {@code java -cp … se.lefi.client.testkit.LefiSimulatorMain} does for a user, and
 * queries it with a real client.
 */
class StandaloneSimulatorProcessTest {

    // Generous: the first start of a JVM with WireMock on a loaded two-core machine takes seconds.
    private static final long START_TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    private Process process;
    private final List<String> output = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private URI start(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", runtimeClassPath(), LefiSimulatorMain.class.getName()));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process ended; what it printed is in the queue.
            }
        }, "simulator-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                output.add(line);
                if (line.startsWith("LEFI Online simulator listening on ")) {
                    // Drain the summary lines that follow, for the assertions on what it prints.
                    for (String next = lines.poll(5, TimeUnit.SECONDS); next != null; next = lines.poll(1, TimeUnit.SECONDS)) {
                        output.add(next);
                        if (next.startsWith("Stop it with")) {
                            break;
                        }
                    }
                    return URI.create(line.substring("LEFI Online simulator listening on ".length()).trim());
                }
            } else if (!process.isAlive()) {
                break;
            }
        }
        throw new AssertionError("the simulator did not start; it printed: " + output);
    }

    /** The module's runtime class path, as Maven resolved it, after the module's own classes. */
    private static String runtimeClassPath() throws IOException {
        String file = System.getProperty("lefi.testkit.runtimeClasspathFile");
        String classes = System.getProperty("lefi.testkit.classes");
        if (file == null || classes == null) {
            // Outside Maven (an IDE): the test JVM's own class path holds everything needed, and more.
            return System.getProperty("java.class.path");
        }
        return classes + File.pathSeparator + Files.readString(Path.of(file)).trim();
    }

    @Test
    void process_withJsonPersonsFile_answersARealClient() throws Exception {
        Path persons = Files.writeString(dir.resolve("persons.json"), """
                {
                  "defaultPersons": false,
                  "today": "2021-05-20",
                  "persons": [
                    {
                      "personnummer": "19900101-0017",
                      "name": "Json Jsonsson",
                      "sickness": [{"from": "2021-02-01", "to": "2021-02-07", "dailyAmount": 500}]
                    }
                  ]
                }
                """);

        URI endpoint = start("--port", "0", "--version", "6.0", "--persons", persons.toString());

        assertThat(output).anySatisfy(l -> assertThat(l).contains("versions 6.0; 1 persons (1 from files)"));
        try (LefiClient client = LefiClient.builder().endpoint(endpoint).version(LefiVersion.V6_0)
                .organisationsnummer("2120000142").build()) {
            BenefitInformation info = client.query(Personnummer.parse("19900101-0017"))
                    .period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                    .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.SJUKPENNING).payments(Benefit.SJUKPENNING)
                    .fetch();

            assertThat(info.person().orElseThrow().name()).isEqualTo("Json Jsonsson");
            Payment payment = info.payments().get(0);
            // 7 days of 500 less a karensavdrag of 700, tax 30 %.
            assertThat(payment.gross()).isEqualByComparingTo("2800");
            assertThat(payment.net()).isEqualByComparingTo("1960");
        }
        try (LefiClient five = LefiClient.builder().endpoint(endpoint).version(LefiVersion.V5_1)
                .organisationsnummer("2120000142").maxAttempts(1).build()) {
            assertThatThrownBy(five::ping).isInstanceOfSatisfying(LefiTechnicalException.class,
                    e -> assertThat(e.errorCode()).contains("VERSION_STODS_EJ"));
        }
        assertThat(ClearPersonnummer.in(String.join("\n", output))).isEmpty();
    }

    @Test
    void process_withMutualTls_acceptsAClientWithTheWrittenCertificates() throws Exception {
        Path certificates = dir.resolve("certs");

        URI endpoint = start("--port", "0", "--tls", "mutual", "--certificates", certificates.toString());

        assertThat(endpoint.getScheme()).isEqualTo("https");
        try (LefiClient client = LefiClient.builder().endpoint(endpoint).version(LefiVersion.V6_0)
                .organisationsnummer("2120000142")
                .keyStore(certificates.resolve("client.p12"), "changeit".toCharArray())
                .trustStore(certificates.resolve("truststore.p12"), "changeit".toCharArray()).build()) {
            BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.PENSIONER))
                    .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                    .benefits(Benefit.GENERELL_PERSONINFORMATION).fetch();
            assertThat(info.person().orElseThrow().name()).isEqualTo("Gustav Pensionär");
        }
    }
}
