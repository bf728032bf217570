package se.lefi.client.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlLexicalTest {

    private static Object fromChars(ValueKind kind, String text) {
        // A buffer longer than the text, as the decoder's reused buffer is.
        char[] buffer = (text + "#####").toCharArray();
        return XmlLexical.parse(kind, buffer, text.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", " 12 ", "+12", "-12", "\n\t7\r\n", "0", "999999999", "-999999999", "2147483647",
        "-2147483648", "+-5"})
    void parse_whenInteger_charsAndStringAgree(String text) {
        assertThat(fromChars(ValueKind.INTEGER, text)).isEqualTo(XmlLexical.parse(ValueKind.INTEGER, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "tolv", "1 2", "", "   ", "12a"})
    void parse_whenNotAnInt_fails(String text) {
        assertThatThrownBy(() -> fromChars(ValueKind.INTEGER, text)).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-04-07", " 2020-04-07 ", "2020-04", "20200407", "2020-04-07+02:00", ""})
    void parse_whenContractDate_charsAndStringAgree(String text) {
        assertThat(fromChars(ValueKind.CONTRACT_DATE, text)).isEqualTo(XmlLexical.parse(ValueKind.CONTRACT_DATE, text));
    }

    @Test
    void parse_whenDayDoesNotExist_fails() {
        assertThatThrownBy(() -> fromChars(ValueKind.CONTRACT_DATE, "2021-02-29")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> XmlLexical.parse(ValueKind.CONTRACT_DATE, "2021-02-29"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_whenYearMonth_spansTheMonth() {
        ContractDate month = (ContractDate) fromChars(ValueKind.CONTRACT_DATE, "2020-02");
        assertThat(month.start()).isEqualTo(LocalDate.of(2020, 2, 1));
        assertThat(month.end()).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false", "1", "0", " true ", "TRUE", "yes", "", "2"})
    void parse_whenBoolean_charsAndStringAgree(String text) {
        assertThat(fromChars(ValueKind.BOOLEAN, text)).isEqualTo(XmlLexical.parse(ValueKind.BOOLEAN, text));
    }

    @Test
    void parse_whenBooleanOutsideLexicalSpace_givesNoValue() {
        assertThat(fromChars(ValueKind.BOOLEAN, "1")).isEqualTo(Boolean.TRUE);
        assertThat(fromChars(ValueKind.BOOLEAN, "0")).isEqualTo(Boolean.FALSE);
        assertThat(fromChars(ValueKind.BOOLEAN, "TRUE")).isNull();
        assertThat(fromChars(ValueKind.BOOLEAN, "ja")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1250.50", " 1250.50 ", "-3", "1E3", "+7.0"})
    void parse_whenDecimal_charsAndStringAgree(String text) {
        assertThat(fromChars(ValueKind.DECIMAL, text)).isEqualTo(XmlLexical.parse(ValueKind.DECIMAL, text));
    }

    @Test
    void parse_whenDecimalIsOnlyWhitespace_givesNoValueOnBothPaths() {
        assertThat(fromChars(ValueKind.DECIMAL, "  \n ")).isNull();
        assertThat(fromChars(ValueKind.CONTRACT_DATE, "   ")).isNull();
    }

    @Test
    void parse_whenDecimalEmpty_givesNoValue() {
        assertThat(fromChars(ValueKind.DECIMAL, "")).isNull();
        assertThat(XmlLexical.parse(ValueKind.DECIMAL, " ")).isNull();
        assertThat(fromChars(ValueKind.DECIMAL, "12.5")).isEqualTo(new BigDecimal("12.5"));
    }

    @Test
    void parse_whenString_keepsWhitespace() {
        assertThat(fromChars(ValueKind.STRING, " Kalle ")).isEqualTo(" Kalle ");
    }

    @Test
    void parse_whenLongAndBigInteger_allowPlusAndSpaces() {
        assertThat(fromChars(ValueKind.LONG, " +9000000000 ")).isEqualTo(9_000_000_000L);
        assertThat(XmlLexical.parse(ValueKind.BIG_INTEGER, "+12345678901234567890"))
                .isEqualTo(new java.math.BigInteger("12345678901234567890"));
        assertThat(XmlLexical.parse(ValueKind.BIG_INTEGER, " ")).isNull();
    }

    @Test
    void parse_whenEnum_givesTrimmedLexicalValue() {
        assertThat(fromChars(ValueKind.ENUM, " FK:SJP ")).isEqualTo("FK:SJP");
    }

    @Test
    void parse_whenStructure_refuses() {
        assertThatThrownBy(() -> XmlLexical.parse(ValueKind.STRUCTURE, "x")).isInstanceOf(IllegalStateException.class);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2024-03-01T10:15:30Z", "2024-03-01T10:15:30+01:00",
        "2024-03-01T10:15:30.5-05:30", "2024-03-01T10:15:30.123456789+14:00", "2024-02-29T23:59:59-00:00",
        "2023-02-29T10:00:00Z", "2024-04-31T10:00:00Z", "2024-03-01T24:00:00Z", "2024-03-01T10:15:60Z",
        "2024-03-01T10:15:30", "2024-03-01T10:15:30+15:00", "2024-03-01T10:15:30.1234567891Z", "12024-03-01T10:15:30Z",
        "-2024-03-01T10:15:30Z", "2024-3-01T10:15:30Z", "2024-03-01T1a:15:30Z", "2024-03-01T10:15:30.Z",
        "0000-03-01T10:15:30Z", "2024-13-01T10:15:30Z", " 2024-03-01T10:15:30Z "})
    void parse_whenDateTime_givesWhatJaxbsCalendarGives(String text) {
        Object expected;
        try {
            expected = OffsetDateTime.parse(DatatypeFactory.newDefaultInstance()
                    .newXMLGregorianCalendar(text.trim()).toXMLFormat());
        } catch (IllegalArgumentException | DateTimeException e) {
            expected = "rejected";
        }
        Object actual;
        try {
            Object raw = XmlLexical.parse(ValueKind.DATE_TIME, text);
            actual = raw instanceof javax.xml.datatype.XMLGregorianCalendar c
                    ? OffsetDateTime.parse(c.toXMLFormat()) : raw;
        } catch (IllegalArgumentException | DateTimeException e) {
            actual = "rejected";
        }

        assertThat(actual).isEqualTo(expected);
    }
}
