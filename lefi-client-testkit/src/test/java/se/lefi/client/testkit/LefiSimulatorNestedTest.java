package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;

/** Checks that a nested class shares its enclosing class's simulator and that the client stays usable. */
@LefiSimulatorTest(version = LefiVersion.V5_1)
class LefiSimulatorNestedTest {

    static LefiOnlineSimulator outer;

    @Test
    void outer_getsAClientInTheAnnotatedVersion(LefiOnlineSimulator simulator, LefiClient client) {
        outer = simulator;
        assertThat(client.version()).isEqualTo(LefiVersion.V5_1);
        assertThat(client.ping().version()).isEqualTo(LefiVersion.V5_1);
    }

    @Nested
    class Inner {
        @Test
        void inner_sharesTheEnclosingSimulator(LefiOnlineSimulator simulator, LefiClient client) {
            assertThat(client.endpoint()).isEqualTo(simulator.endpoint());
            if (outer != null) {
                assertThat(simulator).isSameAs(outer);
            }
            assertThat(client.ping().version()).isEqualTo(LefiVersion.V5_1);
        }
    }
}
