package se.lefi.client.benchmarks;

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
import se.lefi.client.benchmarks.Responses.Size;
import se.lefi.client.benchmarks.v9.V9Responses;

/**
 * Serves the benchmark's answers over loopback HTTP, one path per size and protocol (SOAP under
 * {@link #endpoint(Size)}, version 9's JSON under {@link #baseUrl(Size)}); every client under test
 * talks to the same server and gets the same bytes.
 *
 * <p>Built on the JDK's {@code com.sun.net.httpserver}, so starting it loads no XML class. It
 * reads and discards the request, then writes the answer with a Content-Length. The end-to-end
 * benchmarks run it in a JVM of its own ({@link #startForBenchmark()}, {@link ServerProcess}), so
 * that their CPU and allocation figures are the client's alone.
 *
 * <pre>{@code
 * try (LoopbackServer server = LoopbackServer.startForBenchmark()) {
 *     URI small = server.endpoint(Size.SMALL);
 * }
 * }</pre>
 */
public final class LoopbackServer implements AutoCloseable {

    private final int port;
    private final AutoCloseable stop;

    private LoopbackServer(int port, AutoCloseable stop) {
        this.port = port;
        this.stop = stop;
    }

    /**
     * Starts the server where {@code -Dloopback} says: in a JVM of its own (the default) or in
     * this one.
     */
    public static LoopbackServer startForBenchmark() {
        if (!ServerProcess.separate()) {
            return start();
        }
        ServerProcess process = ServerProcess.launch(LoopbackServer.class);
        return new LoopbackServer(process.port(), process);
    }

    /**
     * Serves in this JVM until standard input closes: the child side of {@link ServerProcess}.
     *
     * @param args none
     */
    public static void main(String[] args) throws Exception {
        try (LoopbackServer server = start()) {
            ServerProcess.serveUntilParentCloses(server.port);
        }
    }

    /** Starts a server in this JVM on a free loopback port with 32 worker threads. */
    public static LoopbackServer start() {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
        // delayed ACK and every small answer waits ~40 ms: the benchmark would measure that stall.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
            for (Size size : Size.values()) {
                serve(server, "/lefi/" + size.key(), "text/xml; charset=UTF-8", Responses.bytes(size));
                // Version 9: every operation path below the base URL answers with the size's JSON.
                serve(server, "/v9/" + size.key() + "/", "application/json", V9Responses.bytes(size));
            }
            ExecutorService workers = Executors.newFixedThreadPool(32, r -> {
                Thread t = new Thread(r, "loopback-server");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(workers);
            server.start();
            return new LoopbackServer(server.getAddress().getPort(), () -> {
                server.stop(0);
                workers.shutdownNow();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serve(HttpServer server, String path, String contentType, byte[] answer) {
        server.createContext(path, exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
    }

    /** Returns the SOAP endpoint that answers with the given size. */
    public URI endpoint(Size size) {
        return URI.create("http://127.0.0.1:" + port + "/lefi/" + size.key());
    }

    /** Returns the version 9 base URL (the service's root, before the spec's paths) that answers with the size. */
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
