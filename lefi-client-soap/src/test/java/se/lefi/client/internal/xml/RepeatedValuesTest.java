package se.lefi.client.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DateTimeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepeatedValuesTest {

    private static Object shared(ValueKind kind, String text, RepeatedValues repeats) {
        char[] buffer = (text + "#####").toCharArray();
        return XmlLexical.parse(kind, buffer, text.length(), repeats);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1250.00", " 1250.00 ", "-5.5", "+7", "007.50", "-0.00", "123456789012345678",
        "1234567890123456789", "99999999999999999.99", "1E+3", "5.", ".5", "0.000000000000000001"})
    void parse_whenDecimalWithRepeats_equalsTheFullParserWithItsScale(String text) {
        BigDecimal expected = (BigDecimal) XmlLexical.parse(ValueKind.DECIMAL, text);
        BigDecimal actual = (BigDecimal) shared(ValueKind.DECIMAL, text, new RepeatedValues());
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.scale()).isEqualTo(expected.scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "+", "1.2.3", "12a", "1 2"})
    void parse_whenNotADecimalWithRepeats_fails(String text) {
        assertThatThrownBy(() -> shared(ValueKind.DECIMAL, text, new RepeatedValues()))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void parse_whenSameAmountTwice_returnsOneInstance() {
        RepeatedValues repeats = new RepeatedValues();
        Object first = shared(ValueKind.DECIMAL, "543.00", repeats);
        assertThat(shared(ValueKind.DECIMAL, " 543.00", repeats)).isSameAs(first);
        assertThat(shared(ValueKind.DECIMAL, "543.0", repeats)).isNotSameAs(first).isEqualTo(new BigDecimal("543.0"));
    }

    @Test
    void parse_whenSameDateTwice_returnsOneInstanceEqualToTheFullParser() {
        RepeatedValues repeats = new RepeatedValues();
        Object first = shared(ValueKind.CONTRACT_DATE, "2020-04-07", repeats);
        assertThat(first).isEqualTo(XmlLexical.parse(ValueKind.CONTRACT_DATE, "2020-04-07"));
        assertThat(shared(ValueKind.CONTRACT_DATE, "\n2020-04-07 ", repeats)).isSameAs(first);
        assertThat(shared(ValueKind.CONTRACT_DATE, "2020-04-08", repeats))
                .isEqualTo(XmlLexical.parse(ValueKind.CONTRACT_DATE, "2020-04-08"));
    }

    @Test
    void parse_whenDayDoesNotExistWithRepeats_fails() {
        assertThatThrownBy(() -> shared(ValueKind.CONTRACT_DATE, "2021-02-29", new RepeatedValues()))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void parse_whenSameTextTwice_returnsOneInstanceKeepingWhitespace() {
        RepeatedValues repeats = new RepeatedValues();
        Object first = shared(ValueKind.STRING, "Försäkringskassan", repeats);
        assertThat(shared(ValueKind.STRING, "Försäkringskassan", repeats)).isSameAs(first);
        assertThat(shared(ValueKind.STRING, " Försäkringskassan", repeats)).isEqualTo(" Försäkringskassan");
        assertThat(shared(ValueKind.STRING, "Pensionsmyndigheten", repeats)).isEqualTo("Pensionsmyndigheten");
    }

    @Test
    void text_whenManyDifferentTexts_returnsEachUnchanged() {
        // More texts than the table has places: replaced places must never hand back another text.
        RepeatedValues repeats = new RepeatedValues();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 1000; i++) {
                char[] chars = ("id-" + i).toCharArray();
                assertThat(repeats.text(chars, 0, chars.length)).isEqualTo("id-" + i);
            }
        }
    }

    @Test
    void text_whenManyMoreValuesThanFirstSlots_growsAndStillSharesRepeats() {
        RepeatedValues repeats = new RepeatedValues();
        for (int i = 0; i < RepeatedValues.SLOTS * 2; i++) {
            char[] chars = ("code" + i).toCharArray();
            repeats.text(chars, 0, chars.length);
            repeats.date(2000 + i / 12, i % 12 + 1, 1);
            repeats.decimal(i, 2);
        }
        char[] last = "code-last".toCharArray();

        String first = repeats.text(last, 0, last.length);

        assertThat(repeats.text(last, 0, last.length)).isSameAs(first).isEqualTo("code-last");
        assertThat(repeats.date(1999, 5, 17)).isSameAs(repeats.date(1999, 5, 17))
                .isEqualTo(ContractDate.parse("1999-05-17"));
        assertThat(repeats.decimal(123456, 2)).isSameAs(repeats.decimal(123456, 2))
                .isEqualByComparingTo(new BigDecimal("1234.56"));
    }
}
