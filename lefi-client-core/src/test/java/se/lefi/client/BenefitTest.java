package se.lefi.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenefitTest {

    /** Every code of the contract README's table of benefit-group codes but FK:EJO. */
    private static final List<String> CONTRACT_CODES = List.of("FK:ABB", "FK:AP", "FK:AS", "FK:BOB", "FK:BST",
            "FK:BTI", "FK:DPE", "FK:ET", "FK:FP", "FK:GP", "FK:HE", "FK:MEK", "FK:NP", "FK:OMV", "FK:PJOB", "FK:PROG",
            "FK:RBE", "FK:SA", "FK:SBP", "FK:SJP", "FK:TFP", "FK:US", "FK:VB", "FK:YL", "FK:GEPI", "FK:PANV", "FK:SGI",
            "FK:STAV", "FK:EP", "FK:INT", "FK:LINT",
            // version 9 adds these (its spec's group and information-type enums)
            "FK:EJO", "FK:FSJP", "FK:MABB", "FK:SKUP", "PM:AP", "PM:BTI", "PM:EF", "PM:LINT", "PM:PBH", "PM:PU");

    @Test
    void fromCode_whenContractCode_findsItsConstant() {
        for (String code : CONTRACT_CODES) {
            assertThat(Benefit.fromCode(code)).as(code).isNotEqualTo(Benefit.UNKNOWN)
                    .extracting(Benefit::code).isEqualTo(code);
        }
        assertThat(Benefit.values()).hasSize(CONTRACT_CODES.size() + 1);
    }

    @Test
    void fromCode_whenUnknownOrNull_returnsUnknownWithoutThrowing() {
        assertThat(Benefit.fromCode("FK:NEW1")).isEqualTo(Benefit.UNKNOWN);
        assertThat(Benefit.fromCode(null)).isEqualTo(Benefit.UNKNOWN);
        assertThat(Benefit.fromCode("")).isEqualTo(Benefit.UNKNOWN);
    }

    @Test
    void constants_whenNamed_useTheApiNames() {
        assertThat(Benefit.SJUKPENNING.code()).isEqualTo("FK:SJP");
        assertThat(Benefit.FORALDRAPENNING.code()).isEqualTo("FK:FP");
        assertThat(Benefit.TILLFALLIG_FORALDRAPENNING.code()).isEqualTo("FK:TFP");
        assertThat(Benefit.AKTIVITETSSTOD.code()).isEqualTo("FK:AS");
        assertThat(Benefit.GENERELL_PERSONINFORMATION.code()).isEqualTo("FK:GEPI");
        assertThat(Benefit.PROGRAMANVISNING.code()).isEqualTo("FK:PANV");
        assertThat(Benefit.INTJANANDE.code()).isEqualTo("FK:INT");
    }

    @Test
    void onlyInVersion9_whenQueried_isTrueForThePmCodesAndTheFourNewFkCodes() {
        assertThat(Arrays.stream(Benefit.values()).filter(Benefit::onlyInVersion9).map(Benefit::code))
                .containsExactlyInAnyOrder("FK:EJO", "FK:FSJP", "FK:MABB", "FK:SKUP", "PM:AP", "PM:BTI", "PM:EF",
                        "PM:LINT", "PM:PBH", "PM:PU");
        assertThat(Benefit.fromCode("PM:AP").isPensionsmyndigheten()).isTrue();
        assertThat(Benefit.ALLMAN_PENSION.isPensionsmyndigheten()).isFalse();
    }

    @Test
    void hasPreliminaryPayments_whenQueried_isTrueOnlyForTheFiveQueryCodes() {
        assertThat(Arrays.stream(Benefit.values()).filter(Benefit::hasPreliminaryPayments).map(Benefit::code))
                .containsExactlyInAnyOrder("FK:AS", "FK:ET", "FK:FP", "FK:TFP", "FK:SJP");
    }
}
