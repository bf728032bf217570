package se.lefi.client.cli;

import java.net.URI;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.SimulatedOrganisation;

/** Adapts the test kit's simulator; the only class of the tool that names the test kit. */
final class TestkitSimulator implements SimulatorHandle {

    private final LefiOnlineSimulator simulator;

    private TestkitSimulator(LefiOnlineSimulator simulator) {
        this.simulator = simulator;
    }

    /** Called reflectively by {@link SimulatorHandle#start(int)}. */
    static SimulatorHandle start(int port) {
        LefiOnlineSimulator.Builder builder = LefiOnlineSimulator.builder();
        if (port > 0) {
            builder.port(port);
        }
        return new TestkitSimulator(builder.start());
    }

    @Override
    public URI endpoint() {
        return simulator.endpoint();
    }

    @Override
    public URI baseUrl() {
        return simulator.baseUrl();
    }

    @Override
    public String aktorsId() {
        return SimulatedOrganisation.KOMMUN.aktorsId();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
