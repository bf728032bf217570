package se.lefi.client.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import se.lefi.client.benchmarks.Responses.Size;
import se.lefi.client.benchmarks.v9.V9Responses;

/** Checks that the end-to-end benchmarks' server runs in a JVM of its own and ends with the trial. */
class LoopbackServerTest {

    private static byte[] post(URI uri) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("<q/>")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static long liveChildren() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).count();
    }

    @Test
    void startForBenchmark_whenNothingIsSet_servesBothProtocolsFromAChildProcessThatEndsOnClose() throws Exception {
        long before = liveChildren();

        try (LoopbackServer server = LoopbackServer.startForBenchmark()) {
            assertThat(liveChildren()).isEqualTo(before + 1);
            assertThat(post(server.endpoint(Size.SMALL))).isEqualTo(Responses.bytes(Size.SMALL));
            assertThat(post(URI.create(server.baseUrl(Size.SMALL) + "/v9/aktorer/x/formansinformation/fraga")))
                    .isEqualTo(V9Responses.bytes(Size.SMALL));
        }

        assertThat(liveChildren()).isEqualTo(before);
    }
}
