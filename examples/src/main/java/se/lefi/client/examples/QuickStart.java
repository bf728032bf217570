package se.lefi.client.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import se.lefi.client.Benefit;
import se.lefi.client.BenefitQuery;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;

/**
 * Runs the SDK end to end against an embedded LEFI Online and prints what it decoded; the
 * contract version is a flag, and the code that asks and prints is the same for every version.
 *
 * <pre>{@code
 * mvn -B -q compile exec:java -pl examples -am                              # latest (6.0)
 * mvn -B -q compile exec:java -pl examples -am -Dexec.args="--version 5.0"  # or 5.1
 * }</pre>
 */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * Starts the embedded service for the chosen version, asks it about one person and prints a summary.
     *
     * @param args {@code --version 5.0|5.1|6.0}, optional; the latest version by default
     */
    public static void main(String[] args) {
        run(System.out, version(args));
    }

    /**
     * Reads the {@code --version} flag.
     *
     * @param args the command line
     * @return the chosen version, or {@link LefiVersion#latest()} when none is given
     * @throws IllegalArgumentException for an unknown flag or version
     */
    public static LefiVersion version(String... args) {
        LefiVersion version = LefiVersion.latest();
        for (int i = 0; i < args.length; i++) {
            String value;
            if (args[i].startsWith("--version=")) {
                value = args[i].substring("--version=".length());
            } else if (args[i].equals("--version") && i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("unknown argument '" + args[i] + "'; usage: QuickStart [--version "
                        + known() + "]");
            }
            version = LefiVersion.fromWireValue(value).orElseThrow(() -> new IllegalArgumentException(
                    "unknown version '" + value + "'; choose one of " + known()));
        }
        return version;
    }

    /**
     * Does the work of {@link #main} for the latest version, printing to the given stream.
     *
     * @param out where the summary goes
     * @return the decoded answer
     */
    public static BenefitInformation run(PrintStream out) {
        return run(out, LefiVersion.latest());
    }

    /**
     * Does the work of {@link #main}, printing to the given stream.
     *
     * @param out where the summary goes
     * @param version the contract version to speak
     * @return the decoded answer
     */
    public static BenefitInformation run(PrintStream out, LefiVersion version) {
        // Each version's recorded answer describes its own person and period; ask about that one.
        Sample sample = Sample.of(version);
        try (EmbeddedLefiServer server = EmbeddedLefiServer.start(version);
             LefiClient client = LefiClient.builder()
                     .endpoint(server.endpoint())
                     .version(version)
                     .organisationsnummer("2120000142")
                     .build()) {
            BenefitQuery query = client.query(Personnummer.parse(sample.personnummer()))
                    .period(sample.from(), sample.to())
                    .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING,
                            Benefit.SJUKPENNING, Benefit.PROGRAMANVISNING, Benefit.PROGRAMERSATTNING)
                    .payments(Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING, Benefit.SJUKPENNING)
                    .correlationId("quick-start");
            if (version.compareTo(LefiVersion.V6_0) >= 0) {
                // Only 6.0 and later know JOB days and preliminary payments; 5.x would reject them before sending.
                query.benefits(Benefit.JOBB_OCH_UTVECKLINGSGARANTI)
                        .preliminaryPayments(Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING, Benefit.SJUKPENNING);
            }
            BenefitInformation info = query.fetch();
            new SummaryPrinter(out).print(info);
            return info;
        }
    }

    private static String known() {
        return Arrays.stream(LefiVersion.values()).map(LefiVersion::wireValue).collect(Collectors.joining("|"));
    }

    /** The person and period of each version's recorded answer. */
    private record Sample(String personnummer, LocalDate from, LocalDate to) {
        static Sample of(LefiVersion version) {
            return switch (version) {
                case V5_0 -> new Sample("19800314-2380", LocalDate.of(2018, 3, 1), LocalDate.of(2019, 2, 28));
                case V5_1 -> new Sample("19911205-7782", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 8, 31));
                default -> new Sample("19840229-8452", LocalDate.of(2019, 11, 1), LocalDate.of(2020, 2, 29));
            };
        }
    }
}
