package se.lefi.client.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import se.lefi.client.testkit.internal.Pki;

/**
 * Hands out what a client needs to reach a simulator over HTTPS: a trust store with the CA that
 * the simulator made at start, and a key store with a client certificate from that CA (as an
 * organisation's certificate for LEFI Online), or both as one {@link SSLContext}.
 *
 * <p>Everything is made in memory when the simulator starts and is valid for 30 days; nothing is
 * committed or read from disk. {@link #writeTo(Path)} writes the stores as files for clients in
 * other processes.
 *
 * <pre>{@code
 * try (LefiOnlineSimulator simulator = LefiOnlineSimulator.builder().mutualTls().start();
 *      LefiClient client = LefiClient.builder()
 *              .endpoint(simulator.endpoint())
 *              .version(LefiVersion.V6_0)
 *              .organisationsnummer("2120000142")
 *              .keyStore(simulator.tls().keyStore(), simulator.tls().password())
 *              .trustStore(simulator.tls().trustStore())
 *              .build()) {
 *     client.ping();
 * }
 * }</pre>
 */
public final class SimulatorTls {

    private static final String PASSWORD = "changeit";

    private final TlsMode mode;
    private final Pki.Issued ca;
    private final Pki.Issued server;
    private final Pki.Issued client;

    private SimulatorTls(TlsMode mode, Pki.Issued ca, Pki.Issued server, Pki.Issued client) {
        this.mode = mode;
        this.ca = ca;
        this.server = server;
        this.client = client;
    }

    static SimulatorTls create(TlsMode mode, List<String> hosts) {
        Pki.Issued ca = Pki.ca("LEFI Online simulator CA");
        return new SimulatorTls(mode, ca, Pki.server(ca, hosts),
                Pki.client(ca, "Testorganisation " + SimulatedOrganisation.KOMMUN.organisationsnummer()));
    }

    /** Tells whether the simulator refuses clients without a certificate from its CA. */
    public boolean clientCertificateRequired() {
        return mode == TlsMode.MUTUAL;
    }

    /** Returns a new PKCS#12 key store with the client key and certificate (alias {@code key}) and the CA. */
    public KeyStore keyStore() {
        return Pki.keyStore(client, password(), ca.certificate());
    }

    /** Returns the password of the key store and of the files {@link #writeTo} writes ({@code changeit}). */
    public char[] password() {
        return PASSWORD.toCharArray();
    }

    /** Returns a new PKCS#12 trust store holding the simulator's CA. */
    public KeyStore trustStore() {
        return Pki.trustStore(ca.certificate());
    }

    /** Returns a new TLS context with the client certificate that trusts the simulator's CA only. */
    public SSLContext sslContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(), password());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the simulator's client TLS context", e);
        }
    }

    /** Returns the CA certificate that issued the server's and the client's certificates. */
    public X509Certificate caCertificate() {
        return ca.certificate();
    }

    /** Returns the client certificate. */
    public X509Certificate clientCertificate() {
        return client.certificate();
    }

    /** Returns the server certificate. */
    public X509Certificate serverCertificate() {
        return server.certificate();
    }

    /**
     * Writes, for clients in other processes: {@code client.p12} (the client key store),
     * {@code truststore.p12} (the CA), and PEM files {@code ca.pem}, {@code client.pem} and
     * {@code client-key.pem} (PKCS#8, unencrypted) for tools such as curl.
     *
     * @param directory an existing or new directory
     * @return the files written
     */
    public List<Path> writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the simulator's certificates to " + directory, e);
        }
        return List.of(
                Pki.write(keyStore(), password(), directory.resolve("client.p12")),
                Pki.write(trustStore(), password(), directory.resolve("truststore.p12")),
                Pki.writePem(ca.certificate(), directory.resolve("ca.pem")),
                Pki.writePem(client.certificate(), directory.resolve("client.pem")),
                Pki.writePem(client.keys().getPrivate(), directory.resolve("client-key.pem")));
    }


    /** Writes the server's key store and, for mutual TLS, the trust store for WireMock, which reads them from files. */
    ServerFiles writeServerFiles() {
        try {
            Path dir = Files.createTempDirectory("lefi-simulator-tls-");
            Path keyStore = Pki.write(Pki.keyStore(server, password(), ca.certificate()), password(),
                    dir.resolve("server.p12"));
            Path trustStore = Pki.write(trustStore(), password(), dir.resolve("trust.p12"));
            return new ServerFiles(dir, keyStore, trustStore);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the simulator's server key store", e);
        }
    }

    /** The temporary files WireMock reads; deleted when the simulator closes. */
    record ServerFiles(Path directory, Path keyStore, Path trustStore) {
        void delete() {
            try {
                Files.deleteIfExists(keyStore);
                Files.deleteIfExists(trustStore);
                Files.deleteIfExists(directory);
            } catch (IOException e) {
                // A temporary file left behind harms nothing; the simulator must still close.
            }
        }
    }

    @Override
    public String toString() {
        return "SimulatorTls[" + mode + ", ca=" + ca.certificate().getSubjectX500Principal().getName() + "]";
    }
}
