package se.lefi.client.functional;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import se.lefi.client.Benefit;
import se.lefi.client.BenefitQuery;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;

/** Builds clients and queries for the functional tests. */
public final class Clients {

    /** The path WireMock serves LEFI Online on. */
    public static final String PATH = "/lefionline";
    /** Short timeouts so that the fault tests are fast; every bound in the tests derives from them. */
    public static final Duration TIMEOUT = Duration.ofMillis(500);
    /** Short backoff: first wait and cap. */
    public static final Duration BACKOFF = Duration.ofMillis(20);
    public static final Duration MAX_BACKOFF = Duration.ofMillis(50);

    private Clients() {
    }

    /** Returns a builder for a client of WireMock on the given base URL, with short timeouts and backoff. */
    public static LefiClient.Builder fast(String baseUrl) {
        return LefiClient.builder()
                .endpoint(URI.create(baseUrl + PATH))
                .version(LefiVersion.V6_0)
                .organisationsnummer("2120000142")
                .connectTimeout(TIMEOUT)
                .responseTimeout(TIMEOUT)
                .retryBackoff(BACKOFF, MAX_BACKOFF);
    }

    /** Returns a query about a person, asking for case information and payments. */
    public static BenefitQuery query(LefiClient client, String personnummer) {
        return client.query(Personnummer.parse(personnummer))
                .period(LocalDate.of(2019, 11, 1), LocalDate.of(2020, 2, 29))
                .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.SJUKPENNING)
                .payments(Benefit.SJUKPENNING);
    }
}
