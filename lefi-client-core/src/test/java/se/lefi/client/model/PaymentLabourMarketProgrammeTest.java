package se.lefi.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentLabourMarketProgrammeTest {

    @Test
    void isLabourMarketProgramme_forFiveZeroUtbFamily_isTrue() {
        assertThat(payment("UTB", "UTB").isLabourMarketProgramme()).isTrue();
    }

    @Test
    void isLabourMarketProgramme_forFiveOneAmpFamily_isTrue() {
        assertThat(payment("AMP", "AMP").isLabourMarketProgramme()).isTrue();
    }

    @Test
    void isLabourMarketProgramme_forPreliminaryActivitySupportRowWithoutFamily_isTrue() {
        assertThat(payment("", "AKS").isLabourMarketProgramme()).isTrue();
        assertThat(payment("", "UVE").isLabourMarketProgramme()).isTrue();
    }

    @Test
    void isLabourMarketProgramme_forSicknessAndParentalBenefit_isFalse() {
        assertThat(payment("DAG", "SJP").isLabourMarketProgramme()).isFalse();
        assertThat(payment("FP", "FP").isLabourMarketProgramme()).isFalse();
    }

    @Test
    void isLabourMarketProgramme_whenOnlyATaxRowNamesAmp_isFalse() {
        PaymentLine tax = PaymentLine.builder(LineKind.TAX).benefit(Code.of("AMP")).amount(BigDecimal.TEN).build();
        Payment p = Payment.builder(PaymentStatus.EXECUTED, Payer.FORSAKRINGSKASSAN).family(Code.of("XYZ"))
                .tax(BigDecimal.TEN).deductions(BigDecimal.TEN).net(BigDecimal.TEN.negate()).lines(List.of(tax)).build();

        assertThat(p.isLabourMarketProgramme()).isFalse();
    }

    private static Payment payment(String family, String rowBenefit) {
        PaymentLine row = PaymentLine.builder(LineKind.COMPENSATION).benefit(Code.of(rowBenefit))
                .amount(BigDecimal.valueOf(680)).amountType(Code.of("ORD")).days(1).build();
        return Payment.builder(PaymentStatus.EXECUTED, Payer.FORSAKRINGSKASSAN).family(Code.of(family))
                .gross(BigDecimal.valueOf(680)).net(BigDecimal.valueOf(680)).lines(List.of(row)).build();
    }
}
