package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;

/** Checks that a nested class shares its enclosing class's simulator and that the client stays usable. */
@LefiSimulatorTest(version = LefiVersion.V5_1)
class LefiSimulatorNestedTest {

    /** The enclosing class's simulator; its before-all runs also when only the nested class is run. */
    static LefiOnlineSimulator outer;

    @BeforeAll
    static void keepTheEnclosingSimulator(LefiOnlineSimulator simulator) {
        outer = simulator;
    }

    @Test
    void outer_getsAClientInTheAnnotatedVersion(LefiOnlineSimulator simulator, LefiClient client) {
        assertThat(simulator).isSameAs(outer);
        assertThat(client.version()).isEqualTo(LefiVersion.V5_1);
        assertThat(client.ping().version()).isEqualTo(LefiVersion.V5_1);
    }

    @Nested
    class Inner {
        @Test
        void inner_sharesTheEnclosingSimulator(LefiOnlineSimulator simulator, LefiClient client) {
            assertThat(client.endpoint()).isEqualTo(simulator.endpoint());
            assertThat(outer).isNotNull();
            assertThat(simulator).isSameAs(outer);
            assertThat(client.ping().version()).isEqualTo(LefiVersion.V5_1);
        }
    }
}
