package se.lefi.client.examples;

import java.io.PrintStream;
import java.net.URI;
import java.time.LocalDate;
import javax.net.ssl.SSLContext;
import se.lefi.client.Benefit;
import se.lefi.client.Capabilities;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;

/**
 * Holds the usage example of the README as code that compiles, so the README never drifts.
 *
 * <pre>{@code
 * try (LefiClient client = ReadmeExample.client(endpoint, LefiVersion.V6_0, SSLContext.getDefault())) {
 *     ReadmeExample.printSickness(client, Personnummer.parse("19840229-8452"), from, to, System.out);
 * }
 * }</pre>
 */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    /**
     * Builds the client of the README: contract version and certificate are configuration.
     *
     * @param endpoint the endpoint of the connection agreement
     * @param version the contract version the agreement names
     * @param sslContext the organisation certificate for mutual TLS
     * @return the client; close it when done
     */
    public static LefiClient client(URI endpoint, LefiVersion version, SSLContext sslContext) {
        // README:client:begin
        LefiClient client = LefiClient.builder()
                .endpoint(endpoint)                          // from the connection agreement
                .version(version)                            // e.g. LefiVersion.V6_0: a config change
                .organisationsnummer("2120000142")
                .sslContext(sslContext)                      // your organisation certificate (mutual TLS)
                .build();
        // README:client:end
        return client;
    }

    /**
     * Prints a person's sjukpenning cases and payments; the same code for every contract version.
     *
     * @param client a client of any version
     * @param person the person, e.g. {@code Personnummer.parse("19840229-8452")}
     * @param from the first day of the period
     * @param to the last day of the period
     * @param out where to print
     */
    public static void printSickness(LefiClient client, Personnummer person, LocalDate from, LocalDate to,
            PrintStream out) {
        // README:begin
        Capabilities can = client.capabilities();            // what the configured version offers
        BenefitInformation info = client.query(person)              // e.g. Personnummer.parse("19840229-8452")
                .period(from, to)
                .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.SJUKPENNING)
                .payments(Benefit.SJUKPENNING)
                .preliminaryPayments(can.preliminaryPaymentsAmong(Benefit.SJUKPENNING))   // none before 6.0
                .fetch();
        if (!info.isComplete()) {
            out.println("partial answer: " + info.deviations());
        }
        info.cases(Benefit.SJUKPENNING).forEach(c -> out.println(c.started() + " " + c.decisions().size()));
        info.payments().forEach(p -> out.println(p.status() + " " + p.family().id() + " " + p.net()));
        // README:end
    }
}
