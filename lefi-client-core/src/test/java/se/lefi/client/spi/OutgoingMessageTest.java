package se.lefi.client.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutgoingMessageTest {

    @Test
    void target_whenPathIsEmpty_isTheEndpointItself() {
        URI endpoint = URI.create("https://lefi.example/lefionline");
        assertThat(OutgoingMessage.post(new byte[] {1}, "text/xml", Map.of()).target(endpoint)).isEqualTo(endpoint);
    }

    @Test
    void target_whenEndpointEndsWithSlash_joinsWithoutADoubleSlash() {
        OutgoingMessage m = OutgoingMessage.get("/v9/aktorer/026-51/tillgangligaInformationstyper", Map.of());
        assertThat(m.target(URI.create("https://lefi.example/base/")).toString())
                .isEqualTo("https://lefi.example/base/v9/aktorer/026-51/tillgangligaInformationstyper");
        assertThat(m.target(URI.create("https://lefi.example")).toString())
                .isEqualTo("https://lefi.example/v9/aktorer/026-51/tillgangligaInformationstyper");
    }

    @Test
    void constructor_whenPathIsNotEncodedOrHasAQuery_fails() {
        assertThatThrownBy(() -> OutgoingMessage.get("/a b", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutgoingMessage.get("/a?x=1", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutgoingMessage.get("relative", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructor_whenContentTypeIsGivenAsHeader_fails() {
        assertThatThrownBy(() -> OutgoingMessage.post(new byte[] {1}, "text/xml", Map.of("content-type", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toString_whenBodyHoldsAPersonnummer_leavesItOut() {
        OutgoingMessage m = OutgoingMessage.post("/q", "191212121212".getBytes(), "application/json", Map.of());
        assertThat(m.toString()).doesNotContain("1212121212").contains("POST /q");
    }

    @Test
    void incomingHeader_whenAskedInAnotherCase_isFound() {
        IncomingMessage in = new IncomingMessage(503, Map.of("Retry-After", java.util.List.of("7")),
                java.util.Optional.empty(), java.io.InputStream.nullInputStream());
        assertThat(in.header("retry-after")).contains("7");
        assertThat(in.isSuccess()).isFalse();
    }
}
