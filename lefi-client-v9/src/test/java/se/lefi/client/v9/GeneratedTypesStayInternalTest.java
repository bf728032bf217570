package se.lefi.client.v9;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import se.lefi.client.spi.VersionAdapter;

/** The classes generated from the spec are an implementation detail: no public signature names one. */
class GeneratedTypesStayInternalTest {

    @Test
    void publicMethods_ofTheAdapter_nameNoGeneratedType() {
        List<String> leaks = new ArrayList<>();
        for (Method m : V9Adapter.class.getMethods()) {
            if (!Modifier.isPublic(m.getModifiers())) {
                continue;
            }
            String signature = m.toGenericString();
            if (signature.contains(".internal.model.")) {
                leaks.add(signature);
            }
        }
        assertThat(V9Adapter.class.getMethods()).isNotEmpty();
        assertThat(leaks).isEmpty();
    }

    @Test
    void serviceLoader_whenAskedForAdapters_findsTheV9Adapter() {
        assertThat(ServiceLoader.load(VersionAdapter.class).stream().map(ServiceLoader.Provider::type))
                .contains(V9Adapter.class);
        assertThat(Arrays.asList(V9Adapter.class.getInterfaces())).contains(VersionAdapter.class);
    }
}
