package se.lefi.client.functional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.MDC;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiClient;
import se.lefi.client.internal.transport.HttpClient5Transport;
import se.lefi.client.spi.OutgoingMessage;
import se.lefi.client.spi.Transport;

/** Proves the per-call timer {@code lefi.client.calls} and the correlation id in SLF4J's MDC during a call. */
class CallObservationFunctionalTest {

    private static final Duration RELAXED = Duration.ofSeconds(30);

    @RegisterExtension
    static WireMockExtension wm = WireMockSupport.http();

    @Test
    void fetch_whenMeterRegistryGiven_timesEveryCallByOutcomeAndErrorCode() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (LefiClient client = Clients.fast(wm.baseUrl()).responseTimeout(RELAXED).name("calls-test")
                .meterRegistry(registry).build()) {
            wm.stubFor(post(urlEqualTo(Clients.PATH)).willReturn(ok(Samples.answer())
                    .withHeader("Content-Type", "text/xml")));
            Clients.query(client, SyntheticPersons.SAMPLE).fetch();
            wm.stubFor(post(urlEqualTo(Clients.PATH)).willReturn(aResponse().withStatus(500)
                    .withHeader("Content-Type", "text/xml").withBody(Samples.read("08-fel-verksamhetsfel.xml"))));
            LefiBusinessException e = catchThrowableOfType(LefiBusinessException.class,
                    () -> Clients.query(client, SyntheticPersons.SAMPLE).fetch());

            var ok = registry.get("lefi.client.calls").tag("name", "calls-test")
                    .tag("operation", "query").tag("version", "6.0").tag("outcome", "ok")
                    .tag("error.code", "none").timer();
            var business = registry.get("lefi.client.calls").tag("name", "calls-test").tag("outcome", "business")
                    .tag("error.code", e.errorCode().orElseThrow()).timer();
            assertThat(ok.count()).isEqualTo(1);
            assertThat(ok.totalTime(TimeUnit.NANOSECONDS)).isPositive();
            assertThat(business.count()).isEqualTo(1);
        }
        assertThat(registry.find("lefi.client.calls").tag("name", "calls-test").meters()).isEmpty();
    }

    @Test
    void fetch_withCorrelationId_putsItInTheMdcDuringTheCallOnly() throws Exception {
        wm.stubFor(post(urlEqualTo(Clients.PATH)).willReturn(ok(Samples.answer()).withHeader("Content-Type", "text/xml")));
        MdcRecordingTransport transport = new MdcRecordingTransport(HttpClient5Transport.create(
                new HttpClient5Transport.Settings(RELAXED, RELAXED, 4, null, 1 << 25, "test")));
        MDC.put("lefi.correlationId", "outer");
        try (LefiClient client = Clients.fast(wm.baseUrl()).responseTimeout(RELAXED).transport(transport).build()) {
            Clients.query(client, SyntheticPersons.SAMPLE).correlationId("case-4711").fetch();
            assertThat(MDC.get("lefi.correlationId")).as("restored after the call").isEqualTo("outer");
            MDC.remove("lefi.correlationId");

            Clients.query(client, SyntheticPersons.SAMPLE).correlationId("case-async").fetchAsync().get(60,
                    TimeUnit.SECONDS);
            Clients.query(client, SyntheticPersons.SAMPLE).fetch();

            assertThat(transport.seen).containsExactly("case-4711", "case-async", "(none)");
            assertThat(MDC.get("lefi.correlationId")).isNull();
        } finally {
            MDC.remove("lefi.correlationId");
            transport.delegate.close();
        }
    }

    /** Passes every exchange to the real transport, noting the MDC's correlation id at that moment. */
    private static final class MdcRecordingTransport implements Transport {
        final Transport delegate;
        final List<String> seen = new CopyOnWriteArrayList<>();

        MdcRecordingTransport(Transport delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T send(URI endpoint, OutgoingMessage message, AnswerHandler<T> handler) throws IOException {
            String id = MDC.get("lefi.correlationId");
            seen.add(id == null ? "(none)" : id);
            return delegate.send(endpoint, message, handler);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
