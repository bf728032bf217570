package se.lefi.client.functional.fuzz;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves one answer at a time on loopback, switched per case, and counts the requests it got
 * since the switch: one JDK HTTP server for thousands of cases.
 */
final class AnswerSwitchboard implements AutoCloseable {

    private static final String PATH = "/lefionline";

    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Mutator.Mutant answer;

    private AnswerSwitchboard(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Starts the server on a free loopback port.
     *
     * @return the running switchboard
     * @throws IOException if no port can be bound
     */
    static AnswerSwitchboard start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Several threads: a handler writing to a client that hung up must not hold up the next case.
        ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fuzz-switchboard");
            t.setDaemon(true);
            return t;
        });
        AnswerSwitchboard board = new AnswerSwitchboard(server, threads);
        server.createContext(PATH, board::handle);
        server.setExecutor(threads);
        server.start();
        return board;
    }

    /** Returns the endpoint to give a client. */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /**
     * Answers every request from now on with the given answer and starts counting anew.
     *
     * @param next the answer
     */
    void serve(Mutator.Mutant next) {
        answer = next;
        requests.set(0);
    }

    /** Returns how many requests arrived since the last {@link #serve}. */
    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Mutator.Mutant current = answer;
        requests.incrementAndGet();
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            if (current.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", current.contentType());
            }
            byte[] body = current.body();
            exchange.sendResponseHeaders(current.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException hungUp) {
            // The client stopped reading early (it rejected the answer while streaming): expected.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
