package se.lefi.client.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.SyntheticPersons;

/** Runs the README's version-neutral code against every version of the simulator, unchanged. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeExampleTest {

    private LefiOnlineSimulator simulator;

    @BeforeAll
    void start() {
        simulator = LefiOnlineSimulator.builder().today(LocalDate.of(2021, 5, 20)).start();
    }

    @AfterAll
    void stop() {
        simulator.close();
    }

    @ParameterizedTest
    @EnumSource(value = LefiVersion.class, names = {"V5_0", "V5_1", "V6_0", "V9_0"})
    void printSickness_whenRunOnAnyVersion_printsCasesAndPaymentsWithoutAVersionCheck(LefiVersion version) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (LefiClient client = simulator.client(version)) {
            ReadmeExample.printSickness(client, Personnummer.parse(SyntheticPersons.SICK_EMPLOYEE),
                    LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), new PrintStream(bytes, true,
                            StandardCharsets.UTF_8));
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("EXECUTED DAG").doesNotContain("partial answer");
        if (version.compareTo(LefiVersion.V6_0) >= 0) {
            assertThat(out).contains("PRELIMINARY DAG");
        } else {
            assertThat(out).doesNotContain("PRELIMINARY");
        }
    }
}
