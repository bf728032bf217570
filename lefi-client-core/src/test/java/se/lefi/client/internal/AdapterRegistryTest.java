package se.lefi.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.lefi.client.LefiVersion;

class AdapterRegistryTest {

    @Test
    void moduleFor_whenWireValueHasADot_takesTheMajorVersion() {
        assertThat(AdapterRegistry.moduleFor(LefiVersion.V6_0)).isEqualTo("lefi-client-v6");
        assertThat(AdapterRegistry.moduleFor("5.1")).isEqualTo("lefi-client-v5");
    }

    @Test
    void moduleFor_whenWireValueHasNoDot_takesItWhole() {
        assertThat(AdapterRegistry.moduleFor("9")).isEqualTo("lefi-client-v9");
    }
}
