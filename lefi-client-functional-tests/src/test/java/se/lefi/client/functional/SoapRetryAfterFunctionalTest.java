package se.lefi.client.functional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTransportException;
import se.lefi.client.model.BenefitInformation;

/**
 * A SOAP version's HTTP 503 with Retry-After (a gateway's maintenance page): core reads the
 * header whatever the protocol, so the default retry honours it for 6.0 as it does for 9.
 */
class SoapRetryAfterFunctionalTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockSupport.http();

    private static LefiClient client() {
        return Clients.fast(wm.baseUrl()).retryBackoff(Duration.ofMillis(10), Duration.ofSeconds(2)).build();
    }

    @Test
    void fetch_when503WithRetryAfterOneSecondThenAnswer_waitsAtLeastASecondAndAnswers() {
        wm.stubFor(post(urlEqualTo(Clients.PATH)).inScenario("maintenance").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "text/html")
                        .withHeader("Retry-After", "1").withBody("<html>maintenance</html>"))
                .willSetStateTo("over"));
        wm.stubFor(post(urlEqualTo(Clients.PATH)).inScenario("maintenance").whenScenarioStateIs("over")
                .willReturn(ok(Samples.answer()).withHeader("Content-Type", "text/xml; charset=UTF-8")));

        long started = System.nanoTime();
        BenefitInformation info;
        try (LefiClient client = client()) {
            info = Clients.query(client, SyntheticPersons.SAMPLE).fetch();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(info.person()).isPresent();
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        wm.verify(2, postRequestedFor(urlEqualTo(Clients.PATH)));
    }

    @Test
    void fetch_when503WithRetryAfterBeyondTheLongestBackoff_failsAtOnceSayingSo() {
        wm.stubFor(post(urlEqualTo(Clients.PATH)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/html").withHeader("Retry-After", "3600")
                .withBody("<html>maintenance</html>")));

        LefiTransportException e;
        try (LefiClient client = client()) {
            e = catchThrowableOfType(LefiTransportException.class,
                    () -> Clients.query(client, SyntheticPersons.SAMPLE).fetch());
        }

        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        assertThat(e.getMessage()).contains("HTTP 503").contains("asked to wait 3600 s").contains("not retried");
        wm.verify(1, postRequestedFor(urlEqualTo(Clients.PATH)));
    }
}
