package se.lefi.client.internal.transport;

import java.net.ProxySelector;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.core5.http.HttpHost;

/**
 * Says how the transport reaches the service: directly (the default), through one HTTP forward
 * proxy (with Basic credentials where the proxy asks for them), or as the JVM's proxy system
 * properties say ({@code https.proxyHost}, {@code http.nonProxyHosts}, ...), which only apply
 * when asked for. HTTPS goes through the proxy as a CONNECT tunnel, so TLS stays end to end.
 *
 * <pre>{@code
 * ProxySettings proxy = ProxySettings.of(URI.create("http://proxy.kommun.example:3128"), "svc", password);
 * }</pre>
 *
 * @param proxy the proxy, or null for none
 * @param username the user name, or null when the proxy asks for none
 * @param password the password, or null
 * @param system whether to follow the JVM's proxy system properties instead
 */
public record ProxySettings(URI proxy, String username, char[] password, boolean system) {

    /** No proxy: connect directly. */
    public static final ProxySettings DIRECT = new ProxySettings(null, null, null, false);
    /** The JVM's proxy system properties (through the default {@link ProxySelector}). */
    public static final ProxySettings SYSTEM = new ProxySettings(null, null, null, true);

    /**
     * Checks a proxy address.
     *
     * @param proxy {@code http://host:port}
     * @param username the user name, or null
     * @param password the password, or null
     * @return the settings
     * @throws IllegalArgumentException if the address is not an http URI with a host and port
     */
    public static ProxySettings of(URI proxy, String username, char[] password) {
        Objects.requireNonNull(proxy, "proxy");
        String scheme = proxy.getScheme() == null ? "" : proxy.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") || proxy.getHost() == null || proxy.getPort() < 1) {
            throw new IllegalArgumentException("proxy must be an http URI with host and port, such as"
                    + " http://proxy.example:3128");
        }
        if (proxy.getUserInfo() != null) {
            throw new IllegalArgumentException("put the proxy's credentials in proxy(uri, username, password),"
                    + " not in the URI");
        }
        if (username != null && (username.isBlank() || password == null)) {
            throw new IllegalArgumentException("a proxy user name needs a non-blank name and a password");
        }
        return new ProxySettings(proxy, username, password == null ? null : password.clone(), false);
    }

    /** Configures the route (and proxy credentials) of an HttpClient builder. */
    void configure(HttpClientBuilder builder) {
        if (system) {
            builder.setRoutePlanner(new SystemDefaultRoutePlanner(ProxySelector.getDefault()));
        } else if (proxy != null) {
            HttpHost host = new HttpHost("http", proxy.getHost(), proxy.getPort());
            builder.setProxy(host);
            if (username != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(username, password));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
    }

    @Override
    public String toString() {
        // Never the password.
        return system ? "system proxy properties" : proxy == null ? "direct" : "proxy " + proxy.getHost() + ":"
                + proxy.getPort() + (username == null ? "" : " as " + username);
    }
}
