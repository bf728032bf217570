package se.lefi.client.functional;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Proves that Micrometer is optional: a client without a meter registry builds, calls and closes
 * in a class loader where no Micrometer class exists, and never even tries to load one.
 */
class NoMicrometerFunctionalTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockSupport.http();

    @Test
    void fetch_whenMicrometerAbsentAndNoRegistry_worksWithoutLoadingMicrometer() throws Exception {
        wm.stubFor(post(urlEqualTo(Clients.PATH)).willReturn(ok(Samples.answer())
                .withHeader("Content-Type", "text/xml; charset=UTF-8")));
        try (HidingClassLoader loader = new HidingClassLoader(classPath())) {
            Class<?> scenarioClass = loader.loadClass(NoMicrometerScenario.class.getName());
            assertThat(scenarioClass.getClassLoader()).isSameAs(loader);
            @SuppressWarnings("unchecked")
            Function<String, String> scenario =
                    (Function<String, String>) scenarioClass.getConstructor().newInstance();

            // JAXB finds its implementation through the context class loader, as in an application server.
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            String name;
            try {
                name = scenario.apply(wm.baseUrl() + Clients.PATH);
            } finally {
                thread.setContextClassLoader(previous);
            }

            assertThat(name).isEqualTo("Maja Provsson");
            assertThat(loader.hiddenRequests).isEmpty();
            // The loader really hides Micrometer: otherwise the check above would prove nothing.
            assertThatThrownBy(() -> loader.loadClass("io.micrometer.core.instrument.MeterRegistry"))
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    private static URL[] classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> {
                    try {
                        return Path.of(entry).toUri().toURL();
                    } catch (MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(URL[]::new);
    }

    /** Loads everything itself (child first), except Micrometer, which it records and refuses. */
    private static final class HidingClassLoader extends URLClassLoader {
        final Set<String> hiddenRequests = ConcurrentHashMap.newKeySet();

        HidingClassLoader(URL[] urls) {
            super("no-micrometer", urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("io.micrometer.") || name.startsWith("io.github.resilience4j.micrometer.")) {
                hiddenRequests.add(name);
                throw new ClassNotFoundException(name + " is hidden from this class loader");
            }
            return super.loadClass(name, resolve);
        }
    }
}
