package se.lefi.client.testkit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import se.lefi.client.LefiVersion;
import se.lefi.client.internal.util.Redaction;
import se.lefi.client.testkit.internal.PersonsFile;

/**
 * Runs the LEFI Online simulator as a program, outside any JVM test: for docker-compose set-ups,
 * manual tests and teams that do not write Java.
 *
 * <pre>{@code
 * java -cp "lefi-client-testkit.jar:<its runtime dependencies>" se.lefi.client.testkit.LefiSimulatorMain \
 *      --port 8080 --version 6.0 --persons persons.yaml
 * }</pre>
 *
 * <p>Other programs (the {@code lefi simulator} command) start it through {@link #run(String...)},
 * which returns an exit code: 0 after {@code --help} or a clean stop, 1 when the simulator cannot
 * start (the port is taken, a file cannot be read), 2 for bad usage (an unknown option, a wrong
 * value, a persons file with an error).
 */
public final class LefiSimulatorMain {

    /** The port used when {@code --port} is not given. */
    public static final int DEFAULT_PORT = 8080;

    static final String USAGE = """
            Usage: java -cp <class path> se.lefi.client.testkit.LefiSimulatorMain [options]

            Runs a simulated LEFI Online until stopped with Ctrl+C: hamtaFormansinformation and
            ping in 5.0, 5.1 and 6.0 on http://<bind>:<port>/lefionline, and version 9 (REST/JSON)
            below http://<bind>:<port> (the base URL a version 9 client takes as its endpoint).

              --port N              port to listen on (default 8080; 0 picks a free one)
              --bind ADDRESS        address to listen on (default 127.0.0.1; 0.0.0.0 in a container)
              --version V[,V...]    versions the service supports: 5.0, 5.1, 6.0, 9 (default all)
              --persons FILE        persons and organisations from a .json, .yaml or .yml file
              --no-default-persons  leave out the built-in synthetic persons
              --today YYYY-MM-DD    fix the simulator's today (default the real today)
              --tls MODE            none (default), https, or mutual (a client certificate is required)
              --tls-hostname NAME   another host name for the server certificate (repeatable)
              --certificates DIR    with --tls, write client.p12, truststore.p12 (password changeit),
                                    ca.pem, client.pem and client-key.pem there for clients
              --help                show this help

            Exit codes: 0 stopped or help, 1 could not start, 2 bad usage.
            """;

    private LefiSimulatorMain() {
    }

