package se.lefi.client.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.spi.OutgoingMessage;
import se.lefi.client.spi.Transport;

/**
 * Sends requests with Apache HttpClient 5: pooled connections, connect and response timeouts,
 * optional client certificate through an {@link SSLContext}, hostname verification always on, and
 * HttpClient's own retries and redirects switched off.
 */
public final class HttpClient5Transport implements Transport {

    private static final InputStream NO_BODY = InputStream.nullInputStream();
    /** Bodies larger than this are read from the connection in blocks of 64 KB. */
    static final long READ_AHEAD_FROM = 16 * 1024;
    /** How much of an unread rest of a body is read to keep the connection; past it, it is dropped. */
    private static final int MAX_DRAIN_BYTES = 16 * 1024;

    private final CloseableHttpClient client;
    private final PoolingHttpClientConnectionManager pool;
    private final RequestConfig requestConfig;
    private final long maxResponseBytes;

    private HttpClient5Transport(Settings settings) {
        TlsSocketStrategy tls = settings.sslContext() != null ? new DefaultClientTlsStrategy(settings.sslContext())
                : new LazyTlsStrategy();
        this.pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(tls)
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                        .build())
                .build();
        this.requestConfig = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                .setRedirectsEnabled(false)
                .build();
        HttpClientBuilder builder = HttpClients.custom();
        settings.proxy().configure(builder);
        this.client = builder
                .setConnectionManager(pool)
                .setDefaultRequestConfig(requestConfig)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(settings.userAgent())
                .build();
        this.maxResponseBytes = settings.maxResponseBytes();
    }

    /**
     * Creates a transport with its own connection pool, closed with it.
     *
     * @param settings timeouts, pool size, TLS and size cap
     * @return the transport
     */
    public static HttpClient5Transport create(Settings settings) {
        return new HttpClient5Transport(settings);
    }

    @Override
    public <T> T send(URI endpoint, OutgoingMessage message, AnswerHandler<T> handler) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(message.method().name(), message.target(endpoint));
        if (message.hasBody()) {
            request.setEntity(new ByteArrayEntity(message.body(), ContentType.parse(message.contentType().orElseThrow())));
        }
        for (Map.Entry<String, String> header : message.headers().entrySet()) {
            request.setHeader(header.getKey(), header.getValue());
        }
        return client.execute(request, response -> {
            HttpEntity entity = response.getEntity();
            ReadAheadInputStream readAhead = readsAhead(entity) ? new ReadAheadInputStream(entity.getContent()) : null;
            InputStream body = entity == null ? NO_BODY
                    : new LimitedInputStream(readAhead != null ? readAhead : entity.getContent(), maxResponseBytes);
            Header type = response.getFirstHeader("Content-Type");
            try {
                return handler.handle(new IncomingMessage(response.getCode(), headers(response.getHeaders()),
                        Optional.ofNullable(type).map(Header::getValue), body));
            } catch (IOException | RuntimeException | Error e) {
                // HttpClient would read the rest of the body to reuse the connection: unbounded for an
                // oversized or endless answer. Keep the connection only if little is left; else drop it.
                if (!drainedWithin(body, MAX_DRAIN_BYTES)) {
                    request.cancel();
                }
                throw e;
            } finally {
                if (readAhead != null) {
                    readAhead.release();
                }
            }
        });
    }

    /**
     * Whether a body is read ahead in blocks: an answer of unknown length or of more than
     * {@link #READ_AHEAD_FROM} bytes. A smaller one arrives in one or two reads anyway.
     */
    private static boolean readsAhead(HttpEntity entity) {
        if (entity == null) {
            return false;
        }
        long length = entity.getContentLength();
        return length < 0 || length > READ_AHEAD_FROM;
    }

    private static Map<String, List<String>> headers(Header[] headers) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Header h : headers) {
            result.computeIfAbsent(h.getName(), n -> new ArrayList<>(1)).add(h.getValue());
        }
        return result;
    }

    private static boolean drainedWithin(InputStream body, int maxBytes) {
        byte[] buffer = new byte[4096];
        int left = maxBytes;
        try {
            while (left > 0) {
                int n = body.read(buffer, 0, Math.min(buffer.length, left));
                if (n < 0) {
                    return true;
                }
                left -= n;
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Returns how many pooled connections are leased right now; zero when every call has ended. */
    public int leasedConnections() {
        return pool.getTotalStats().getLeased();
    }

    /** Returns how many connections the pool holds, leased or idle; zero after {@link #close()}. */
    public int openConnections() {
        if (pool.isClosed()) {
            return 0;
        }
        var stats = pool.getTotalStats();
        return stats.getLeased() + stats.getAvailable();
    }

    /** Tells whether the pool has been closed. */
    public boolean isClosed() {
        return pool.isClosed();
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
        pool.close(CloseMode.GRACEFUL);
    }

    /**
     * Holds the settings of a transport.
     *
     * @param connectTimeout how long to wait for a connection
     * @param responseTimeout how long to wait for data of the answer
     * @param maxConnections the size of the pool
     * @param sslContext the TLS context with the client certificate, or null for the JVM default
     * @param maxResponseBytes the cap on an answer's size
     * @param userAgent the User-Agent header
     * @param proxy how to reach the service: directly, through a proxy, or as the system properties say
     */
    public record Settings(Duration connectTimeout, Duration responseTimeout, int maxConnections,
            SSLContext sslContext, long maxResponseBytes, String userAgent, ProxySettings proxy) {

        /** Checks the proxy setting; null means direct. */
        public Settings {
            proxy = proxy == null ? ProxySettings.DIRECT : proxy;
        }

        /**
         * Creates settings for a direct connection.
         *
         * @param connectTimeout how long to wait for a connection
         * @param responseTimeout how long to wait for data of the answer
         * @param maxConnections the size of the pool
         * @param sslContext the TLS context with the client certificate, or null for the JVM default
         * @param maxResponseBytes the cap on an answer's size
         * @param userAgent the User-Agent header
         */
        public Settings(Duration connectTimeout, Duration responseTimeout, int maxConnections, SSLContext sslContext,
                long maxResponseBytes, String userAgent) {
            this(connectTimeout, responseTimeout, maxConnections, sslContext, maxResponseBytes, userAgent, null);
        }
    }
}
