package se.lefi.client.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.SimulatedPerson;
import se.lefi.client.testkit.SyntheticPersons;

/** Runs the bulk example on the simulator. */
class BulkQueryTest {

    @Test
    void run_overTheDefaultList_queriesEveryoneWithinTheConcurrencyBound() {
        try (LefiOnlineSimulator simulator = LefiOnlineSimulator.builder().today(LocalDate.of(2021, 5, 20)).start();
             LefiClient client = simulator.client(LefiVersion.V6_0)) {
            simulator.delay(Duration.ofMillis(20));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            BulkQuery.Result result = new BulkQuery(client, 3, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 30))
                    .run(BulkQuery.defaultList(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

            String out = bytes.toString(StandardCharsets.UTF_8);
            assertThat(result.outcomes()).hasSize(11);
            assertThat(result.failed()).isEqualTo(1);
            assertThat(result.maxInFlight()).isBetween(1, 3);
            assertThat(simulator.requestCount()).isEqualTo(11);
            assertThat(out).contains("queried 11/11, failed 1").contains("19900101-****  failed  LefiBusinessException PERSON_SAKNAS")
                    .contains("19780623-****  ok      0 case(s), 2 payment(s), net 9569 kr")
                    .contains("11 queried, 1 failed").doesNotContain("199001010017");
            assertThat(result.outcomes().get(0).personnummer().value()).isEqualTo(SyntheticPersons.SICK_EMPLOYEE);
        }
    }

    @Test
    void run_withManyPersons_neverExceedsTheBoundAndPrintsRisingProgress(@TempDir Path dir) throws Exception {
        List<String> numbers = new ArrayList<>();
        try (LefiOnlineSimulator simulator = LefiOnlineSimulator.builder().withoutDefaultPersons().start();
             LefiClient client = simulator.client(LefiVersion.V6_0)) {
            for (int i = 0; i < 30; i++) {
                String pnr = withCheckDigit(String.format("900101%03d", i));
                numbers.add(pnr);
                simulator.add(SimulatedPerson.builder(pnr).sickness(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 10),
                        500).build());
            }
            Path file = dir.resolve("pnr.txt");
            Files.writeString(file, "# persons\n\n" + String.join("\n", numbers) + "\n");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            BulkQuery.Result result = new BulkQuery(client, 5, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31))
                    .run(BulkQuery.readList(file), new PrintStream(bytes, true, StandardCharsets.UTF_8));

            assertThat(result.outcomes()).hasSize(30);
            assertThat(result.failed()).isZero();
            assertThat(result.maxInFlight()).isBetween(1, 5);
            String out = bytes.toString(StandardCharsets.UTF_8);
            List<Integer> counts = new ArrayList<>();
            var m = java.util.regex.Pattern.compile("queried (\\d+)/30").matcher(out);
            while (m.find()) {
                counts.add(Integer.parseInt(m.group(1)));
            }
            assertThat(counts).hasSize(30).isSorted();
            // 7 days of 500 less a karensavdrag of 700, tax 840.
            assertThat(out).contains("ok      1 case(s), 1 payment(s), net 1960 kr");
        }
    }

    private static String withCheckDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return "19" + nine + (10 - sum % 10) % 10;
    }
}
