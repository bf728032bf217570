package se.lefi.client.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import se.lefi.client.Benefit;
import se.lefi.client.BenefitQuery;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.SyntheticPersons;

/**
 * Runs the SDK end to end against the test kit's simulated LEFI Online and prints what it
 * decoded; the contract version is a flag, and the code that asks and prints is the same for
 * every version.
 *
 * <pre>{@code
 * mvn -B -q compile exec:java -pl examples -am                              # latest (6.0)
 * mvn -B -q compile exec:java -pl examples -am -Dexec.args="--version 5.0"  # or 5.1
 * }</pre>
 */
public final class QuickStart {

    /**
     * The version the quick start speaks without {@code --version}: the newest SOAP version;
     * {@code --version 9} speaks version 9's REST/JSON to the same simulator.
     */
    public static final LefiVersion DEFAULT_VERSION = LefiVersion.V6_0;

    private QuickStart() {
    }

    /**
     * Starts the simulator, asks it about two synthetic persons in the chosen version and prints a summary.
     *
     * @param args {@code --version 5.0|5.1|6.0|9}, optional; 6.0 by default
     */
    public static void main(String[] args) {
        run(System.out, version(args));
    }

    /**
     * Reads the {@code --version} flag.
     *
     * @param args the command line
     * @return the chosen version, or {@link #DEFAULT_VERSION} when none is given
     * @throws IllegalArgumentException for an unknown flag or version
     */
    public static LefiVersion version(String... args) {
        LefiVersion version = DEFAULT_VERSION;
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
     * Does the work of {@link #main} for the default version, printing to the given stream.
     *
     * @param out where the summary goes
     * @return the decoded answers
     */
    public static List<BenefitInformation> run(PrintStream out) {
        return run(out, DEFAULT_VERSION);
    }

    /**
     * Does the work of {@link #main} with the simulator's today being the real today.
     *
     * @param out where the summary goes
     * @param version the contract version to speak
     * @return the decoded answers
     */
    public static List<BenefitInformation> run(PrintStream out, LefiVersion version) {
        return run(out, version, null);
    }

    /**
     * Does the work of {@link #main}, printing to the given stream.
     *
     * @param out where the summary goes
     * @param version the contract version to speak
     * @param today the simulator's today (payments after it are not executed yet), or null for the real clock
     * @return the decoded answers: the sick employee's, then the programme participant's
     */
    public static List<BenefitInformation> run(PrintStream out, LefiVersion version, LocalDate today) {
        LefiOnlineSimulator.Builder simulated = LefiOnlineSimulator.builder();
        if (today != null) {
            simulated.today(today);
        }
        try (LefiOnlineSimulator simulator = simulated.start();
             LefiClient client = client(simulator, version)) {
            out.printf("Simulated LEFI Online at %s, today %s%n", simulator.endpoint(version), simulator.today());
            SummaryPrinter printer = new SummaryPrinter(out);

            out.printf("%n=== An employee with ersättning för karens and a current sickness ===%n");
            LocalDate to = simulator.today().plusMonths(1);
            LocalDate from = LocalDate.of(2020, 3, 1);
            if (version == LefiVersion.V9_0 && from.isBefore(to.minusYears(2))) {
                // Version 9 refuses a period longer than two years unless the agreement allows it.
                from = to.minusYears(2);
            }
            BenefitQuery sick = client.query(Personnummer.parse(SyntheticPersons.SICK_EMPLOYEE))
                    .period(from, to)
                    .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.SJUKPENNING)
                    .payments(Benefit.SJUKPENNING)
                    .correlationId("quick-start-1");
            if (version.compareTo(LefiVersion.V6_0) >= 0) {
                // Only 6.0 and later know preliminary payments; 5.x would reject them before sending.
                sick.preliminaryPayments(Benefit.SJUKPENNING);
            }
            BenefitInformation sickInfo = sick.fetch();
            printer.print(sickInfo);

            out.printf("%n=== A participant in the jobb- och utvecklingsgaranti ===%n");
            BenefitQuery programme = client.query(Personnummer.parse(SyntheticPersons.JOB_PARTICIPANT))
                    .period(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 8, 31))
                    .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.AKTIVITETSSTOD, Benefit.PROGRAMANVISNING,
                            Benefit.PROGRAMERSATTNING)
                    .payments(Benefit.AKTIVITETSSTOD)
                    .correlationId("quick-start-2");
            if (version.compareTo(LefiVersion.V6_0) >= 0) {
                programme.benefits(Benefit.JOBB_OCH_UTVECKLINGSGARANTI);
            }
            BenefitInformation programmeInfo = programme.fetch();
            printer.print(programmeInfo);
            return List.of(sickInfo, programmeInfo);
        }
    }

    private static LefiClient client(LefiOnlineSimulator simulator, LefiVersion version) {
        LefiClient.Builder builder = LefiClient.builder()
                .endpoint(simulator.endpoint(version))      // version 9: the base URL; SOAP: .../lefionline
                .version(version)
                .organisationsnummer("2120000142");
        if (version == LefiVersion.V9_0) {
            // Version 9 knows the organisation by the aktörs-id Försäkringskassan issued; the simulator made one.
            builder.aktorsId(simulator.aktorsId("2120000142"));
        }
        return builder.build();
    }

    private static String known() {
        return Arrays.stream(LefiVersion.values()).map(LefiVersion::wireValue).collect(Collectors.joining("|"));
    }
}
