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

/**
 * Serves the benchmark's answers over loopback HTTP, one path per size; every client under test
 * talks to the same server and gets the same bytes.
 *
 * <p>Built on the JDK's {@code com.sun.net.httpserver}, so starting it loads no XML class. It
 * reads and discards the request, then writes the answer with a Content-Length.
 *
 * <pre>{@code
 * try (LoopbackServer server = LoopbackServer.start()) {
 *     URI small = server.endpoint(Size.SMALL);
 * }
 * }</pre>
 */
public final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers;

    private LoopbackServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Starts a server on a free loopback port with 32 worker threads. */
    public static LoopbackServer start() {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
        // delayed ACK and every small answer waits ~40 ms: the benchmark would measure that stall.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
            for (Size size : Size.values()) {
                byte[] answer = Responses.bytes(size);
                server.createContext("/lefi/" + size.key(), exchange -> {
                    try (InputStream in = exchange.getRequestBody()) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                    exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
                    exchange.sendResponseHeaders(200, answer.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answer);
                    }
                });
            }
            ExecutorService workers = Executors.newFixedThreadPool(32, r -> {
                Thread t = new Thread(r, "loopback-server");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(workers);
            server.start();
            return new LoopbackServer(server, workers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the URL that answers with the given size. */
    public URI endpoint(Size size) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/lefi/" + size.key());
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
