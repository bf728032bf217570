package se.lefi.client.internal.xml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

/**
 * Reads simple values from their XML text with JAXB's lexical rules: whitespace around numbers,
 * dates and booleans is ignored, a leading {@code +} is allowed, {@code xs:boolean} is
 * {@code true}, {@code false}, {@code 1} or {@code 0} (anything else gives no value), and the
 * contract's {@code Datum} takes all three of its forms ({@link ContractDate}).
 *
 * <p>Answers hold tens of thousands of numbers and dates, so the common forms are read straight
 * from the parser's characters without a String in between; the rest go through their String form.
 *
 * <pre>{@code
 * char[] text = " 2020-04-07 ".toCharArray();
 * Object date = XmlLexical.parse(ValueKind.CONTRACT_DATE, text, text.length); // ContractDate 2020-04-07
 * Object yes = XmlLexical.parse(ValueKind.BOOLEAN, "1");                      // Boolean.TRUE
 * }</pre>
 */
final class XmlLexical {

    /** The longest number or dateTime accepted: far beyond any amount, count or time of the contract. */
    private static final int MAX_NUMBER_CHARS = 64;

    private XmlLexical() {
    }

    /**
     * Reads a value from characters.
     *
     * @param kind the value's kind, not {@link ValueKind#STRUCTURE}
     * @param chars the element's text, untrimmed, from index 0
     * @param length how many characters are the text
     * @return the value (a {@link ValueKind#ENUM}'s trimmed lexical form), or null when the text holds none
     * @throws IllegalArgumentException or {@link DateTimeException} when the text is not of the kind
     */
    static Object parse(ValueKind kind, char[] chars, int length) {
        return parse(kind, chars, length, null);
    }

    /**
     * Reads a value from characters, sharing repeated values of the answer.
     *
     * @param kind the value's kind, not {@link ValueKind#STRUCTURE}
     * @param chars the element's text, untrimmed, from index 0
     * @param length how many characters are the text
     * @param repeats the answer's shared values, or null to share nothing
     * @return the value (a {@link ValueKind#ENUM}'s trimmed lexical form), or null when the text holds none
     * @throws IllegalArgumentException or {@link DateTimeException} when the text is not of the kind
     */
    static Object parse(ValueKind kind, char[] chars, int length, RepeatedValues repeats) {
        int start = 0;
        while (start < length && isSpace(chars[start])) {
            start++;
        }
        int end = length;
        while (end > start && isSpace(chars[end - 1])) {
            end--;
        }
        int n = end - start;
        switch (kind) {
            case CONTRACT_DATE -> {
                if (n == 0) {
                    return null;
                }
                if (n == 10 && chars[start + 4] == '-' && chars[start + 7] == '-') {
                    int year = digits(chars, start, start + 4);
                    int month = digits(chars, start + 5, start + 7);
                    int day = digits(chars, start + 8, start + 10);
                    if (year >= 0 && month >= 0 && day >= 0) {
                        if (repeats != null) {
                            return repeats.date(year, month, day);
                        }
                        LocalDate date = LocalDate.of(year, month, day);
                        return new ContractDate(date, date);
                    }
                }
            }
            case INTEGER -> {
                int sign = n > 0 && (chars[start] == '-' || chars[start] == '+') ? 1 : 0;
                // Nine digits always fit an int; longer values take the String path and its range check.
                if (n - sign > 0 && n - sign <= 9) {
                    int value = digits(chars, start + sign, end);
                    if (value >= 0) {
                        return sign == 1 && chars[start] == '-' ? -value : value;
                    }
                }
            }
            case DECIMAL -> {
                if (n == 0) {
                    return null;
                }
                if (repeats != null) {
                    BigDecimal plain = plainDecimal(chars, start, end, repeats);
                    if (plain != null) {
                        return plain;
                    }
                }
                return checkedScale(new BigDecimal(chars, start, checkedLength(n)));
            }
            case BOOLEAN -> {
                return bool(chars, start, n);
            }
            case STRING -> {
                // Strings keep their whitespace.
                if (repeats != null && length <= RepeatedValues.MAX_TEXT) {
                    return repeats.text(chars, 0, length);
                }
            }
            case ENUM -> {
                if (repeats != null && n <= RepeatedValues.MAX_TEXT) {
                    return repeats.text(chars, start, end);
                }
            }
            default -> {
                // The rarer kinds are not worth a second parser.
            }
        }
        return parse(kind, new String(chars, 0, length));
    }

    /**
     * Reads a value from text.
     *
     * @param kind the value's kind, not {@link ValueKind#STRUCTURE}
     * @param text the element's or list item's text, untrimmed
     * @return the value (a {@link ValueKind#ENUM}'s trimmed lexical form), or null when the text holds none
     * @throws IllegalArgumentException when the text is not of the kind
     */
    static Object parse(ValueKind kind, String text) {
        return switch (kind) {
            case STRING -> text;
            case CONTRACT_DATE -> ContractDate.parse(text);
            case BOOLEAN -> bool(text);
            case INTEGER -> Integer.parseInt(trimPlus(text));
            case LONG -> Long.parseLong(trimPlus(text));
            case SHORT -> Short.parseShort(trimPlus(text));
            case BYTE -> Byte.parseByte(trimPlus(text));
            case DECIMAL -> decimal(text);
            case BIG_INTEGER -> text.isBlank() ? null : new BigInteger(checkedLength(trimPlus(text)));
            case DATE_TIME -> text.isBlank() ? null : dateTime(text.trim());
            case ENUM -> text.trim();
            case STRUCTURE -> throw new IllegalStateException("a structure has no text");
        };
    }

