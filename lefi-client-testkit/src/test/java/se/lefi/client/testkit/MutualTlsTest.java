package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTransportException;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;

/** Checks the simulator's mutual-TLS mode: certificates made at start, a client with one accepted, one without refused. */
class MutualTlsTest {

    @RegisterExtension
    static LefiSimulatorExtension lefi = LefiSimulatorExtension.builder().mutualTls().build();

    private static BenefitInformation query(LefiClient client) {
        return client.query(Personnummer.parse(SyntheticPersons.SICK_EMPLOYEE))
                .period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                .benefits(Benefit.GENERELL_PERSONINFORMATION).fetch();
    }

    @Test
    void injectedClient_whenMutualTls_isAcceptedOverHttps(LefiClient client, SimulatorTls tls) {
        assertThat(client.endpoint().getScheme()).isEqualTo("https");
        assertThat(tls.clientCertificateRequired()).isTrue();

        assertThat(query(client).person().orElseThrow().name()).isEqualTo("Sara Sjukdal");
        lefi.verify().queried(SyntheticPersons.SICK_EMPLOYEE).answered().once();
    }

    @Test
    void clientFromKeyStoreAndTrustStore_isAccepted() {
        SimulatorTls tls = lefi.tls();
        try (LefiClient client = LefiClient.builder().endpoint(lefi.simulator().endpoint()).version(LefiVersion.V6_0)
                .organisationsnummer(SimulatedOrganisation.KOMMUN.organisationsnummer())
                .keyStore(tls.keyStore(), tls.password()).trustStore(tls.trustStore()).build()) {
            assertThat(client.ping().version()).isEqualTo(LefiVersion.V6_0);
        }
    }

    @Test
    void clientFromSslContext_isAccepted() {
        try (LefiClient client = LefiClient.builder().endpoint(lefi.simulator().endpoint()).version(LefiVersion.V5_1)
                .organisationsnummer(SimulatedOrganisation.KOMMUN.organisationsnummer())
                .sslContext(lefi.tls().sslContext()).build()) {
            assertThat(client.ping().version()).isEqualTo(LefiVersion.V5_1);
        }
    }

    @Test
    void clientWithoutCertificate_isRefusedWithTransportException() {
        try (LefiClient client = LefiClient.builder().endpoint(lefi.simulator().endpoint()).version(LefiVersion.V6_0)
                .organisationsnummer(SimulatedOrganisation.KOMMUN.organisationsnummer())
                .trustStore(lefi.tls().trustStore()).maxAttempts(1).build()) {
            LefiTransportException e = catchThrowableOfType(LefiTransportException.class, () -> query(client));

            // Under TLS 1.3 the refusal arrives as an alert or as a reset socket, depending on timing;
            // either way it is the transport exception a refused certificate at LEFI Online gives.
            assertThat(e).isNotNull();
            assertThat(e.retryable()).isTrue();
        }
        // Refused in the handshake: the simulator never saw a query.
        lefi.verify().nothingQueried();
    }

    @Test
    void clientWithCertificateFromAnotherCa_isRefusedWithTransportException() {
        try (LefiOnlineSimulator other = LefiOnlineSimulator.builder().mutualTls().start();
             LefiClient client = LefiClient.builder().endpoint(lefi.simulator().endpoint()).version(LefiVersion.V6_0)
                     .organisationsnummer(SimulatedOrganisation.KOMMUN.organisationsnummer())
                     .keyStore(other.tls().keyStore(), other.tls().password()).trustStore(lefi.tls().trustStore())
                     .maxAttempts(1).build()) {
            assertThatThrownBy(() -> query(client)).isInstanceOf(LefiTransportException.class);
        }
        lefi.verify().nothingQueried();
    }

    @Test
    void writeTo_writesStoresThatAClientInAnotherProcessCanLoad(@TempDir Path dir) {
        List<Path> files = lefi.tls().writeTo(dir);

        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("client.p12", "truststore.p12", "ca.pem", "client.pem", "client-key.pem");
        try (LefiClient client = LefiClient.builder().endpoint(lefi.simulator().endpoint()).version(LefiVersion.V6_0)
                .organisationsnummer(SimulatedOrganisation.KOMMUN.organisationsnummer())
                .keyStore(dir.resolve("client.p12"), lefi.tls().password())
                .trustStore(dir.resolve("truststore.p12"), lefi.tls().password()).build()) {
            assertThat(query(client).person()).isPresent();
        }
    }

    @Test
    void httpsMode_acceptsAClientThatOnlyTrustsTheCa() {
        try (LefiOnlineSimulator https = LefiOnlineSimulator.builder().https().start();
             LefiClient client = LefiClient.builder().endpoint(https.endpoint()).version(LefiVersion.V6_0)
                     .organisationsnummer(SimulatedOrganisation.KOMMUN.organisationsnummer())
                     .trustStore(https.tls().trustStore()).build()) {
            assertThat(https.tls().clientCertificateRequired()).isFalse();
            assertThat(query(client).person()).isPresent();
        }
    }

    @Test
    void tls_whenPlainHttp_throwsIllegalStateException() {
        try (LefiOnlineSimulator plain = LefiOnlineSimulator.start()) {
            IllegalStateException e = catchThrowableOfType(IllegalStateException.class, plain::tls);
            assertThat(e).hasMessageContaining("plain HTTP");
            assertThat(plain.endpoint().getScheme()).isEqualTo("http");
        }
    }
}
