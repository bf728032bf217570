package se.lefi.client.internal.transport;

import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.ssl.SSLContexts;

/**
 * Creates the JVM's default TLS context only when the first TLS connection needs it.
 *
 * <p>Initialising the default {@code SSLContext} (trust store, providers) costs a fresh JVM a few
 * hundred milliseconds; a client whose endpoint is plain HTTP (a simulator, a local proxy that
 * terminates TLS) should not pay that before its first answer. Hostname verification is the
 * default strategy's, always on.
 */
final class LazyTlsStrategy implements TlsSocketStrategy {

    private volatile TlsSocketStrategy delegate;

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return delegate().upgrade(socket, target, port, attachment, context);
    }

    private TlsSocketStrategy delegate() {
        TlsSocketStrategy d = delegate;
        if (d == null) {
            synchronized (this) {
                d = delegate;
                if (d == null) {
                    d = new DefaultClientTlsStrategy(SSLContexts.createSystemDefault());
                    delegate = d;
                }
            }
        }
        return d;
    }
}