    /**
     * Reads {@code [+-]digits[.digits]} of at most 18 digits as the BigDecimal its text makes,
     * shared through the answer's repeats; null for any other form, which the full parser reads.
     */
    private static BigDecimal plainDecimal(char[] c, int start, int end, RepeatedValues repeats) {
        int i = start;
        boolean negative = c[i] == '-';
        if (negative || c[i] == '+') {
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; i < end; i++) {
            char d = c[i];
            if (d >= '0' && d <= '9') {
                if (++digits > 18) {
                    return null;
                }
                unscaled = unscaled * 10 + (d - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (d == '.' && scale < 0 && digits > 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (digits == 0 || scale == 0) {
            return null; // "5." and the like: left to BigDecimal's own rules
        }
        return repeats.decimal(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Returns the decimal value of ASCII digits, or -1 if any character is not a digit. */
    private static int digits(char[] c, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char d = c[i];
            if (d < '0' || d > '9') {
                return -1;
            }
            value = value * 10 + (d - '0');
        }
        return value;
    }

    private static Boolean bool(char[] c, int start, int n) {
        if (n == 1) {
            return c[start] == '1' ? Boolean.TRUE : c[start] == '0' ? Boolean.FALSE : null;
        }
        if (n == 4 && c[start] == 't' && c[start + 1] == 'r' && c[start + 2] == 'u' && c[start + 3] == 'e') {
            return Boolean.TRUE;
        }
        if (n == 5 && c[start] == 'f' && c[start + 1] == 'a' && c[start + 2] == 'l' && c[start + 3] == 's'
                && c[start + 4] == 'e') {
            return Boolean.FALSE;
        }
        return null;
    }

    private static Boolean bool(String text) {
        // JAXB's lexical space of xs:boolean; it yields no value for anything else.
        return switch (text.trim()) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String trimPlus(String text) {
        String t = text.trim();
        return t.startsWith("+") ? t.substring(1) : t;
    }

    private static BigDecimal decimal(String text) {
        String t = text.trim();
        return t.isEmpty() ? null : checkedScale(new BigDecimal(checkedLength(t)));
    }

    /**
     * Returns a number's length if it is short. Without this bound a hostile answer could make a
     * decode take minutes: parsing a number of 100 000 digits takes about a second, and the cost
     * grows with the square of the length.
     */
    private static int checkedLength(int n) {
        if (n > MAX_NUMBER_CHARS) {
            throw new NumberFormatException("longer than " + MAX_NUMBER_CHARS + " characters");
        }
        return n;
    }

    private static String checkedLength(String text) {
        checkedLength(text.length());
        return text;
    }

    /**
     * Returns a decimal whose exponent is small: arithmetic on an amount such as 1E+99999999 (short,
     * but accepted as JAXB accepts it) would build the whole number of 10^8 digits.
     */
    private static BigDecimal checkedScale(BigDecimal value) {
        if (Math.abs((long) value.scale()) > MAX_NUMBER_CHARS) {
            throw new NumberFormatException("an exponent beyond " + MAX_NUMBER_CHARS);
        }
        return value;
    }

    /**
     * Reads a dateTime: the service's one form ({@code 2024-03-01T10:15:30[.fff](Z|+01:00)}) straight
     * into an {@link OffsetDateTime}, anything else through JAXB's calendar as the reference decoder
     * does (the value then converted the same way): a calendar and a text parser per value made
     * this a fifth of a small answer's decoding.
     */
    private static Object dateTime(String text) {
        OffsetDateTime plain = plainDateTime(text);
        return plain != null ? plain : Calendars.FACTORY.newXMLGregorianCalendar(checkedDateTime(text));
    }

    /** Returns the dateTime if the text has the plain form and unremarkable values, else null. */
    static OffsetDateTime plainDateTime(String t) {
        int n = t.length();
        if (n < 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null; // the full parser judges these, hour 24 and leap seconds included
        }
        int i = 19;
        int nanos = 0;
        if (i < n && t.charAt(i) == '.') {
            int start = ++i;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
            int count = i - start;
            if (count == 0 || count > 9) {
                return null;
            }
            nanos = digits(t, start, count);
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset;
        if (i == n - 1 && t.charAt(i) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (i == n - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
            int hours = digits(t, i + 1, 2);
            int minutes = digits(t, i + 4, 2);
            if (hours < 0 || minutes < 0 || minutes > 59 || hours > 14 || hours == 14 && minutes > 0) {
                return null;
            }
            offset = t.charAt(i) == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes)
                    : ZoneOffset.ofHoursMinutes(hours, minutes);
        } else {
            return null; // no zone, or a form the full parser judges
        }
        if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    }

    /** The value of {@code count} ASCII digits from {@code start}, or -1 if any is not a digit. */
    private static int digits(String t, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Returns a dateTime's text if it is short: xs:dateTime allows a year of any length, which the
     * JDK's parser reads as a BigInteger, as slowly as a long number.
     */
    private static String checkedDateTime(String text) {
        if (text.length() > MAX_NUMBER_CHARS) {
            throw new IllegalArgumentException("longer than " + MAX_NUMBER_CHARS + " characters");
        }
        return text;
    }

    /** Holds the datatype factory, made only if a contract has dateTime values at all. */
    private static final class Calendars {
        static final DatatypeFactory FACTORY = create();

        private static DatatypeFactory create() {
            try {
                return DatatypeFactory.newInstance();
            } catch (DatatypeConfigurationException e) {
                throw new IllegalStateException("no XML datatype factory", e);
            }
        }
    }
}
