package se.lefi.client.functional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP forward proxy on the loopback interface, as municipal networks run them: plain HTTP
 * requests in absolute form are passed on to their host, HTTPS goes through a CONNECT tunnel, and
 * with credentials set a request without the right {@code Proxy-Authorization} gets a 407.
 */
final class ForwardProxy implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "forward-proxy");
        t.setDaemon(true);
        return t;
    });
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final String expectedAuthorization;

    private ForwardProxy(String username, String password) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.expectedAuthorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        threads.execute(this::accept);
    }

    static ForwardProxy open() throws IOException {
        return new ForwardProxy(null, null);
    }

    static ForwardProxy withCredentials(String username, String password) throws IOException {
        return new ForwardProxy(username, password);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Returns the first line of every request the proxy was sent, e.g. {@code CONNECT localhost:8443 HTTP/1.1}. */
    List<String> requestLines() {
        return List.copyOf(requestLines);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            String head = readHead(in);
            if (head == null) {
                return;
            }
            List<String> lines = head.lines().toList();
            String requestLine = lines.get(0);
            requestLines.add(requestLine);
            if (expectedAuthorization != null && lines.stream().noneMatch(
                    l -> l.equalsIgnoreCase("Proxy-Authorization: " + expectedAuthorization))) {
                write(client.getOutputStream(), "HTTP/1.1 407 Proxy Authentication Required\r\n"
                        + "Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                return;
            }
            String[] parts = requestLine.split(" ");
            if (parts[0].equals("CONNECT")) {
                String[] hostPort = parts[1].split(":");
                try (Socket target = new Socket(resolve(hostPort[0]), Integer.parseInt(hostPort[1]))) {
                    sockets.add(target);
                    write(client.getOutputStream(), "HTTP/1.1 200 Connection established\r\n\r\n");
                    pipe(client, target, new byte[0]);
                }
            } else {
                // Absolute form: http://host:port/path. The origin server accepts that form too (RFC 9112),
                // so the request is passed on as it came, minus the proxy's own header.
                java.net.URI uri = java.net.URI.create(parts[1]);
                StringBuilder forwarded = new StringBuilder();
                for (String line : lines) {
                    if (!line.toLowerCase(Locale.ROOT).startsWith("proxy-")) {
                        forwarded.append(line).append("\r\n");
                    }
                }
                forwarded.append("\r\n");
                try (Socket target = new Socket(resolve(uri.getHost()), uri.getPort())) {
                    sockets.add(target);
                    pipe(client, target, forwarded.toString().getBytes(StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException e) {
            // A peer closed: the exchange is over.
        }
    }

    /**
     * Resolves a target as a proxy does, with names under the reserved {@code .test} domain on this
     * machine: the JDK never sends a loopback address through a system proxy, so a test of the system
     * properties needs a name only the proxy knows.
     */
    private static InetAddress resolve(String host) throws IOException {
        return host.endsWith(".test") ? InetAddress.getLoopbackAddress() : InetAddress.getByName(host);
    }

    /** Copies both ways until either side closes. */
    private void pipe(Socket client, Socket target, byte[] first) throws IOException {
        target.getOutputStream().write(first);
        target.getOutputStream().flush();
        var upstream = threads.submit(() -> copy(client, target));
        copy(target, client);
        upstream.cancel(true);
    }

    private static Void copy(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            // closed
        }
        return null;
    }

    /** Reads up to the empty line that ends the head, or returns null at end of stream. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : 0;
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1).strip();
            }
        }
        return null;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : new ArrayList<>(sockets)) {
            try {
                s.close();
            } catch (SocketException e) {
                // already closed
            }
        }
        threads.shutdownNow();
    }
}
