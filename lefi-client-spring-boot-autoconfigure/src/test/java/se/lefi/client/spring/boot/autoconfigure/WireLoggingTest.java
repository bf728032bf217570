package se.lefi.client.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.Personnummer;
import se.lefi.client.tck.logcapture.CapturedLog;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.SimulatedOrganisation;
import se.lefi.client.testkit.SyntheticPersons;

/** Proves that {@code lefi.client.wire-logging=true} reaches the client, with the personnummer masked in every body. */
class WireLoggingTest {

    @Test
    void wireLogging_whenOn_logsBodiesWithThePersonnummerMasked() {
        try (LefiOnlineSimulator simulator = LefiOnlineSimulator.start()) {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(LefiClientAutoConfiguration.class))
                    .withPropertyValues("lefi.client.endpoint=" + simulator.endpoint(), "lefi.client.version=6.0",
                            "lefi.client.organisationsnummer=" + SimulatedOrganisation.KOMMUN.organisationsnummer(),
                            "lefi.client.wire-logging=true")
                    .run(context -> {
                        int before = CapturedLog.events().size();
                        context.getBean(LefiClient.class).query(Personnummer.parse(SyntheticPersons.PARENT))
                                .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                                .benefits(Benefit.FORALDRAPENNING)
                                .fetch();
                        List<String> wire = CapturedLog.events().stream().skip(before)
                                .filter(e -> e.logger().equals("se.lefi.client.wire")).map(CapturedLog.Event::fullText)
                                .toList();
                        // the request and the answer; the request names the person, masked
                        assertThat(wire).hasSize(2).anyMatch(t -> t.contains(SyntheticPersons.PARENT.substring(0, 8)
                                + "-****")).noneMatch(t -> t.contains(SyntheticPersons.PARENT));
                    });
        }
    }
}
