package se.lefi.client.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lefi.client.LefiVersion;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Code;
import se.lefi.client.model.Payer;
import se.lefi.client.model.Payment;
import se.lefi.client.model.PaymentStatus;

/**
 * Holds the README's example of building an answer in a test, so the README never drifts: code
 * that reads answers (here the quick start's {@link SummaryPrinter}) gets one made with the model's
 * builders, no client and no service involved.
 */
class BuiltAnswerReadmeTest {

    @Test
    void print_whenAnswerIsBuiltInTheTest_printsItsPaymentAndAChangedCopy() {
        // README:begin
        Payment karens = Payment.builder(PaymentStatus.EXECUTED, Payer.FORSAKRINGSKASSAN)
                .family(Code.of("DAG")).paymentDate(LocalDate.of(2020, 4, 14))
                .gross(new BigDecimal("700")).tax(new BigDecimal("210"))
                .deductions(new BigDecimal("210")).net(new BigDecimal("490")).build();
        BenefitInformation info = BenefitInformation.builder(LefiVersion.V6_0).payments(List.of(karens)).build();
        BenefitInformation distrained = info.toBuilder().payments(List.of(
                karens.toBuilder().deductions(new BigDecimal("310")).net(new BigDecimal("390")).build())).build();
        // README:end

        assertThat(print(info)).containsPattern("executed +DAG +2020-04-14 +700.00 +210.00 +210.00 +490.00");
        assertThat(print(distrained)).containsPattern("executed +DAG +2020-04-14 +700.00 +210.00 +310.00 +390.00");
    }

    private static String print(BenefitInformation info) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SummaryPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8)).print(info);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
