package se.lefi.client.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.lefi.client.Benefit;
import se.lefi.client.BenefitQuery;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiException;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.examples.SummaryPrinter;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.SimulatedOrganisation;

/**
 * Queries LEFI Online from the command line, for operators: a readable table or JSON, against the
 * endpoint of a connection agreement (with the organisation's key store) or the built-in simulator.
 *
 * <pre>{@code
 * lefi query --simulator --pnr 19850412-2386 --benefits SJP --from 2020-03-01 --to 2021-12-31
 * lefi query --endpoint https://lefi.example/lefionline --org 5565594230 \
 *     --keystore org.p12 --keystore-password ... --pnr 19850412-2386 --benefits SJP,FP \
 *     --from 2021-01-01 --to 2021-12-31 --version 6.0 --json
 * }</pre>
 */
@Command(name = "lefi", mixinStandardHelpOptions = true, version = "lefi 0.1.0",
        description = "Queries Försäkringskassan's LEFI Online.", subcommands = {LefiCli.Query.class, LefiCli.Ping.class})
public final class LefiCli implements Runnable {

    /** Exit code when every query was answered. */
    public static final int OK = 0;
    /** Exit code when the service (or the connection) failed for at least one person. */
    public static final int FAILED = 1;
    /** Exit code for bad usage (picocli's default). */
    public static final int USAGE = 2;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(execute(System.out, System.err, args));
    }

    /**
     * Runs the tool, writing to the given streams.
     *
     * @param out where results go
     * @param err where errors and usage go
     * @param args the command line
     * @return the exit code: {@link #OK}, {@link #FAILED} or {@link #USAGE}
     */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new LefiCli());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
                commandLine.getErr().println("lefi: " + e.getMessage());
                return USAGE;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where to send queries: an endpoint or the simulator. */
    static final class Target {
        @Option(names = "--endpoint", description = "the endpoint of the connection agreement", required = true)
        URI endpoint;

        @Option(names = "--simulator", description = "start the built-in simulated LEFI Online and query it",
                required = true)
        boolean simulator;
    }

    /** Connection settings shared by the subcommands. */
    static class Connection {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Option(names = "--org", description = "the querying organisationsnummer (default with --simulator: 2120000142)")
        String organisationsnummer;

        @Option(names = "--version", defaultValue = "6.0", description = "contract version: 5.0, 5.1 or 6.0 (default: ${DEFAULT-VALUE})")
        String version;

        @Option(names = "--keystore", description = "PKCS12 (or --keystore-type) key store with the organisation certificate")
        Path keyStore;

        @Option(names = "--keystore-password", arity = "0..1", interactive = true,
                defaultValue = "${env:LEFI_KEYSTORE_PASSWORD}", description = "its password (or LEFI_KEYSTORE_PASSWORD)")
        char[] keyStorePassword;

        @Option(names = "--keystore-type", defaultValue = "PKCS12")
        String keyStoreType;

        @Option(names = "--truststore", description = "trust store for the service's certificate (default: the JVM's)")
        Path trustStore;

        @Option(names = "--truststore-password", arity = "0..1", interactive = true,
                defaultValue = "${env:LEFI_TRUSTSTORE_PASSWORD}")
        char[] trustStorePassword;

        @Option(names = "--truststore-type", defaultValue = "PKCS12")
        String trustStoreType;

        @Option(names = "--timeout", defaultValue = "30", description = "response timeout in seconds (default: ${DEFAULT-VALUE})")
        int timeoutSeconds;

        LefiVersion lefiVersion() {
            return LefiVersion.fromWireValue(version).orElseThrow(() -> new IllegalArgumentException(
                    "unknown version '" + version + "'; choose 5.0, 5.1 or 6.0"));
        }

        /** Opens the simulator if asked for; the caller closes it. */
        LefiOnlineSimulator startSimulator() {
            return target.simulator ? LefiOnlineSimulator.start() : null;
        }

        LefiClient client(LefiOnlineSimulator simulator) throws Exception {
            LefiClient.Builder b = LefiClient.builder().version(lefiVersion())
                    .responseTimeout(Duration.ofSeconds(Math.max(1, timeoutSeconds)));
            if (simulator != null) {
                b.endpoint(simulator.endpoint()).organisationsnummer(organisationsnummer != null ? organisationsnummer
                        : SimulatedOrganisation.KOMMUN.organisationsnummer());
            } else {
                if (organisationsnummer == null) {
                    throw new IllegalArgumentException("--org is required with --endpoint");
                }
                b.endpoint(target.endpoint).organisationsnummer(organisationsnummer);
            }
            if (keyStore != null || trustStore != null) {
                b.sslContext(sslContext());
            }
            return b.build();
        }

        private SSLContext sslContext() throws GeneralSecurityException {
            KeyManagerFactory kmf = null;
            if (keyStore != null) {
                KeyStore ks = load(keyStore, keyStoreType, keyStorePassword);
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(ks, keyStorePassword == null ? new char[0] : keyStorePassword);
            }
            TrustManagerFactory tmf = null;
            if (trustStore != null) {
                tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(load(trustStore, trustStoreType, trustStorePassword));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf == null ? null : kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), null);
            return context;
        }

        private static KeyStore load(Path path, String type, char[] password) {
            try (InputStream in = Files.newInputStream(path)) {
                KeyStore ks = KeyStore.getInstance(type);
                ks.load(in, password);
                return ks;
            } catch (IOException | GeneralSecurityException e) {
                // A wrong password shows up as an IOException from load(); both are the operator's to fix.
                throw new IllegalArgumentException("cannot read the key store " + path.getFileName() + " ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            }
        }
    }

    /** Asks about one or more persons. */
    @Command(name = "query", mixinStandardHelpOptions = true,
            description = "Fetches the benefit information of one or more persons.")
    static final class Query extends Connection implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--pnr", required = true, split = ",", description = "personnummer or samordningsnummer, comma-separated")
        List<String> personnummer;

        @Option(names = "--benefits", split = ",", description = "groups whose cases are wanted, e.g. SJP,FP")
        List<String> benefits = new ArrayList<>();

        @Option(names = "--payments", split = ",", description = "groups whose executed payments are wanted (default: --benefits)")
        List<String> payments;

        @Option(names = "--preliminary", split = ",", description = "groups whose preliminary payments are wanted (6.0)")
        List<String> preliminary = new ArrayList<>();

        @Option(names = "--from", required = true, description = "first day, yyyy-MM-dd")
        LocalDate from;

        @Option(names = "--to", required = true, description = "last day, yyyy-MM-dd (may lie in the future)")
        LocalDate to;

        @Option(names = "--json", description = "print JSON instead of a table")
        boolean json;

        @Option(names = "--correlation-id", description = "your own id for the query, echoed by the service")
        String correlationId;

        @Override
        public Integer call() throws Exception {
            List<Personnummer> persons = personnummer.stream().map(Personnummer::parse).toList();
            List<Benefit> caseGroups = BenefitCodes.parse(benefits);
            List<Benefit> paymentGroups = payments == null ? caseGroups : BenefitCodes.parse(payments);
            List<Benefit> preliminaryGroups = BenefitCodes.parse(preliminary);
            PrintStream out = new PrintStream(new WriterOutputStream(spec.commandLine().getOut()), true,
                    StandardCharsets.UTF_8);
            List<JsonPrinter.Result> results = new ArrayList<>();
            try (LefiOnlineSimulator simulator = startSimulator(); LefiClient client = client(simulator)) {
                for (Personnummer pnr : persons) {
                    BenefitQuery q = client.query(pnr).period(from, to)
                            .benefits(caseGroups.toArray(Benefit[]::new))
                            .payments(paymentGroups.toArray(Benefit[]::new))
                            .preliminaryPayments(preliminaryGroups.toArray(Benefit[]::new));
                    if (correlationId != null) {
                        q.correlationId(correlationId);
                    }
                    try {
                        results.add(JsonPrinter.Result.ok(pnr, q.fetch()));
                    } catch (LefiException e) {
                        results.add(JsonPrinter.Result.failed(pnr, e));
                    }
                }
            }
            if (json) {
                new JsonPrinter(out).print(results);
            } else {
                SummaryPrinter printer = new SummaryPrinter(out);
                for (JsonPrinter.Result r : results) {
                    r.info().ifPresent(printer::print);
                    r.error().ifPresent(e -> spec.commandLine().getErr().println("lefi: " + r.personnummer() + ": "
                            + e.getClass().getSimpleName() + e.errorCode().map(c -> " " + c).orElse("") + ": "
                            + e.getMessage()));
                }
            }
            out.flush();
            return results.stream().anyMatch(r -> r.error().isPresent()) ? FAILED : OK;
        }
    }

    /** Asks whether the service answers. */
    @Command(name = "ping", mixinStandardHelpOptions = true, description = "Asks the service whether it answers, and in which version.")
    static final class Ping extends Connection implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (LefiOnlineSimulator simulator = startSimulator(); LefiClient client = client(simulator)) {
                var ping = client.ping();
                spec.commandLine().getOut().println("LEFI Online " + ping.version() + " answered at " + ping.answeredAt());
                return OK;
            } catch (LefiException e) {
                spec.commandLine().getErr().println("lefi: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                return FAILED;
            }
        }
    }

    /** Lets the SummaryPrinter (a PrintStream user) write to picocli's writer. */
    private static final class WriterOutputStream extends java.io.OutputStream {
        private final PrintWriter writer;
        private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();

        WriterOutputStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            buffer.write(b);
        }

        @Override
        public void flush() {
            writer.write(buffer.toString(StandardCharsets.UTF_8));
            writer.flush();
            buffer.reset();
        }
    }
}
