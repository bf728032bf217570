package se.lefi.client.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WireLogTest {

    @Test
    void render_whenCutInsideAPersonnummer_leavesNoDigitRunOfIt() {
        byte[] body = "<personnummer>198402298452</personnummer>".getBytes(StandardCharsets.UTF_8);
        int cut = "<personnummer>19840229845".length(); // 11 of 12 digits: too short to be masked

        String logged = WireLog.render(body, cut, true);

        assertThat(logged).isEqualTo("<personnummer> ...[truncated]");
    }

    @Test
    void render_whenWhole_masksEveryPersonnummer() {
        byte[] body = "<p>198402298452</p><b>201409181508</b>".getBytes(StandardCharsets.UTF_8);

        assertThat(WireLog.render(body, body.length, false)).isEqualTo("<p>19840229-****</p><b>20140918-****</b>");
    }
}
