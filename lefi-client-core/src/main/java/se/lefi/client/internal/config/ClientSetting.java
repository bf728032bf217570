package se.lefi.client.internal.config;

import java.util.Locale;

/**
 * Names the client settings that can come from environment variables or a {@code Properties}
 * object: the property {@code lefi.<name>} and the variable {@code LEFI_<NAME>} (upper case,
 * {@code -} as {@code _}).
 *
 * <pre>{@code
 * ClientSetting.KEYSTORE_PASSWORD.property();   // "lefi.keystore-password"
 * ClientSetting.KEYSTORE_PASSWORD.variable();   // "LEFI_KEYSTORE_PASSWORD"
 * }</pre>
 */
public enum ClientSetting {
    /** The service endpoint, an http or https URI. */
    ENDPOINT("endpoint"),
    /** The contract version's wire value: 5.0, 5.1 or 6.0. */
    VERSION("version"),
    /** The querying organisation's organisationsnummer. */
    ORGANISATIONSNUMMER("organisationsnummer"),
    /** The aktörs-id FK issued to the organisation (LEFI version 9). */
    AKTORS_ID("aktors-id"),
    /** The PKCS#12 file with the organisation's client certificate. */
    KEYSTORE("keystore"),
    /** The key store's password. */
    KEYSTORE_PASSWORD("keystore-password"),
    /** A PKCS#12 file with the CA certificates to trust instead of the JVM's. */
    TRUSTSTORE("truststore"),
    /** The trust store's password. */
    TRUSTSTORE_PASSWORD("truststore-password"),
    /** The HTTP forward proxy, {@code http://host:port}. */
    PROXY("proxy"),
    /** The proxy's user name, for proxies that ask for Basic authentication. */
    PROXY_USERNAME("proxy-username"),
    /** The proxy user's password. */
    PROXY_PASSWORD("proxy-password"),
    /** The connect timeout: seconds, or an ISO-8601 duration such as {@code PT5S}. */
    CONNECT_TIMEOUT("connect-timeout"),
    /** The response timeout: seconds, or an ISO-8601 duration. */
    RESPONSE_TIMEOUT("response-timeout"),
    /** The connection pool's size. */
    MAX_CONNECTIONS("max-connections"),
    /** The client's name (Resilience4j instances, meter tags). */
    NAME("name");

    private final String key;

    ClientSetting(String key) {
        this.key = key;
    }

    /** Returns the short name, e.g. {@code keystore-password}. */
    public String key() {
        return key;
    }

    /** Returns the property name, e.g. {@code lefi.keystore-password}. */
    public String property() {
        return "lefi." + key;
    }

    /** Returns the environment variable's name, e.g. {@code LEFI_KEYSTORE_PASSWORD}. */
    public String variable() {
        return "LEFI_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
