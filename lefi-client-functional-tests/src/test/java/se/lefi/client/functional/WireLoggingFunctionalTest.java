package se.lefi.client.functional;

import se.lefi.client.tck.ClearPersonnummer;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lefi.client.LefiClient;
import se.lefi.client.tck.logcapture.CapturedLog;

/** Proves that wire logging is off by default and, when on, logs both bodies with personnummer masked. */
class WireLoggingFunctionalTest {

    /** These tests count logged bodies: a retry after a slow first answer on a loaded machine would add one. */
    private static final java.time.Duration RELAXED = java.time.Duration.ofSeconds(30);

    @RegisterExtension
    static WireMockExtension wm = WireMockSupport.http();

    @Test
    void fetch_whenWireLoggingOn_logsBothBodiesMasked() {
        wm.stubFor(post(urlEqualTo(Clients.PATH)).willReturn(ok(Samples.answer())
                .withHeader("Content-Type", "text/xml; charset=UTF-8")));
        String marker = "case-wirelog";
        int before = CapturedLog.events().size();
        try (LefiClient client = Clients.fast(wm.baseUrl()).responseTimeout(RELAXED).wireLogging(true).build()) {
            Clients.query(client, SyntheticPersons.SAMPLE).correlationId(marker).fetch();
        }

        List<String> lines = wireLinesSince(before);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("direction=request").contains("hamtaFormansinformation").contains(marker)
                .contains("19840229-****");
        assertThat(lines.get(1)).contains("direction=response").contains("status=200").contains("Maja Provsson")
                .contains("19840229-****").contains("20140918-****");
        assertThat(String.join("\n", lines)).doesNotContain(SyntheticPersons.SAMPLE).doesNotContain(SyntheticPersons.SAMPLE_CHILD);
        assertThat(ClearPersonnummer.in(String.join("\n", lines))).isEmpty();
    }

    @Test
    void fetch_whenWireLoggingOff_logsNoBody() {
        wm.stubFor(post(urlEqualTo(Clients.PATH)).willReturn(ok(Samples.answer())
                .withHeader("Content-Type", "text/xml; charset=UTF-8")));
        int before = CapturedLog.events().size();
        try (LefiClient client = Clients.fast(wm.baseUrl()).responseTimeout(RELAXED).build()) {
            Clients.query(client, SyntheticPersons.SAMPLE).fetch();
        }

        List<CapturedLog.Event> since = CapturedLog.events().subList(before, CapturedLog.events().size());
        assertThat(wireLinesSince(before)).isEmpty();
        assertThat(since).isNotEmpty(); // the SDK did log the call, at DEBUG, without bodies
        assertThat(since).noneMatch(e -> e.message().contains("Maja Provsson"));
    }

    /** The wire log lines written since the given count of events (tests in this JVM run one at a time). */
    private static List<String> wireLinesSince(int before) {
        List<CapturedLog.Event> events = CapturedLog.events();
        return events.subList(before, events.size()).stream()
                .filter(e -> e.logger().equals("se.lefi.client.wire"))
                .map(CapturedLog.Event::message)
                .toList();
    }
}
