package se.lefi.client.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTransportException;
import se.lefi.client.LefiVersion;
import se.lefi.client.testkit.LefiSimulatorExtension;
import se.lefi.client.testkit.SimulatorTls;

/** Holds the README's mutual-TLS example as a test that runs. */
// README:begin
class TestKitMutualTlsReadmeTest {

    @RegisterExtension
    static LefiSimulatorExtension lefi = LefiSimulatorExtension.builder().mutualTls().build();

    @Test
    void yourTlsSetUp_withTheClientCertificate_isAccepted() {
        SimulatorTls tls = lefi.tls();                             // made in memory when the simulator started
        try (LefiClient client = LefiClient.builder()             // built as your application builds it
                .endpoint(lefi.simulator().endpoint())             // https://127.0.0.1:<port>/lefionline
                .version(LefiVersion.V6_0)
                .organisationsnummer("2120000142")
                .keyStore(tls.keyStore(), tls.password())          // or .sslContext(tls.sslContext())
                .trustStore(tls.trustStore())
                .build()) {
            assertThat(client.ping().version()).isEqualTo(LefiVersion.V6_0);
        }
    }

    @Test
    void withoutAClientCertificate_isRefusedInTheHandshake() {
        try (LefiClient client = LefiClient.builder()
                .endpoint(lefi.simulator().endpoint())
                .version(LefiVersion.V6_0)
                .organisationsnummer("2120000142")
                .trustStore(lefi.tls().trustStore())
                .maxAttempts(1)                                    // a transport error is otherwise retried
                .build()) {
            assertThatThrownBy(client::ping).isInstanceOf(LefiTransportException.class);
        }
        lefi.verify().nothingQueried();
    }
}
// README:end
