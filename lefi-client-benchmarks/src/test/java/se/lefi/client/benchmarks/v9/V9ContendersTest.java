package se.lefi.client.benchmarks.v9;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lefi.client.benchmarks.LoopbackServer;
import se.lefi.client.benchmarks.Responses.Size;
import se.lefi.client.benchmarks.v9.generated.model.LefiExternFormansinformationSvar;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Payer;
import se.lefi.client.model.PaymentStatus;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.v9.V9Adapter;

/** Checks that every v9 client under test really decodes the answer, so no benchmark measures a failure. */
class V9ContendersTest {

    private static LoopbackServer server;
    private static V9Contenders contenders;

    @BeforeAll
    static void start() {
        server = LoopbackServer.start();
        contenders = new V9Contenders(server.baseUrl(Size.MEDIUM));
    }

    @AfterAll
    static void stop() {
        contenders.close();
        server.close();
    }

    private static long fkPayments(BenefitInformation info) {
        return info.payments().stream()
                .filter(p -> p.payer() == Payer.FORSAKRINGSKASSAN && p.status() == PaymentStatus.EXECUTED).count();
    }

    @Test
    void sdk_whenCalledSyncAndAsync_decodesEveryPayment() {
        BenefitInformation sync = contenders.sdkSync();
        BenefitInformation async = contenders.sdkAsync();
        assertThat(fkPayments(sync)).isEqualTo(V9Responses.payments(Size.MEDIUM));
        // Not the whole result: its answeredAt comes from the server's Date header, which may tick between the calls.
        assertThat(async.payments()).isEqualTo(sync.payments());
        assertThat(async.cases()).isEqualTo(sync.cases());
    }

    @Test
    void floor_whenCalled_readsTheWholeAnswer() throws Exception {
        assertThat(contenders.floor()).isEqualTo(V9Responses.bytes(Size.MEDIUM).length);
    }

    @Test
    void diyDatabind_whenCalled_decodesEveryPayment() throws Exception {
        LefiExternFormansinformationSvar svar = contenders.diyDatabind();
        assertThat(svar.getFormansinformation().getUtbetalningsuppgift()).hasSize(V9Responses.payments(Size.MEDIUM));
    }

    @Test
    void openapiNative_whenCalled_decodesEveryPayment() throws Exception {
        LefiExternFormansinformationSvar svar = contenders.openapiNative();
        assertThat(svar.getFormansinformation().getUtbetalningsuppgift()).hasSize(V9Responses.payments(Size.MEDIUM));
    }

    @Test
    void decoders_whenGivenTheSameBytes_agreeOnThePayments() throws Exception {
        byte[] answer = V9Responses.bytes(Size.MEDIUM);
        BenefitInformation sdk = new V9Adapter().decodeQuery(V9Query.request(),
                new IncomingMessage(200, Optional.of("application/json"), new ByteArrayInputStream(answer)));
        LefiExternFormansinformationSvar bound = V9DiyClient.decode(V9DiyClient.mapper(), new ByteArrayInputStream(answer));
        assertThat(fkPayments(sdk)).isEqualTo(bound.getFormansinformation().getUtbetalningsuppgift().size());
        assertThat(sdk.payments().get(0).gross().toPlainString())
                .isEqualTo(java.math.BigDecimal.valueOf(bound.getFormansinformation().getUtbetalningsuppgift().get(0)
                        .getBruttobelopp().getSumma()).stripTrailingZeros().toPlainString());
    }
}
