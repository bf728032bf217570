package se.lefi.client.internal.xml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds a date of the contract's {@code Datum} union: an extended date ({@code 2020-04-07}), a
 * year-month ({@code 2020-04}) or a basic date ({@code 20200407}, from uncorrected instances).
 *
 * <p>Generated adapter classes carry this type for every {@code Datum} element (see the adapter
 * modules' JAXB bindings), so the reduced and basic forms are handled in one place.
 *
 * @param start the first day the value stands for
 * @param end the last day the value stands for (the month's last day for a year-month)
 */
public record ContractDate(LocalDate start, LocalDate end) {

    private static final Pattern EXTENDED = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern BASIC = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    /**
     * Parses any of the three forms.
     *
     * @param text the element's text
     * @return the date, or null for blank text (an empty element)
     * @throws IllegalArgumentException for any other text
     */
    public static ContractDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            if (isPlainDay(t)) {
                // The form nearly every date of an answer has: read without a regex, as answers hold thousands.
                LocalDate day = LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10));
                return new ContractDate(day, day);
            }
            Matcher m = EXTENDED.matcher(t);
            if (m.matches() || (m = BASIC.matcher(t)).matches()) {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return new ContractDate(day, day);
            }
            m = YEAR_MONTH.matcher(t);
            if (m.matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new ContractDate(month.atDay(1), month.atEndOfMonth());
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid date: " + t, e);
        }
        throw new IllegalArgumentException("not a date in any form of the contract: " + t);
    }

    private static boolean isPlainDay(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = t.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (t.charAt(i) - '0');
        }
        return value;
    }

    /** Returns the extended form of the start, as the service's normal form. */
    public String print() {
        return start.toString();
    }
}
