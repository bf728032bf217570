package se.lefi.client.cli;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

/**
 * Runs the test kit's simulated LEFI Online for {@code lefi simulator} and {@code --simulator}.
 * The test kit is loaded reflectively, only then: a query against a real endpoint never loads
 * (nor needs) a class of it or of WireMock.
 */
interface SimulatorHandle extends AutoCloseable {

    /** Returns the simulator's endpoint for the SOAP versions. */
    URI endpoint();

    /** Returns the simulator's base URL, the endpoint of a version 9 client. */
    URI baseUrl();

    /** Returns the aktörs-id version 9 knows the simulator's default organisation by. */
    String aktorsId();

    @Override
    void close();

    /**
     * Starts a simulator.
     *
     * @param port the port, or 0 for any free one
     * @return the running simulator
     * @throws IllegalStateException if the test kit is not on the class path
     */
    static SimulatorHandle start(int port) {
        try {
            Class<?> type = Class.forName("se.lefi.client.cli.TestkitSimulator");
            return (SimulatorHandle) type.getDeclaredMethod("start", int.class).invoke(null, port);
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
