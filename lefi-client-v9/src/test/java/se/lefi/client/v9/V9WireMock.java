package se.lefi.client.v9;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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

/** Helpers shared by the version 9 functional tests: samples, stubs and a client against WireMock. */
final class V9WireMock {

    static final String AKTORS_ID = "026-51";
    static final String QUERY_PATH = "/lefi-extern-formansinformation/v9/aktorer/026-51/formansinformation/fraga";
    static final String TYPES_PATH = "/lefi-extern-formansinformation/v9/aktorer/026-51/tillgangligaInformationstyper";

    private V9WireMock() {
    }

    static String sample(String name) {
        try (InputStream in = V9WireMock.class.getResourceAsStream("/samples/9/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void answer(WireMockExtension wm, int status, String contentType, String body) {
        wm.stubFor(post(urlEqualTo(QUERY_PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", contentType).withBody(body)));
    }

    static void answer(WireMockExtension wm, int status, String body) {
        answer(wm, status, "application/json", body);
    }

    static void answerTypes(WireMockExtension wm, int status, String body) {
        wm.stubFor(get(urlEqualTo(TYPES_PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    static LefiClient client(WireMockExtension wm) {
        return builder(wm).build();
    }

    static LefiClient.Builder builder(WireMockExtension wm) {
        return LefiClient.builder()
                .endpoint(URI.create(wm.baseUrl()))
                .version(LefiVersion.V9_0)
                .aktorsId(AKTORS_ID)
                .responseTimeout(Duration.ofSeconds(20))
                .maxAttempts(1);
    }
}
