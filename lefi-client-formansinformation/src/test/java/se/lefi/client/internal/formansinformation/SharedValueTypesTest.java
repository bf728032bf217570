package se.lefi.client.internal.formansinformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Fraction;

class SharedValueTypesTest {

    private final SharedValueTypes shared = new SharedValueTypes();

    @Test
    void typeOf_whenSharedSchemaTypeName_givesTypeWithItsParts() {
        assertThat(SharedValueTypes.Type.of("Sifferkod")).isEqualTo(SharedValueTypes.Type.CODE);
        assertThat(SharedValueTypes.Type.of("Bokstavskod")).isEqualTo(SharedValueTypes.Type.CODE);
        assertThat(SharedValueTypes.Type.CODE.parts()).containsExactly("id", "beskrivning");
        assertThat(SharedValueTypes.Type.of("Belopp").parts()).containsExactly("summa");
        assertThat(SharedValueTypes.Type.of("FranTill").parts()).containsExactly("fran", "till");
        assertThat(SharedValueTypes.Type.of("Omfattning").parts()).containsExactly("taljare", "namnare");
    }

    @Test
    void typeOf_whenOtherTypeName_isNull() {
        assertThat(SharedValueTypes.Type.of("Utbetalningsuppgift")).isNull();
        assertThat(SharedValueTypes.Type.of("")).isNull();
        assertThat(SharedValueTypes.Type.of("belopp")).isNull();
    }

    @Test
    void value_whenCode_givesCodeWithEmptyDescriptionWhenMissing() {
        assertThat(shared.value(SharedValueTypes.Type.CODE, "SJP", "Sjukpenning")).isEqualTo(new Code("SJP", "Sjukpenning"));
        assertThat(shared.value(SharedValueTypes.Type.CODE, "SJP", null)).isEqualTo(new Code("SJP", ""));
    }

    @Test
    void value_whenCodeIdIsJsonNumber_givesItsText() {
        // Version 9's Sifferkod has an integer id.
        assertThat(shared.value(SharedValueTypes.Type.CODE, 1001, "Försäkringskassan"))
                .isEqualTo(new Code("1001", "Försäkringskassan"));
    }

    @Test
    void value_whenCodeHasNoId_isNull() {
        assertThat(shared.value(SharedValueTypes.Type.CODE, null, "Sjukpenning")).isNull();
    }

    @Test
    void code_whenRepeated_sharesOneInstanceUnlessTheDescriptionDiffers() {
        Code first = shared.code("SJP", "Sjukpenning");
        assertThat(shared.code("SJP", "Sjukpenning")).isSameAs(first);
        Code other = shared.code("SJP", "Sjukpenning, annan text");
        assertThat(other).isNotSameAs(first).isEqualTo(new Code("SJP", "Sjukpenning, annan text"));
        assertThat(new SharedValueTypes().code("SJP", "Sjukpenning")).isNotSameAs(first);
    }

    @Test
    void value_whenAmount_acceptsDecimalAndInteger() {
        assertThat(shared.value(SharedValueTypes.Type.AMOUNT, new BigDecimal("1250.50"), null))
                .isEqualTo(new BigDecimal("1250.50"));
        assertThat(shared.value(SharedValueTypes.Type.AMOUNT, 700, null)).isEqualTo(BigDecimal.valueOf(700));
    }

    @Test
    void value_whenAmountMissingOrNotANumber_isNull() {
        assertThat(shared.value(SharedValueTypes.Type.AMOUNT, null, null)).isNull();
        assertThat(shared.value(SharedValueTypes.Type.AMOUNT, "SEK", null)).isNull();
    }

    @Test
    void value_whenPeriodHasOneEnd_isOpenAtTheOther() {
        LocalDate day = LocalDate.of(2020, 4, 1);
        assertThat(shared.value(SharedValueTypes.Type.PERIOD, day, null))
                .isEqualTo(new DatePeriod(Optional.of(day), Optional.empty()));
        assertThat(shared.value(SharedValueTypes.Type.PERIOD, null, day))
                .isEqualTo(new DatePeriod(Optional.empty(), Optional.of(day)));
    }

    @Test
    void value_whenPeriodHasNoEnds_isNull() {
        assertThat(shared.value(SharedValueTypes.Type.PERIOD, null, null)).isNull();
    }

    @Test
    void value_whenFraction_countsAnUnsetPartAsZero() {
        assertThat(shared.value(SharedValueTypes.Type.FRACTION, 3, 4)).isEqualTo(new Fraction(3, 4));
        assertThat(shared.value(SharedValueTypes.Type.FRACTION, 1, null)).isEqualTo(new Fraction(1, 0));
        assertThat(shared.value(SharedValueTypes.Type.FRACTION, null, 4)).isEqualTo(new Fraction(0, 4));
    }

    @Test
    void value_whenFractionIsZeroOverZero_isNull() {
        assertThat(shared.value(SharedValueTypes.Type.FRACTION, 0, 0)).isNull();
        assertThat(shared.value(SharedValueTypes.Type.FRACTION, null, null)).isNull();
    }
}
