package se.lefi.client.testkit;

/**
 * Chooses how the simulator speaks to clients: plain HTTP, HTTPS, or HTTPS that requires a client
 * certificate as LEFI Online does.
 *
 * <pre>{@code
 * LefiOnlineSimulator simulator = LefiOnlineSimulator.builder().tls(TlsMode.MUTUAL).start();
 * }</pre>
 */
public enum TlsMode {
    /** Plain HTTP (the default). */
    NONE,
    /** HTTPS with a server certificate from the simulator's own CA; a client certificate is not asked for. */
    HTTPS,
    /** HTTPS that refuses, in the handshake, a client without a certificate from the simulator's CA. */
    MUTUAL
}
