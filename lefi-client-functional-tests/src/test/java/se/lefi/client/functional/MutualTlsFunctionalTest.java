package se.lefi.client.functional;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTransportException;
import se.lefi.client.LefiVersion;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.PingResult;
import se.lefi.client.testkit.internal.Pki;

/**
 * Proves mutual TLS end to end against WireMock over HTTPS with client authentication required,
 * with a CA, server and client certificates generated in the test.
 */
class MutualTlsFunctionalTest {

    private static final String STORE_PASSWORD = "changeit";
    private static final char[] PASSWORD = STORE_PASSWORD.toCharArray();

    @TempDir
    static Path dir;

    private static Pki.Issued ca;
    private static Pki.Issued client;
    private static KeyStore clientKeyStore;
    private static KeyStore trustStore;
    private static WireMockServer server;
    private static WireMockServer wrongHostServer;

    @BeforeAll
    static void startServers() {
        ca = Pki.ca("LEFI test CA");
        client = Pki.client(ca, "Testorganisation 2120000142");
        clientKeyStore = Pki.keyStore(client, PASSWORD, ca.certificate());
        trustStore = Pki.trustStore(ca.certificate());
        Path serverTrust = Pki.write(trustStore, PASSWORD, dir.resolve("server-trust.p12"));

        Pki.Issued localhost = Pki.server(ca, List.of("localhost"));
        server = httpsServer(Pki.write(Pki.keyStore(localhost, PASSWORD, ca.certificate()), PASSWORD, dir.resolve("server.p12")), serverTrust);
        Pki.Issued otherHost = Pki.server(ca, List.of("lefi.other-host.example"));
        wrongHostServer = httpsServer(Pki.write(Pki.keyStore(otherHost, PASSWORD, ca.certificate()), PASSWORD, dir.resolve("other.p12")),
                serverTrust);
    }

    private static WireMockServer httpsServer(Path keyStore, Path trustStore) {
        WireMockServer s = new WireMockServer(wireMockConfig()
                .httpDisabled(true)
                .dynamicHttpsPort()
                .keystorePath(keyStore.toString()).keystorePassword(STORE_PASSWORD).keyManagerPassword(STORE_PASSWORD)
                .keystoreType("PKCS12")
                .needClientAuth(true)
                .trustStorePath(trustStore.toString()).trustStorePassword(STORE_PASSWORD).trustStoreType("PKCS12"));
        s.start();
        s.stubFor(post(anyUrl()).atPriority(1).withRequestBody(containing("hamtaFormansinformation"))
                .willReturn(ok(Samples.answer()).withHeader("Content-Type", "text/xml")));
        s.stubFor(post(anyUrl()).atPriority(2)
                .willReturn(ok(Samples.pingAnswer()).withHeader("Content-Type", "text/xml")));
        return s;
    }

    @AfterAll
    static void stopServers() {
        if (server != null) {
            server.stop();
        }
        if (wrongHostServer != null) {
            wrongHostServer.stop();
        }
    }

    @BeforeEach
    void resetCounts() {
        server.resetRequests();
        wrongHostServer.resetRequests();
    }

    private static LefiClient.Builder https(WireMockServer s) {
        return Clients.fast("https://localhost:" + s.httpsPort());
    }

