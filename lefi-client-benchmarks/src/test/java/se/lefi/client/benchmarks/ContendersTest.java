package se.lefi.client.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lefi.client.benchmarks.Responses.Size;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.v6.internal.jaxb.HamtaFormansinformationSvar;

/** Checks that every client under test really decodes the answer, so no benchmark measures a failure. */
class ContendersTest {

    private static LoopbackServer server;
    private static Contenders contenders;

    @BeforeAll
    static void start() {
        server = LoopbackServer.start();
        contenders = new Contenders(server.endpoint(Size.MEDIUM));
    }

    @AfterAll
    static void stop() {
        contenders.close();
        server.close();
    }

    private static int expectedPayments() {
        return new String(Responses.bytes(Size.MEDIUM), java.nio.charset.StandardCharsets.UTF_8)
                .split("<utbetalningsuppgift>", -1).length - 1;
    }

    @Test
    void sdk_whenCalledSyncAndAsync_decodesEveryPayment() {
        BenefitInformation sync = contenders.sdkSync();
        BenefitInformation async = contenders.sdkAsync();
        assertThat(sync.payments()).hasSize(expectedPayments());
        assertThat(async).isEqualTo(sync);
    }

    @Test
    void floor_whenCalled_readsTheWholeAnswer() throws Exception {
        assertThat(contenders.floor()).isEqualTo(Responses.bytes(Size.MEDIUM).length);
    }

    @Test
    void diy_whenCalledOnBothParsers_decodesEveryPayment() throws Exception {
        HamtaFormansinformationSvar jdk = contenders.diy(Contenders.JDK_STAX);
        HamtaFormansinformationSvar woodstox = contenders.diy(Contenders.WOODSTOX);
        assertThat(jdk.getFormansinformation().getUtbetalningsuppgift()).hasSize(expectedPayments());
        assertThat(woodstox.getFormansinformation().getUtbetalningsuppgift()).hasSize(expectedPayments());
    }

    @Test
    void cxf_whenCalled_decodesEveryPayment() throws Exception {
        assertThat(contenders.cxf().getFormansinformation().getUtbetalningsuppgift()).hasSize(expectedPayments());
    }

    @Test
    void springWs_whenCalled_decodesEveryPayment() {
        HamtaFormansinformationSvar svar = (HamtaFormansinformationSvar) contenders.springWs();
        assertThat(svar.getFormansinformation().getUtbetalningsuppgift()).hasSize(expectedPayments());
    }
}
