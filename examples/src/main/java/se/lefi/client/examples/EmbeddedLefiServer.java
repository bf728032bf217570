package se.lefi.client.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import se.lefi.client.LefiVersion;

/**
 * Serves recorded LEFI Online answers of one contract version (5.0, 5.1 or 6.0) on a local port,
 * so the examples run without credentials: a ping gets the version's sample ping answer, every
 * other call its sample typical answer.
 *
 * <pre>{@code
 * try (EmbeddedLefiServer server = EmbeddedLefiServer.start(LefiVersion.V5_1)) {
 *     URI endpoint = server.endpoint();
 * }
 * }</pre>
 */
public final class EmbeddedLefiServer implements AutoCloseable {

    // The contract's samples are numbered per version, so the ping answers have different names.
    private static final Map<LefiVersion, String> PING_ANSWERS = Map.of(LefiVersion.V5_0, "5.0/09-pingsvar.xml",
            LefiVersion.V5_1, "5.1/09-pingsvar.xml", LefiVersion.V6_0, "6.0/12-pingsvar.xml");

    private final HttpServer server;

    private EmbeddedLefiServer(HttpServer server) {
        this.server = server;
    }

    /** Starts the server for the latest version on a free loopback port. */
    public static EmbeddedLefiServer start() {
        return start(LefiVersion.latest());
    }

    /**
     * Starts the server on a free loopback port, answering as the given version.
     *
     * @param version the version whose sample answers to serve
     * @return the running server
     */
    public static EmbeddedLefiServer start(LefiVersion version) {
        try {
            byte[] answer = resource(version.wireValue() + "/02-svar.xml");
            byte[] pingAnswer = resource(PING_ANSWERS.getOrDefault(version, version.wireValue() + "/pingsvar.xml"));
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/lefionline", exchange -> {
                byte[] request = exchange.getRequestBody().readAllBytes();
                boolean ping = new String(request, StandardCharsets.UTF_8).contains(":ping") 
                        || new String(request, StandardCharsets.UTF_8).contains("<ping");
                respond(exchange, ping ? pingAnswer : answer);
            });
            server.start();
            return new EmbeddedLefiServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded LEFI Online could not start", e);
        }
    }

    /** Returns the endpoint to give the client. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/lefionline");
    }

    private static void respond(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EmbeddedLefiServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing example resource " + name);
            }
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
