package se.lefi.client.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.lefi.client.Benefit;
import se.lefi.client.BenefitQuery;
import se.lefi.client.LefiClient;

/** Fetches the benefit information of one person or of every person in a file. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {"Fetches the benefit information of one or more persons.",
            "Personnummer come one a line from --pnr-file FILE, or standard input with --pnr-file -"
                + " (blank lines and # comments skipped); --pnr puts them on the command line, where"
                + " ps and the shell history see them."},
        footer = {"%nExamples:",
            "  lefi query --simulator --pnr 19780623-4576 --benefits SJP --from 2020-03-01 --to 2020-12-31",
            "  LEFI_KEYSTORE_PASSWORD=... lefi query --config /etc/lefi/lefi.properties --pnr-file persons.txt"
                + " --benefits SJP,FP --from 2024-01-01 --to 2024-12-31 --output csv > result.csv"})
final class QueryCommand implements Callable<Integer> {

    private final LefiCli.Environment env;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Option(names = "--pnr", split = ",", paramLabel = "PNR", description = "personnummer or samordningsnummer,"
            + " comma-separated (prefer --pnr-file)")
    List<String> personnummer = new ArrayList<>();

    @Option(names = "--pnr-file", paramLabel = "FILE", description = "one personnummer a line; - for standard input")
    String pnrFile;

    @Option(names = "--benefits", split = ",", paramLabel = "CODE", description = "groups whose cases are wanted,"
            + " e.g. SJP,FP (codes such as SJP or FK:SJP, or names such as SJUKPENNING)")
    List<String> benefits = new ArrayList<>();

    @Option(names = "--payments", split = ",", paramLabel = "CODE", description = "groups whose executed payments"
            + " are wanted (default: --benefits)")
    List<String> payments;

    @Option(names = "--preliminary", split = ",", paramLabel = "CODE", description = "groups whose preliminary"
            + " payments are wanted (6.0)")
    List<String> preliminary = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "first day, yyyy-MM-dd")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day, yyyy-MM-dd (may lie in the future)")
    LocalDate to;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table (a block per person), json (one object a line) or csv (default: ${DEFAULT-VALUE})")
    String output;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
            description = "queries in flight at once (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--no-progress", description = "no progress on standard error")
    boolean noProgress;

    @Option(names = "--correlation-id", paramLabel = "ID", description = "your own id for the queries, echoed by"
            + " the service")
    String correlationId;

    QueryCommand(LefiCli.Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Output format = Output.parse(output);
        if (from == null || to == null) {
            throw new IllegalArgumentException("--from and --to are required");
        }
        if (personnummer.isEmpty() == (pnrFile == null)) {
            throw new IllegalArgumentException("give the persons with --pnr-file FILE (- for standard input) or --pnr,"
                    + " one of them");
        }
        List<Benefit> caseGroups = BenefitCodes.parse(benefits);
        List<Benefit> paymentGroups = payments == null ? caseGroups : BenefitCodes.parse(payments);
        List<Benefit> preliminaryGroups = BenefitCodes.parse(preliminary);
        List<PersonSource.Entry> entries = pnrFile != null ? PersonSource.fromFile(pnrFile, env)
                : PersonSource.fromArguments(personnummer);
        try (SimulatorHandle simulator = connection.simulator ? SimulatorHandle.start(0) : null;
             LefiClient client = connection.builder(env, simulator)
                     .maxConnections(Math.max(concurrency, 1)).build()) {
            BulkRun.Summary summary = new BulkRun(concurrency, format, env, !noProgress).run(entries, pnr -> {
                BenefitQuery q = client.query(pnr).period(from, to)
                        .benefits(caseGroups.toArray(Benefit[]::new))
                        .payments(paymentGroups.toArray(Benefit[]::new))
                        .preliminaryPayments(preliminaryGroups.toArray(Benefit[]::new));
                if (correlationId != null) {
                    q.correlationId(correlationId);
                }
                return q.fetch();
            });
            return summary.allAnswered() ? LefiCli.OK : LefiCli.FAILED;
        }
    }
}
