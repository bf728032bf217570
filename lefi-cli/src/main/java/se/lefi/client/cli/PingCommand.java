package se.lefi.client.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiException;
import se.lefi.client.model.PingResult;

/** Asks the service whether it answers, and in which version. */
@Command(name = "ping", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Asks the service whether it answers, and in which version.",
        footer = {"%nExample:", "  lefi ping --endpoint https://lefi.example/lefionline --org 5565594230"
                + " --keystore org.p12 --contract 5.1"})
final class PingCommand implements Callable<Integer> {

    private final LefiCli.Environment env;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    PingCommand(LefiCli.Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (SimulatorHandle simulator = connection.simulator ? SimulatorHandle.start(0) : null;
             LefiClient client = connection.builder(env, simulator).build()) {
            PingResult ping = client.ping();
            env.out().println("LEFI Online " + ping.version() + " answered at " + ping.answeredAt());
            return LefiCli.OK;
        } catch (LefiException e) {
            env.err().println("lefi: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return LefiCli.FAILED;
        }
    }
}
