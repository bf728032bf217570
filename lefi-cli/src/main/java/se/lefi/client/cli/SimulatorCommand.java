package se.lefi.client.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the test kit's simulated LEFI Online until the process is stopped. */
@Command(name = "simulator", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {"Runs the simulated LEFI Online of the test kit (5.0, 5.1 and 6.0, synthetic persons) until"
                + " stopped (Ctrl-C, SIGTERM), for docker-compose set-ups and teams without Java tests.",
            "Clients use the printed endpoint, any contract version and organisationsnummer 2120000142."},
        footer = {"%nExample:", "  lefi simulator --port 8089 &",
            "  lefi ping --endpoint http://localhost:8089/lefionline --org 2120000142"})
final class SimulatorCommand implements Callable<Integer> {

    private final LefiCli.Environment env;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8089",
            description = "the port to listen on; 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    SimulatorCommand(LefiCli.Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0 to 65535");
        }
        SimulatorHandle simulator = SimulatorHandle.start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "lefi-simulator-stop"));
        env.out().println("LEFI Online simulator listening at " + simulator.endpoint());
        env.out().flush();
        stopped.await();
        return LefiCli.OK;
    }
}
