package se.lefi.client.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a loopback server in a JVM of its own, so that the CPU time and the allocation the
 * benchmark JVM reports are the client's alone.
 *
 * <p>With the server in the benchmark's JVM, every call's figures held the server's work too (the
 * JDK server parses the request, dispatches it to a worker and writes the answer): the same amount
 * for every client, which pulled every ratio towards 1 and hid a small answer's differences most.
 * {@code -Dloopback=inprocess} brings the old arrangement back for comparison.
 *
 * <p>The child runs the server class's {@code main}, prints {@code port N} on its first line and
 * stops when its standard input closes, so it cannot outlive the benchmark JVM.
 *
 * <pre>{@code
 * try (ServerProcess server = ServerProcess.launch(LoopbackServer.class)) {
 *     int port = server.port();
 * }
 * }</pre>
 */
public final class ServerProcess implements AutoCloseable {

    /** The system property that chooses where the benchmarks' server runs: process (default) or inprocess. */
    public static final String WHERE = "loopback";

    private static final String PORT_LINE = "port ";

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Returns whether the benchmarks' server should run in a JVM of its own (the default). */
    public static boolean separate() {
        String where = System.getProperty(WHERE, "process");
        return switch (where) {
            case "process" -> true;
            case "inprocess" -> false;
            default -> throw new IllegalArgumentException("-D" + WHERE + " must be process or inprocess, not " + where);
        };
    }

    /**
     * Starts {@code serverClass}'s {@code main} in a new JVM on this JVM's class path and waits
     * for its port.
     *
     * @param serverClass a class whose main prints {@code port N} and serves until stdin closes
     * @return the running server
     */
    public static ServerProcess launch(Class<?> serverClass) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch",
                "-cp", System.getProperty("java.class.path"), serverClass.getName());
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
            String line = out.readLine();
            if (line == null || !line.startsWith(PORT_LINE)) {
                process.destroyForcibly();
                throw new IllegalStateException("The server process did not report its port: " + line);
            }
            return new ServerProcess(process, Integer.parseInt(line.substring(PORT_LINE.length()).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The child's side: reports the port, then blocks until the parent closes stdin (or dies).
     *
     * @param port the port the child's server listens on
     */
    public static void serveUntilParentCloses(int port) throws IOException {
        System.out.println(PORT_LINE + port);
        System.out.flush();
        while (System.in.read() != -1) {
            // Nothing is sent on stdin; its end is the signal to stop.
        }
    }

    /** Returns the port the server listens on. */
    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
