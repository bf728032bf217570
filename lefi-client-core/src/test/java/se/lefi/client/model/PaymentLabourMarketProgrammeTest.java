package se.lefi.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
        PaymentLine tax = new PaymentLine(Code.of("AMP"), LineKind.TAX, BigDecimal.TEN, Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());
        Payment p = new Payment(PaymentStatus.EXECUTED, Payer.FORSAKRINGSKASSAN, Code.of("XYZ"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.TEN,
                BigDecimal.TEN.negate(), List.of(tax));

        assertThat(p.isLabourMarketProgramme()).isFalse();
    }

    private static Payment payment(String family, String rowBenefit) {
        PaymentLine row = new PaymentLine(Code.of(rowBenefit), LineKind.COMPENSATION, BigDecimal.valueOf(680),
                Optional.of(Code.of("ORD")), OptionalInt.of(1), OptionalInt.empty(), Optional.empty(), Optional.empty());
        return new Payment(PaymentStatus.EXECUTED, Payer.FORSAKRINGSKASSAN, Code.of(family), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), BigDecimal.valueOf(680), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.valueOf(680), List.of(row));
    }
}
