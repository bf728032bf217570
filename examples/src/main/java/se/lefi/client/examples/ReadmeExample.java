package se.lefi.client.examples;

import java.net.URI;
import java.time.LocalDate;
import javax.net.ssl.SSLContext;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;

/**
 * Holds the usage example of the README as code that compiles, so the README never drifts.
 *
 * <pre>{@code
 * ReadmeExample.printSickness(URI.create("https://lefi.example/lefionline"), SSLContext.getDefault());
 * }</pre>
 */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    /**
     * Prints a person's sjukpenning cases and payments.
     *
     * @param endpoint the endpoint of the connection agreement
     * @param sslContext the organisation certificate for mutual TLS
     */
    public static void printSickness(URI endpoint, SSLContext sslContext) {
        // README:begin
        try (LefiClient client = LefiClient.builder()
                .endpoint(endpoint)                          // from the connection agreement
                .version(LefiVersion.V6_0)                   // switching version is a config change
                .organisationsnummer("2120000142")
                .sslContext(sslContext)                      // your organisation certificate (mutual TLS)
                .build()) {
            BenefitInformation info = client.query(Personnummer.parse("19840229-8452"))
                    .period(LocalDate.of(2019, 11, 1), LocalDate.of(2020, 2, 29))
                    .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.SJUKPENNING)
                    .payments(Benefit.SJUKPENNING)
                    .preliminaryPayments(Benefit.SJUKPENNING)
                    .fetch();
            info.cases(Benefit.SJUKPENNING).forEach(c -> System.out.println(c.started() + " " + c.decisions().size()));
            info.payments().forEach(p -> System.out.println(p.status() + " " + p.family().id() + " " + p.net()));
        }
        // README:end
    }
}
