package se.lefi.client.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Spec;

/**
 * Runs the {@code lefi} command-line tool: queries LEFI Online for one person or a file of
 * thousands, pings it, or runs the test kit's simulator standalone.
 *
 * <pre>{@code
 * java -jar lefi-cli.jar query --pnr-file persons.txt --benefits SJP,FP --from 2024-01-01 --to 2024-12-31
 * java -jar lefi-cli.jar simulator --port 8089
 * }</pre>
 *
 * <p>Exit codes: {@link #OK} when every person was answered, {@link #FAILED} when the service
 * failed for a person or an input line was bad, {@link #USAGE} for a bad command line or setting.
 */
@Command(name = "lefi", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Queries Försäkringskassan's LEFI Online.%n"
                + "Settings come from options, environment variables (LEFI_ENDPOINT, ...) or a properties file"
                + " (--config); see `lefi query --help`.",
        subcommands = {QueryCommand.class, PingCommand.class, SimulatorCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every person answered", "1:the service failed for a person, or an input line was bad",
                "2:bad usage or setting"})
public final class LefiCli implements Runnable {

    /** Exit code when every query was answered. */
    public static final int OK = 0;
    /** Exit code when the service (or the connection) failed for at least one person, or a line was bad. */
    public static final int FAILED = 1;
    /** Exit code for bad usage or a bad setting (picocli's default for usage errors). */
    public static final int USAGE = 2;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    private final Environment environment;

    private LefiCli(Environment environment) {
        this.environment = environment;
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int exit = execute(new Environment(System.in, System.out, System.err, System.getenv(),
                System.console() != null), args);
        System.exit(exit);
    }

    /**
     * Runs the tool with the given streams and environment.
     *
     * @param env standard streams, environment variables and whether a terminal is attached
     * @param args the command line
     * @return the exit code
     */
    static int execute(Environment env, String... args) {
        CommandLine cli = new CommandLine(new LefiCli(env), new Factory(env));
        // Colours only on a terminal: piped output (JSON, CSV) must never start with an escape sequence.
        cli.setColorScheme(Help.defaultColorScheme(env.terminal() ? Help.Ansi.AUTO : Help.Ansi.OFF));
        cli.setOut(new PrintWriter(env.out(), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(env.err(), true, StandardCharsets.UTF_8));
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

    /**
     * Holds what the tool reads from and writes to, so that tests and {@link #main} differ only here.
     *
     * @param in standard input (for {@code --pnr-file -})
     * @param out results
     * @param err messages, progress and the summary
     * @param variables environment variables
     * @param terminal whether a terminal is attached (progress bar, colours)
     */
    record Environment(InputStream in, PrintStream out, PrintStream err, Map<String, String> variables,
            boolean terminal) {
    }

    /** Hands the environment to every subcommand. */
    private record Factory(Environment env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == QueryCommand.class) {
                return type.cast(new QueryCommand(env));
            }
            if (type == PingCommand.class) {
                return type.cast(new PingCommand(env));
            }
            if (type == SimulatorCommand.class) {
                return type.cast(new SimulatorCommand(env));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
