package se.lefi.client.benchmarks.v9;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import se.lefi.client.benchmarks.ServerProcess;
import se.lefi.client.benchmarks.Responses.Size;

/**
 * Serves the version 9 answers over loopback HTTP as JSON: every path under {@code /v9/<size>}
 * answers with that size, so a client whose base URL is {@link #baseUrl(Size)} gets it whatever
 * operation path it appends. Same server as the SOAP benchmark's (JDK HttpServer, TCP_NODELAY,
 * request read and discarded, answer from memory with a Content-Length), and like it run in a JVM
 * of its own by the end-to-end benchmarks ({@link #startForBenchmark()}).
 *
 * <pre>{@code
 * try (V9LoopbackServer server = V9LoopbackServer.startForBenchmark()) {
 *     URI base = server.baseUrl(Size.SMALL);
 * }
 * }</pre>
 */
public final class V9LoopbackServer implements AutoCloseable {

    private final int port;
    private final AutoCloseable stop;

    private V9LoopbackServer(int port, AutoCloseable stop) {
        this.port = port;
        this.stop = stop;
    }

    /**
     * Starts the server where {@code -Dloopback} says: in a JVM of its own (the default) or in
     * this one ({@link ServerProcess}).
     */
    public static V9LoopbackServer startForBenchmark() {
        if (!ServerProcess.separate()) {
            return start();
        }
        ServerProcess process = ServerProcess.launch(V9LoopbackServer.class);
        return new V9LoopbackServer(process.port(), process);
    }

    /**
     * Serves in this JVM until standard input closes: the child side of {@link ServerProcess}.
     *
     * @param args none
     */
    public static void main(String[] args) throws Exception {
        try (V9LoopbackServer server = start()) {
            ServerProcess.serveUntilParentCloses(server.port);
        }
    }

    /** Starts a server in this JVM on a free loopback port with 32 worker threads. */
    public static V9LoopbackServer start() {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
        // delayed ACK and every small answer waits ~40 ms.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
            for (Size size : Size.values()) {
                byte[] answer = V9Responses.bytes(size);
                server.createContext("/v9/" + size.key() + "/", exchange -> {
                    try (InputStream in = exchange.getRequestBody()) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, answer.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answer);
                    }
                });
            }
            ExecutorService workers = Executors.newFixedThreadPool(32, r -> {
                Thread t = new Thread(r, "v9-loopback-server");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(workers);
            server.start();
            return new V9LoopbackServer(server.getAddress().getPort(), () -> {
                server.stop(0);
                workers.shutdownNow();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the base URL (the service's root, before the spec's paths) that answers with the size. */
    public URI baseUrl(Size size) {
        return URI.create("http://127.0.0.1:" + port + "/v9/" + size.key());
    }

    @Override
    public void close() {
        try {
            stop.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the loopback server", e);
        }
    }
}
