package se.lefi.client.cli;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * Runs the test kit's simulated LEFI Online until the process is stopped, through the test kit's
 * own command line ({@code LefiSimulatorMain.run}), loaded reflectively only for this command.
 */
@Command(name = "simulator", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {"Runs the simulated LEFI Online of the test kit (5.0, 5.1, 6.0 and 9, synthetic persons) until"
                + " stopped (Ctrl-C, SIGTERM), for docker-compose set-ups and teams without Java tests.",
            "SOAP clients use the printed endpoint and organisationsnummer 2120000142; version 9 clients the printed"
                + " base URL and aktörs-id.",
            "Other options (--persons FILE, --today DATE, --tls MODE, --version V, ...) go to the simulator;"
                + " lefi simulator --port 0 --help-simulator lists them."},
        footer = {"%nExample:", "  lefi simulator --port 8089 &",
            "  lefi ping --endpoint http://localhost:8089/lefionline --org 2120000142",
            "  lefi ping --endpoint http://localhost:8089 --contract 9 --aktors-id <the printed aktörs-id>"})
final class SimulatorCommand implements Callable<Integer> {

    private static final String MAIN = "se.lefi.client.testkit.LefiSimulatorMain";

    private final LefiCli.Environment env;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8089",
            description = "the port to listen on; 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--help-simulator", description = "list the simulator's own options and exit")
    boolean simulatorHelp;

    @Unmatched
    List<String> simulatorOptions = new ArrayList<>();

    SimulatorCommand(LefiCli.Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0 to 65535");
        }
        List<String> args = new ArrayList<>(List.of("--port", String.valueOf(port)));
        args.addAll(simulatorOptions);
        if (simulatorHelp) {
            args.add("--help");
        }
        return run(env.out(), env.err(), args.toArray(String[]::new));
    }

    /** Calls the test kit's {@code LefiSimulatorMain.run(out, err, args)}, which blocks until the JVM stops. */
    private static int run(PrintStream out, PrintStream err, String[] args) {
        try {
            Class<?> main = Class.forName(MAIN);
            Object code = main.getMethod("run", PrintStream.class, PrintStream.class, String[].class)
                    .invoke(null, out, err, args);
            return (Integer) code;
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalStateException("the simulator needs se.lefi.client:lefi-client-testkit on the class path"
                    + " (the runnable lefi-cli jar bundles it)");
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("the simulator did not start: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the simulator did not start: " + e, e);
        }
    }
}
