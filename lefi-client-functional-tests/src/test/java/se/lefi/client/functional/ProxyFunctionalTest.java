package se.lefi.client.functional;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTransportException;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.testkit.internal.Pki;

/**
 * Calls LEFI through a real HTTP forward proxy (a small one in {@link ForwardProxy}): plain HTTP in
 * absolute form, HTTPS with mutual TLS through a CONNECT tunnel, Basic proxy credentials, the JVM's
 * proxy properties only when asked for, and the same settings from {@code Properties}.
 */
class ProxyFunctionalTest {

    private static final Duration RELAXED = Duration.ofSeconds(30);
    private static final String STORE_PASSWORD = "changeit";
    private static final char[] PASSWORD = STORE_PASSWORD.toCharArray();

    @RegisterExtension
    static WireMockExtension wm = WireMockSupport.http();

    @TempDir
    static Path dir;

    private static WireMockServer httpsServer;
    private static KeyStore clientKeyStore;
    private static KeyStore trustStore;

    @BeforeAll
    static void startHttps() {
        Pki.Issued ca = Pki.ca("Proxy Test CA");
        clientKeyStore = Pki.keyStore(Pki.client(ca, "Testorganisation 2120000142"), PASSWORD, ca.certificate());
        trustStore = Pki.trustStore(ca.certificate());
        Path serverTrust = Pki.write(trustStore, PASSWORD, dir.resolve("server-trust.p12"));
        Path serverKeys = Pki.write(Pki.keyStore(Pki.server(ca, List.of("localhost")), PASSWORD, ca.certificate()), PASSWORD,
                dir.resolve("server.p12"));
        httpsServer = new WireMockServer(wireMockConfig().httpDisabled(true).dynamicHttpsPort()
                .keystorePath(serverKeys.toString()).keystorePassword(STORE_PASSWORD)
                .keyManagerPassword(STORE_PASSWORD).keystoreType("PKCS12").needClientAuth(true)
                .trustStorePath(serverTrust.toString()).trustStorePassword(STORE_PASSWORD)
                .trustStoreType("PKCS12"));
        httpsServer.start();
        httpsServer.stubFor(post(anyUrl()).willReturn(ok(Samples.answer()).withHeader("Content-Type", "text/xml")));
    }

    @AfterAll
    static void stopHttps() {
        httpsServer.stop();
    }

    @BeforeEach
    void stub() {
        wm.stubFor(post(anyUrl()).willReturn(ok(Samples.answer()).withHeader("Content-Type", "text/xml")));
    }

    private static URI address(ForwardProxy proxy) {
        return URI.create("http://127.0.0.1:" + proxy.port());
    }