    @Test
    void fetch_whenRightClientCertificateFromFile_answers() {
        Path keyFile = Pki.write(clientKeyStore, PASSWORD, dir.resolve("client.p12"));
        Path trustFile = Pki.write(trustStore, PASSWORD, dir.resolve("client-trust.p12"));
        try (LefiClient c = https(server).keyStore(keyFile, PASSWORD).trustStore(trustFile, PASSWORD).build()) {
            BenefitInformation info = Clients.query(c, SyntheticPersons.SAMPLE).fetch();
            assertThat(info.person().get().personnummer().value()).isEqualTo(SyntheticPersons.SAMPLE);
        }
        assertThat(server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void ping_whenRightClientCertificateFromBytes_answers() {
        try (LefiClient c = https(server).keyStore(Pki.bytes(clientKeyStore, PASSWORD), PASSWORD)
                .trustStore(Pki.bytes(trustStore, PASSWORD), PASSWORD).build()) {
            PingResult ping = c.ping();
            assertThat(ping.version()).isEqualTo(LefiVersion.V6_0);
            assertThat(ping.answeredAt()).isEqualTo(Samples.PING_ANSWERED_AT);
        }
    }

    @Test
    void ping_whenRightClientCertificateFromKeyStore_answers() {
        try (LefiClient c = https(server).keyStore(clientKeyStore, PASSWORD).trustStore(trustStore).build()) {
            PingResult ping = c.ping();
            assertThat(ping.version()).isEqualTo(LefiVersion.V6_0);
            assertThat(ping.answeredAt()).isEqualTo(Samples.PING_ANSWERED_AT);
        }
    }

    @Test
    void fetch_whenNoClientCertificate_throwsTransportException() {
        try (LefiClient c = https(server).trustStore(trustStore).maxAttempts(1).build()) {
            assertThatThrownBy(() -> Clients.query(c, SyntheticPersons.SAMPLE).fetch())
                    .isInstanceOf(LefiTransportException.class);
        }
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void fetch_whenClientCertificateFromAnotherCa_throwsTransportException() {
        Pki.Issued rogueCa = Pki.ca("Rogue CA");
        KeyStore rogue = Pki.keyStore(Pki.client(rogueCa, "Testorganisation 2120000142"), PASSWORD, rogueCa.certificate());
        try (LefiClient c = https(server).keyStore(rogue, PASSWORD).trustStore(trustStore).maxAttempts(1).build()) {
            assertThatThrownBy(() -> Clients.query(c, SyntheticPersons.SAMPLE).fetch())
                    .isInstanceOf(LefiTransportException.class);
        }
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void build_whenClientCertificateAndPlainHttpEndpoint_refusesBeforeAnythingIsSent() throws Exception {
        LefiClient.Builder withKeyStore = Clients.fast("http://localhost:" + server.httpsPort()).keyStore(clientKeyStore,
                PASSWORD);
        LefiClient.Builder withContext = Clients.fast("http://localhost:" + server.httpsPort())
                .sslContext(javax.net.ssl.SSLContext.getDefault());

        assertThatThrownBy(withKeyStore::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs an https endpoint").hasMessageContaining("unencrypted");
        assertThatThrownBy(withContext::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs an https endpoint");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void fetch_whenServerCertificateNamesAnotherHost_throwsTransportException() {
        try (LefiClient c = https(wrongHostServer).keyStore(clientKeyStore, PASSWORD).trustStore(trustStore)
                .maxAttempts(1).build()) {
            LefiTransportException e = catchThrowableOfType(LefiTransportException.class,
                    () -> Clients.query(c, SyntheticPersons.SAMPLE).fetch());
            assertThat(e.getMessage()).contains("TLS");
            // Hostname verification, not some other TLS failure, refused it. HttpClient 5.6 lets JSSE check the
            // name during the handshake (SSLHandshakeException); older releases checked after it
            // (SSLPeerUnverifiedException). Either way the message names the host mismatch.
            assertThat(e.getCause()).isInstanceOf(javax.net.ssl.SSLException.class);
            assertThat(e.getCause()).satisfiesAnyOf(
                    cause -> assertThat(cause).isInstanceOf(javax.net.ssl.SSLPeerUnverifiedException.class),
                    cause -> assertThat(cause).hasMessageContaining("subject alternative"));
        }
        wrongHostServer.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void fetch_whenServerCaNotTrusted_throwsTransportException() {
        // Without a trust store the JVM's default anchors apply, and they do not know the test CA.
        try (LefiClient c = https(server).keyStore(clientKeyStore, PASSWORD).maxAttempts(1).build()) {
            LefiTransportException e = catchThrowableOfType(LefiTransportException.class,
                    () -> Clients.query(c, SyntheticPersons.SAMPLE).fetch());
            assertThat(e.getMessage()).contains("TLS handshake failed");
            assertThat(e.getCause()).isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
        }
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void keyStore_whenWrongPassword_throwsIllegalArgumentException() {
        byte[] p12 = Pki.bytes(clientKeyStore, PASSWORD);
        assertThatThrownBy(() -> LefiClient.builder().keyStore(p12, "wrong".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PKCS#12");
    }

    @Test
    void keyStore_whenStoreHoldsNoPrivateKey_throwsIllegalArgumentException() {
        assertThatThrownBy(() -> LefiClient.builder().keyStore(trustStore, PASSWORD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no private key");
    }

    @Test
    void keyStore_whenFileMissing_throwsIllegalArgumentException() {
        assertThatThrownBy(() -> LefiClient.builder().keyStore(dir.resolve("missing.p12"), PASSWORD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void build_whenSslContextAndKeyStoreBoth_throwsIllegalStateException() throws Exception {
        LefiClient.Builder builder = https(server).sslContext(javax.net.ssl.SSLContext.getDefault())
                .keyStore(clientKeyStore, PASSWORD);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
    }
}
