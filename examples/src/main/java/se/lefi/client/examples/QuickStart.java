package se.lefi.client.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;

/**
 * Runs the SDK end to end against an embedded LEFI Online and prints what it decoded.
 *
 * <pre>{@code
 * mvn -B -q compile exec:java -pl examples -am
 * }</pre>
 */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * Starts the embedded service, asks it about one person and prints a summary.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Does the work of {@link #main}, printing to the given stream.
     *
     * @param out where the summary goes
     * @return the decoded answer
     */
    public static BenefitInformation run(PrintStream out) {
        try (EmbeddedLefiServer server = EmbeddedLefiServer.start();
             LefiClient client = LefiClient.builder()
                     .endpoint(server.endpoint())
                     .version(LefiVersion.V6_0)
                     .organisationsnummer("2120000142")
                     .build()) {
            BenefitInformation info = client.query(Personnummer.parse("19840229-8452"))
                    .period(LocalDate.of(2019, 11, 1), LocalDate.of(2020, 2, 29))
                    .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.FORALDRAPENNING, Benefit.SJUKPENNING,
                            Benefit.PROGRAMANVISNING, Benefit.PROGRAMERSATTNING, Benefit.JOBB_OCH_UTVECKLINGSGARANTI)
                    .payments(Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING, Benefit.SJUKPENNING)
                    .preliminaryPayments(Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING, Benefit.SJUKPENNING)
                    .correlationId("quick-start")
                    .fetch();
            new SummaryPrinter(out).print(info);
            return info;
        }
    }
}