    @Test
    void fetch_whenProxySetForHttp_passesTheRequestThroughTheProxy() throws Exception {
        try (ForwardProxy proxy = ForwardProxy.open();
             LefiClient client = Clients.fast(wm.baseUrl()).responseTimeout(RELAXED).proxy(address(proxy)).build()) {
            BenefitInformation info = Clients.query(client, SyntheticPersons.SAMPLE).fetch();

            assertThat(info.payments()).isNotEmpty();
            assertThat(proxy.requestLines()).contains("POST " + wm.baseUrl() + Clients.PATH + " HTTP/1.1");
        }
        wm.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void fetch_whenProxySetForHttps_tunnelsMutualTlsThroughConnect() throws Exception {
        try (ForwardProxy proxy = ForwardProxy.open();
             LefiClient client = Clients.fast("https://localhost:" + httpsServer.httpsPort()).responseTimeout(RELAXED)
                     .keyStore(clientKeyStore, PASSWORD).trustStore(trustStore).proxy(address(proxy)).build()) {
            BenefitInformation info = Clients.query(client, SyntheticPersons.SAMPLE).fetch();

            assertThat(info.payments()).isNotEmpty();
            // The proxy saw only where to connect; the request itself went encrypted through the tunnel.
            assertThat(proxy.requestLines()).containsExactly("CONNECT localhost:" + httpsServer.httpsPort() + " HTTP/1.1");
        }
        httpsServer.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void fetch_whenProxyAsksForCredentials_sendsThemAndFailsWithout() throws Exception {
        try (ForwardProxy proxy = ForwardProxy.withCredentials("svc-lefi", "s3cret");
             LefiClient with = Clients.fast(wm.baseUrl()).responseTimeout(RELAXED)
                     .proxy(address(proxy), "svc-lefi", "s3cret".toCharArray()).build();
             LefiClient without = Clients.fast(wm.baseUrl()).responseTimeout(RELAXED).maxAttempts(1)
                     .proxy(address(proxy)).build()) {
            assertThat(Clients.query(with, SyntheticPersons.SAMPLE).fetch().payments()).isNotEmpty();
            wm.verify(1, anyRequestedFor(anyUrl()));

            assertThatThrownBy(() -> Clients.query(without, SyntheticPersons.SAMPLE).fetch())
                    .isInstanceOf(LefiTransportException.class).hasMessageNotContaining("s3cret");
            wm.verify(1, anyRequestedFor(anyUrl()));
        }
    }

    @Test
    void fetch_whenSystemProxyPropertiesSet_followsThemOnlyWhenAskedTo() throws Exception {
        String[] keys = {"http.proxyHost", "http.proxyPort", "http.nonProxyHosts"};
        String[] saved = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            saved[i] = System.getProperty(keys[i]);
        }
        try (ForwardProxy proxy = ForwardProxy.open()) {
            System.setProperty("http.proxyHost", "127.0.0.1");
            System.setProperty("http.proxyPort", Integer.toString(proxy.port()));
            System.setProperty("http.nonProxyHosts", "example.invalid");
            // The JDK never proxies a loopback address, so the endpoint is a name that only the proxy resolves.
            String endpoint = "http://lefi.test:" + wm.getPort();
            try (LefiClient direct = Clients.fast(endpoint).responseTimeout(RELAXED).maxAttempts(1).build();
                 LefiClient viaSystem = Clients.fast(endpoint).responseTimeout(RELAXED).useSystemProxyProperties()
                         .build()) {
                assertThatThrownBy(() -> Clients.query(direct, SyntheticPersons.SAMPLE).fetch())
                        .isInstanceOf(LefiTransportException.class).hasMessageContaining("unknown");
                assertThat(proxy.requestLines()).isEmpty();

                assertThat(Clients.query(viaSystem, SyntheticPersons.SAMPLE).fetch().payments()).isNotEmpty();
                assertThat(proxy.requestLines()).containsExactly("POST " + endpoint + Clients.PATH + " HTTP/1.1");
            }
        } finally {
            for (int i = 0; i < keys.length; i++) {
                if (saved[i] == null) {
                    System.clearProperty(keys[i]);
                } else {
                    System.setProperty(keys[i], saved[i]);
                }
            }
        }
    }

    @Test
    void fromProperties_withEndpointVersionOrganisationAndProxy_buildsAWorkingClient() throws Exception {
        try (ForwardProxy proxy = ForwardProxy.open()) {
            Properties p = new Properties();
            p.setProperty("lefi.endpoint", wm.baseUrl() + Clients.PATH);
            p.setProperty("lefi.version", "6.0");
            p.setProperty("lefi.organisationsnummer", "212000-0142");
            p.setProperty("lefi.proxy", address(proxy).toString());
            p.setProperty("lefi.response-timeout", "PT30S");
            p.setProperty("lefi.name", "from-properties");

            try (LefiClient client = LefiClient.Builder.fromProperties(p).build()) {
                assertThat(Clients.query(client, SyntheticPersons.SAMPLE).fetch().payments()).isNotEmpty();
            }
            assertThat(proxy.requestLines()).hasSize(1);
        }
    }

    @Test
    void fromProperties_withAMalformedValue_namesThePropertyButNotTheValue() {
        Properties p = new Properties();
        p.setProperty("lefi.response-timeout", "soon-ish");
        Properties proxy = new Properties();
        proxy.setProperty("lefi.proxy", "https://user:secret@proxy.example:3128");
        Properties store = new Properties();
        store.setProperty("lefi.keystore", dir.resolve("missing.p12").toString());

        assertThatThrownBy(() -> LefiClient.Builder.fromProperties(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lefi.response-timeout").hasMessageNotContaining("soon-ish");
        assertThatThrownBy(() -> LefiClient.Builder.fromProperties(proxy)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy must be an http URI").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> LefiClient.Builder.fromProperties(store)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lefi.keystore is set but lefi.keystore-password is not");
    }
}
