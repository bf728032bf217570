package se.lefi.client.functional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lefi.client.LefiClient;
import se.lefi.client.tck.ClearPersonnummer;
import se.lefi.client.tck.SdkLogPrivacyCheck;
import se.lefi.client.tck.logcapture.CapturedLog;
import se.lefi.client.tck.logcapture.CapturingServiceProvider;

/**
 * Runs last ({@link se.lefi.client.tck.PrivacyCheckRunsLast}, see {@code junit-platform.properties}) and checks everything the SDK's own loggers
 * wrote at TRACE during the whole functional suite, stack traces included: no personnummer may
 * appear in clear, neither in any written form nor as one of the synthetic persons the suite used.
 * The events are captured by {@link CapturingServiceProvider}, the only SLF4J provider on this
 * module's test class path; the inherited check fails when it is not bound or captured nothing.
 */
class PrivacyFunctionalTest extends SdkLogPrivacyCheck {

    @RegisterExtension
    static WireMockExtension wm = WireMockSupport.http();

    /**
     * Makes sure the SDK has logged at least a wire-logged answer, a retried failure and a fault,
     * whatever other classes ran before, so that every kind of event is checked.
     */
    @BeforeAll
    static void logEveryKindOfEvent() {
        wm.stubFor(post(urlEqualTo(Clients.PATH)).willReturn(ok(Samples.answer())
                .withHeader("Content-Type", "text/xml; charset=UTF-8")));
        try (LefiClient client = Clients.fast(wm.baseUrl()).wireLogging(true).build()) {
            Clients.query(client, SyntheticPersons.SAMPLE).correlationId("privacy-check").fetch();
            wm.stubFor(post(urlEqualTo(Clients.PATH)).willReturn(aResponse().withStatus(503).withBody("busy")));
            catchThrowable(() -> Clients.query(client, SyntheticPersons.SAMPLE).fetch());
            wm.stubFor(post(urlEqualTo(Clients.PATH)).willReturn(aResponse().withStatus(500)
                    .withHeader("Content-Type", "text/xml").withBody(Samples.read("08-fel-verksamhetsfel.xml"))));
            catchThrowable(() -> Clients.query(client, SyntheticPersons.SAMPLE).fetch());
        }
    }

    @Override
    protected List<String> loggersThatMustHaveWritten() {
        return List.of(CLIENT_LOGGER, "se.lefi.client.wire");
    }

    @Test
    void clearPersonnummer_whenTenDigitsOrSamordningsnummer_isFound() {
        assertThat(ClearPersonnummer.in("8402298452")).containsExactly("8402298452");
        assertThat(ClearPersonnummer.in("samordning 198402898459")).isNotEmpty();
    }

    @Test
    void sdkLogs_duringWholeSuite_holdNoSyntheticPersonInClear() {
        List<CapturedLog.Event> events = CapturedLog.events();
        assertThat(events).extracting(CapturedLog.Event::logger).contains("se.lefi.client.wire", CLIENT_LOGGER);

        List<String> known = new ArrayList<>(SyntheticPersons.generate(64));
        known.add(SyntheticPersons.SAMPLE);
        known.add(SyntheticPersons.SAMPLE_CHILD);
        List<String> leaks = new ArrayList<>();
        for (CapturedLog.Event event : events) {
            String text = event.fullText();
            for (String person : known) {
                if (text.contains(person) || text.contains(person.substring(2))) {
                    leaks.add(person + " in: " + text.substring(0, Math.min(300, text.length())));
                }
            }
        }
        assertThat(leaks).as("log events with a personnummer in clear, out of %d events", events.size()).isEmpty();
    }
}
