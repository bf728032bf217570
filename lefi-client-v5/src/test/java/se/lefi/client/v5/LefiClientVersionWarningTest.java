package se.lefi.client.v5;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.event.Level;
import org.junit.jupiter.api.Test;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.tck.logcapture.CapturedLog;

/**
 * Checks the one WARN a client gives, through SLF4J, when its version is near or past its end of
 * support. The test kit's capturing SLF4J provider keeps every event of the SDK's loggers; this
 * test reads the WARN events logged while it ran.
 */
class LefiClientVersionWarningTest {

    private int before;

    @BeforeEach
    void markLog() {
        before = CapturedLog.events().size();
    }

    /** Returns the WARN events of the client's logger since the test began, one line each. */
    private String warnings() {
        List<CapturedLog.Event> events = CapturedLog.events();
        return events.subList(before, events.size()).stream()
                .filter(e -> e.level() == Level.WARN && e.logger().equals(LefiClient.class.getName()))
                .map(e -> "WARN " + e.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void build_whenVersionEndsWithinNinetyDays_warnsOnceAtWarn() {
        try (LefiClient client = client(LefiVersion.V5_0, LocalDate.of(2019, 10, 1))) {
            client.version();
            client.endpoint();
        }

        String log = warnings();
        assertThat(log).contains("WARN");
        assertThat(count(log, "LEFI Online 5.0 reaches its end of support on 2019-11-17, in 47 day(s)")).isEqualTo(1);
        assertThat(log).contains("Move to 5.1 or 6.0");
    }

    @Test
    void build_twoClients_warnOncePerClient() {
        try (LefiClient first = client(LefiVersion.V5_1, LocalDate.of(2021, 1, 1));
             LefiClient second = client(LefiVersion.V5_1, LocalDate.of(2021, 1, 1))) {
            assertThat(first).isNotSameAs(second);
        }

        assertThat(count(warnings(), "LEFI Online 5.1 is past its end of support"))
                .isEqualTo(2);
    }

    @Test
    void build_whenVersionIsSafelySupported_logsNothing() {
        try (LefiClient client = client(LefiVersion.V5_1, LocalDate.of(2019, 12, 1))) {
            assertThat(client.version()).isEqualTo(LefiVersion.V5_1);
        }

        assertThat(warnings()).doesNotContain("end of support");
    }

    private static LefiClient client(LefiVersion version, LocalDate today) {
        return LefiClient.builder().endpoint(URI.create("http://127.0.0.1:9/lefionline")).version(version)
                .organisationsnummer("2120000142")
                .clock(Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).build();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
