package se.lefi.client.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void mask_whenTextHoldsPersonnummerInAnyForm_masksLastFour() {
        assertThat(Redaction.mask("pnr 198402298452 and 840229-8452 and 19840229+8452 and 8402298452"))
                .isEqualTo("pnr 19840229-**** and 840229-**** and 19840229+**** and 840229-****");
    }

    @Test
    void mask_whenDigitsAreLongerOrShorter_leavesThemAlone() {
        assertThat(Redaction.mask("order 1234567 amount 12345678901234 id 12345")).isEqualTo(
                "order 1234567 amount 12345678901234 id 12345");
    }

    @Test
    void mask_whenNullOrEmpty_returnsAsIs() {
        assertThat(Redaction.mask(null)).isNull();
        assertThat(Redaction.mask("")).isEmpty();
    }
}