    /**
     * Starts the simulator from the command line and exits with {@link #run(String...)}'s code.
     *
     * @param args the options; {@code --help} lists them
     */
    public static void main(String[] args) {
        int code = run(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Starts the simulator, prints where it listens and blocks until the JVM shuts down or the
     * calling thread is interrupted; returns at once after {@code --help} or an error.
     *
     * @param args the options; {@code --help} lists them
     * @return the exit code: 0 stopped or help, 1 could not start, 2 bad usage
     */
    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    /**
     * As {@link #run(String...)}, writing to the given streams.
     *
     * @param out where the endpoint and help go
     * @param err where errors go
     * @param args the options
     * @return the exit code
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        Started started = start(out, err, args);
        if (started.simulator() == null) {
            return started.exitCode();
        }
        LefiOnlineSimulator simulator = started.simulator();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "lefi-simulator-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Runtime.getRuntime().removeShutdownHook(hook);
            simulator.close();
        }
        return 0;
    }

    /** Either a running simulator or the exit code of why there is none. */
    record Started(LefiOnlineSimulator simulator, int exitCode) {
    }

    /** Parses the options and starts the simulator without blocking, for this class and its tests. */
    static Started start(PrintStream out, PrintStream err, String... args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            error(err, e.getMessage());
            err.println("Try --help.");
            return new Started(null, 2);
        }
        if (options.help) {
            out.print(USAGE);
            return new Started(null, 0);
        }
        LefiOnlineSimulator.Builder builder = LefiOnlineSimulator.builder().port(options.port).bindAddress(options.bind)
                .tls(options.tls).tlsHostnames(options.tlsHostnames.toArray(String[]::new));
        if (!options.versions.isEmpty()) {
            builder.supportedVersions(options.versions.toArray(LefiVersion[]::new));
        }
        boolean defaultPersons = !options.noDefaultPersons;
        LocalDate today = options.today;
        int fromFiles = 0;
        for (Path file : options.persons) {
            PersonsFile.Content content;
            try {
                content = PersonsFile.read(file);
            } catch (IllegalArgumentException e) {
                error(err, e.getMessage());
                return new Started(null, 2);
            } catch (IOException e) {
                error(err, "cannot read " + file + ": " + e.getClass().getSimpleName());
                return new Started(null, 1);
            }
            defaultPersons &= content.defaultPersons().orElse(true);
            if (today == null) {
                today = content.today().orElse(null);
            }
            content.organisations().forEach(builder::organisation);
            content.persons().forEach(builder::person);
            fromFiles += content.persons().size();
        }
        if (!defaultPersons) {
            builder.withoutDefaultPersons();
        }
        if (today != null) {
            builder.today(today);
        }
        LefiOnlineSimulator simulator;
        try {
            simulator = builder.start();
        } catch (RuntimeException e) {
            error(err, "cannot start on " + options.bind + ":" + options.port + ": " + e.getMessage());
            return new Started(null, 1);
        }
        try {
            if (options.certificates != null) {
                simulator.tls().writeTo(options.certificates);
            }
        } catch (RuntimeException e) {
            simulator.close();
            error(err, "cannot write the certificates to " + options.certificates + ": " + e.getMessage());
            return new Started(null, 1);
        }
        out.println("LEFI Online simulator listening on " + simulator.endpoint());
        if (simulator.supportedVersions().contains(LefiVersion.V9_0)) {
            out.println("  version 9: endpoint " + simulator.baseUrl() + ", aktors-id "
                    + SimulatedOrganisation.KOMMUN.aktorsId() + " (" + SimulatedOrganisation.KOMMUN.category() + ")");
        }
        out.println("  versions " + simulator.supportedVersions().stream().sorted().map(LefiVersion::wireValue)
                .collect(Collectors.joining(", ")) + "; " + simulator.personCount() + " persons (" + fromFiles
                + " from files); today " + simulator.today());
        if (options.tls != TlsMode.NONE) {
            out.println("  " + (options.tls == TlsMode.MUTUAL ? "mutual TLS: a client certificate is required"
                    : "HTTPS") + (options.certificates == null ? "; --certificates DIR writes what clients need"
                    : "; client certificate and trust store in " + options.certificates));
        }
        out.println("Stop it with Ctrl+C.");
        out.flush();
        return new Started(simulator, 0);
    }

    /** Prints an error, masking anything that looks like a personnummer (a file name or option may hold one). */
    private static void error(PrintStream err, String message) {
        err.println("lefi simulator: " + Redaction.mask(String.valueOf(message)));
    }

    /** The parsed command line. */
    private static final class Options {
        int port = DEFAULT_PORT;
        String bind = "127.0.0.1";
        final Set<LefiVersion> versions = EnumSet.noneOf(LefiVersion.class);
        final List<Path> persons = new ArrayList<>();
        boolean noDefaultPersons;
        LocalDate today;
        TlsMode tls = TlsMode.NONE;
        final List<String> tlsHostnames = new ArrayList<>();
        Path certificates;
        boolean help;

        static Options parse(String... args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                switch (arg) {
                    case "--help", "-h" -> o.help = true;
                    case "--no-default-persons" -> o.noDefaultPersons = true;
                    case "--port" -> o.port = port(value != null ? value : next(args, ++i, arg));
                    case "--bind" -> o.bind = value != null ? value : next(args, ++i, arg);
                    case "--version" -> versions(o, value != null ? value : next(args, ++i, arg));
                    case "--persons" -> o.persons.add(Path.of(value != null ? value : next(args, ++i, arg)));
                    case "--today" -> o.today = date(value != null ? value : next(args, ++i, arg));
                    case "--tls" -> o.tls = tls(value != null ? value : next(args, ++i, arg));
                    case "--tls-hostname" -> o.tlsHostnames.add(value != null ? value : next(args, ++i, arg));
                    case "--certificates" -> o.certificates = Path.of(value != null ? value : next(args, ++i, arg));
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (o.certificates != null && o.tls == TlsMode.NONE && !o.help) {
                throw new IllegalArgumentException("--certificates needs --tls https or --tls mutual");
            }
            return o;
        }

        private static String next(String[] args, int i, String option) {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int port(String value) {
            try {
                int port = Integer.parseInt(value.trim());
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port takes a number from 0 to 65535, not " + value);
            }
        }

        private static void versions(Options o, String value) {
            for (String v : value.split(",")) {
                String wire = v.trim();
                o.versions.add(LefiVersion.fromWireValue(wire)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "--version takes 5.0, 5.1, 6.0 or 9 (comma-separated), not " + wire)));
            }
        }

        private static LocalDate date(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--today takes a date as yyyy-MM-dd, not " + value);
            }
        }

        private static TlsMode tls(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "none" -> TlsMode.NONE;
                case "https" -> TlsMode.HTTPS;
                case "mutual" -> TlsMode.MUTUAL;
                default -> throw new IllegalArgumentException("--tls takes none, https or mutual, not " + value);
            };
        }
    }
}
