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
    /**
     * Connect and response timeout of {@link #fast}: ample, so that a slow but normal answer on a
     * loaded build machine is never turned into a retry and an attempt-counting test stays exact.
     * Failures the tests provoke end at once; only a hang would wait this long.
     */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The response timeout of the tests that are about the response timeout itself. */
    public static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);
    /** Short backoff: first wait and cap. */
    public static final Duration BACKOFF = Duration.ofMillis(20);
    public static final Duration MAX_BACKOFF = Duration.ofMillis(50);

    private Clients() {
    }

    /** Returns a builder for a client of WireMock on the given base URL, with ample timeouts and short backoff. */
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
