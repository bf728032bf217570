package se.lefi.client.functional;

import java.net.URI;
import java.time.LocalDate;
import java.util.function.Function;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;

/**
 * Uses a client the ordinary way, with every default and no meter registry; loaded by
 * {@link NoMicrometerFunctionalTest} in a class loader that has no Micrometer.
 */
public final class NoMicrometerScenario implements Function<String, String> {

    /** Creates the scenario; called reflectively. */
    public NoMicrometerScenario() {
    }

    @Override
    public String apply(String endpoint) {
        try (LefiClient client = LefiClient.builder().endpoint(URI.create(endpoint)).version(LefiVersion.V6_0)
                .organisationsnummer("2120000142").wireLogging(true).build()) {
            return client.query(Personnummer.parse(SyntheticPersons.SAMPLE))
                    .period(LocalDate.of(2019, 11, 1), LocalDate.of(2020, 2, 29))
                    .benefits(Benefit.GENERELL_PERSONINFORMATION)
                    .fetchAsync().join()
                    .person().orElseThrow().name();
        }
    }
}
