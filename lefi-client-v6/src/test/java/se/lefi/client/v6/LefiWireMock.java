package se.lefi.client.v6;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;

/** Helpers shared by the 6.0 functional tests: samples, stubs and a client against WireMock. */
final class LefiWireMock {

    static final String PATH = "/lefionline";
    static final String ORGANISATIONSNUMMER = "2120000142";

    private LefiWireMock() {
    }

    static String sample(String name) {
        try (InputStream in = LefiWireMock.class.getResourceAsStream("/samples/6.0/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void answer(WireMockExtension wm, int status, String body) {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/xml; charset=UTF-8").withBody(body)));
    }

    static LefiClient client(WireMockExtension wm) {
        return LefiClient.builder()
                .endpoint(URI.create(wm.baseUrl() + PATH))
                .version(LefiVersion.V6_0)
                .organisationsnummer(ORGANISATIONSNUMMER)
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }
}
