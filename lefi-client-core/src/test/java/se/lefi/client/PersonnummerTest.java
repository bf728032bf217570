package se.lefi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonnummerTest {

    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 26).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"19121212-1212", "191212121212", "19121212+1212", " 191212121212 "})
    void parse_whenTwelveDigits_keepsCentury(String text) {
        assertThat(Personnummer.parse(text, TODAY).value()).isEqualTo("191212121212");
    }

    @Test
    void parse_whenTenDigitsWithHyphen_takesCenturyThatMakesPersonYoungerThan100() {
        assertThat(Personnummer.parse("840229-8452", TODAY).value()).isEqualTo("198402298452");
        assertThat(Personnummer.parse("1212121212", TODAY).value()).isEqualTo("201212121212");
    }

    @Test
    void parse_whenTenDigitsWithPlus_takesCenturyOfHundredOrOlder() {
        assertThat(Personnummer.parse("121212+1212", TODAY).value()).isEqualTo("191212121212");
    }

    @Test
    void parse_whenBirthdayLaterThisYear_stillYoungerThan100() {
        // 261231: born 2026-12-31 would be in the future, so 1926; not yet 100 on 2026-11-26.
        String tenDigits = withCheckDigit("261231123");
        assertThat(Personnummer.parse(tenDigits, TODAY).value()).startsWith("1926");
    }

    @Test
    void parse_whenWrongCheckDigit_failsWithoutEchoingDigits() {
        assertThatThrownBy(() -> Personnummer.parse("19121212-1213", TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("check digit")
                .hasMessageNotContaining("1213")
                .hasMessageNotContaining("121212");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "19121212-121", "1912121212123", "abcdefghij", "19121212/1212"})
    void parse_whenMalformed_fails(String text) {
        assertThatThrownBy(() -> Personnummer.parse(text, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_whenNull_failsWithIllegalArgument() {
        assertThatThrownBy(() -> Personnummer.parse(null, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_whenInvalidDate_fails() {
        String feb30 = withCheckDigit("840230845");
        assertThatThrownBy(() -> Personnummer.parse(feb30, TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date of birth");
    }

    @Test
    void parse_whenSamordningsnummer_acceptsDayPlus60() {
        String samordning = "19" + withCheckDigit("701063238"); // born 1970-10-03
        Personnummer pnr = Personnummer.parse(samordning, TODAY);
        assertThat(pnr.isSamordningsnummer()).isTrue();
        assertThat(pnr.birthDate()).isEqualTo(LocalDate.of(1970, 10, 3));
        assertThat(Personnummer.parse("198402298452", TODAY).isSamordningsnummer()).isFalse();
    }

    @Test
    void toString_whenAnyForm_isMasked() {
        Personnummer pnr = Personnummer.parse("19121212-1212", TODAY);
        assertThat(pnr.toString()).isEqualTo("19121212-****").doesNotContain("1212121212");
        assertThat(pnr.masked()).isEqualTo(pnr.toString());
    }

    @Test
    void equals_whenSameNumberInDifferentForms_isEqual() {
        assertThat(Personnummer.parse("121212-1212", TODAY)).isEqualTo(Personnummer.parse("201212121212", TODAY))
                .hasSameHashCodeAs(Personnummer.parse("201212121212", TODAY));
        assertThat(Personnummer.parse("191212121212", TODAY)).isNotEqualTo(Personnummer.parse("201212121212", TODAY));
    }

    private static String withCheckDigit(String nineDigits) {
        for (int d = 0; d <= 9; d++) {
            if (Personnummer.luhnValid(nineDigits + d)) {
                return nineDigits + d;
            }
        }
        throw new AssertionError("no check digit");
    }
}
