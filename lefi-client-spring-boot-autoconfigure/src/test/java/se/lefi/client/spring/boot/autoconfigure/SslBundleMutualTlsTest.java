package se.lefi.client.spring.boot.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTransportException;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.SimulatedOrganisation;
import se.lefi.client.testkit.SyntheticPersons;
import se.lefi.client.testkit.internal.Pki;

/**
 * Proves that {@code lefi.client.ssl-bundle} gives the client its certificate: real mutual TLS
 * against a WireMock HTTPS server that requires a client certificate from the test's own CA and
 * passes the requests on to the simulator. Certificates are made in the test.
 */
class SslBundleMutualTlsTest {

    private static final String STORE_PASSWORD = "changeit";
    private static final char[] PASSWORD = STORE_PASSWORD.toCharArray();

    @TempDir
    static Path dir;

    private static LefiOnlineSimulator simulator;
    private static WireMockServer server;
    private static Path clientP12;
    private static Path trustP12;
    private static Path clientCertPem;
    private static Path clientKeyPem;
    private static Path caPem;

    @BeforeAll
    static void start() {
        simulator = LefiOnlineSimulator.start();
        Pki.Issued ca = Pki.ca("LEFI test CA");
        Pki.Issued client = Pki.client(ca, "Testorganisation 2120000142");
        Pki.Issued localhost = Pki.server(ca, List.of("localhost"));
        clientP12 = Pki.write(Pki.keyStore(client, PASSWORD, ca.certificate()), PASSWORD, dir.resolve("client.p12"));
        trustP12 = Pki.write(Pki.trustStore(ca.certificate()), PASSWORD, dir.resolve("trust.p12"));
        clientCertPem = Pki.writePem(client.certificate(), dir.resolve("client.crt"));
        clientKeyPem = Pki.writePem(client.keys().getPrivate(), dir.resolve("client.key"));
        caPem = Pki.writePem(ca.certificate(), dir.resolve("ca.crt"));
        Path serverP12 = Pki.write(Pki.keyStore(localhost, PASSWORD, ca.certificate()), PASSWORD, dir.resolve("server.p12"));
        server = new WireMockServer(wireMockConfig()
                .httpDisabled(true)
                .dynamicHttpsPort()
                .keystorePath(serverP12.toString()).keystorePassword(STORE_PASSWORD)
                .keyManagerPassword(STORE_PASSWORD).keystoreType("PKCS12")
                .needClientAuth(true)
                .trustStorePath(trustP12.toString()).trustStorePassword(STORE_PASSWORD)
                .trustStoreType("PKCS12"));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom("http://127.0.0.1:" + simulator.port())));
    }

    @AfterAll
    static void stop() {
        server.stop();
        simulator.close();
    }

    @BeforeEach
    void resetCounts() {
        server.resetRequests();
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, LefiClientAutoConfiguration.class))
                .withPropertyValues("lefi.client.endpoint=https://localhost:" + server.httpsPort()
                                + LefiOnlineSimulator.PATH,
                        "lefi.client.version=6.0",
                        "lefi.client.organisationsnummer=" + SimulatedOrganisation.KOMMUN.organisationsnummer(),
                        "lefi.client.ssl-bundle=lefi",
                        "lefi.client.retry.max-attempts=1");
    }

    @Test
    void fetch_whenBundleIsAPkcs12KeyStore_callsOverMutualTls() {
        runner().withPropertyValues(
                "spring.ssl.bundle.jks.lefi.keystore.location=file:" + clientP12,
                "spring.ssl.bundle.jks.lefi.keystore.password=" + STORE_PASSWORD,
                "spring.ssl.bundle.jks.lefi.keystore.type=PKCS12",
                "spring.ssl.bundle.jks.lefi.truststore.location=file:" + trustP12,
                "spring.ssl.bundle.jks.lefi.truststore.password=" + STORE_PASSWORD,
                "spring.ssl.bundle.jks.lefi.truststore.type=PKCS12").run(context -> {
                    BenefitInformation info = context.getBean(LefiClient.class)
                            .query(Personnummer.parse(SyntheticPersons.SICK_EMPLOYEE))
                            .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                            .payments(Benefit.SJUKPENNING)
                            .fetch();
                    assertThat(info.payments()).isNotEmpty();
                    assertThat(server.getAllServeEvents()).hasSize(1);
                });
    }

    @Test
    void ping_whenBundleIsPem_callsOverMutualTls() {
        runner().withPropertyValues(
                "spring.ssl.bundle.pem.lefi.keystore.certificate=file:" + clientCertPem,
                "spring.ssl.bundle.pem.lefi.keystore.private-key=file:" + clientKeyPem,
                "spring.ssl.bundle.pem.lefi.truststore.certificate=file:" + caPem).run(context -> {
                    assertThat(context.getBean(LefiClient.class).ping().version()).isEqualTo(LefiVersion.V6_0);
                    assertThat(server.getAllServeEvents()).hasSize(1);
                });
    }

    @Test
    void ping_whenBundleHasNoClientCertificate_isRefusedInTheHandshake() {
        runner().withPropertyValues("spring.ssl.bundle.pem.lefi.truststore.certificate=file:" + caPem).run(context -> {
            Throwable failure = catchThrowable(() -> context.getBean(LefiClient.class).ping());
            assertThat(failure).isInstanceOf(LefiTransportException.class);
            server.verify(0, anyRequestedFor(anyUrl()));
        });
    }

    @Test
    void startup_whenBundleDoesNotExist_failsNamingTheProperty() {
        runner().run(context -> assertThat(context).getFailure().hasStackTraceContaining(
                "lefi.client.ssl-bundle=lefi names no SSL bundle; define spring.ssl.bundle.pem.lefi.*"));
    }

    @Test
    void startup_whenBundleSetsCiphers_failsRatherThanIgnoringThem() {
        runner().withPropertyValues("spring.ssl.bundle.pem.lefi.truststore.certificate=file:" + caPem,
                "spring.ssl.bundle.pem.lefi.options.ciphers=TLS_AES_128_GCM_SHA256").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("which the LEFI client does not apply"));
    }
}
