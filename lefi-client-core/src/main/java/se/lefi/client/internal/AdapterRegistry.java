package se.lefi.client.internal;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import se.lefi.client.LefiVersion;
import se.lefi.client.spi.VersionAdapter;

/**
 * Finds the {@link VersionAdapter} for a version on the class path, once per JVM.
 */
public final class AdapterRegistry {

    private static final List<VersionAdapter> ADAPTERS = load();

    private AdapterRegistry() {
    }

    private static List<VersionAdapter> load() {
        return ServiceLoader.load(VersionAdapter.class, AdapterRegistry.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
    }

    /**
     * Returns the adapter for the version.
     *
     * @param version the version
     * @return the adapter, if a module on the class path supports the version
     */
    public static Optional<VersionAdapter> find(LefiVersion version) {
        return ADAPTERS.stream().filter(a -> a.supportedVersions().contains(version)).findFirst();
    }

    /**
     * Names the module that serves a version, for the error message when it is missing.
     *
     * @param version the version
     * @return the artifactId of the module
     */
    public static String moduleFor(LefiVersion version) {
        return moduleFor(version.wireValue());
    }

    /**
     * Names the module that serves a wire value: its major version, whether the value has a dot
     * ({@code "6.0"}) or not ({@code "9"}).
     *
     * @param wireValue the version's wire value
     * @return the artifactId of the module
     */
    static String moduleFor(String wireValue) {
        int dot = wireValue.indexOf('.');
        return "lefi-client-v" + (dot < 0 ? wireValue : wireValue.substring(0, dot));
    }
}
