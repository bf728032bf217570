package se.lefi.client.v9.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Reads the dates of version 9's Försäkringskassan part, which the spec types as plain strings:
 * the forms the SOAP versions accept ({@code 2020-04-07}, {@code 2020-04}, {@code 20200407},
 * with or without a zone suffix), as the first and last day they stand for.
 *
 * <pre>{@code
 * LocalDate[] days = ContractDates.parse("2020-02");   // {2020-02-01, 2020-02-29}
 * }</pre>
 */
final class ContractDates {

    private ContractDates() {
    }

    /**
     * Parses a date in any of the contract's forms.
     *
     * @param text the text
     * @return the first and the last day it stands for, or null when the text is no date
     */
    static LocalDate[] parse(String text) {
        String t = stripZone(text.trim());
        try {
            if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-' && digits(t, 0, 4) && digits(t, 5, 7)
                    && digits(t, 8, 10)) {
                LocalDate day = LocalDate.of(num(t, 0, 4), num(t, 5, 7), num(t, 8, 10));
                return new LocalDate[] {day, day};
            }
            if (t.length() == 8 && digits(t, 0, 8)) {
                LocalDate day = LocalDate.of(num(t, 0, 4), num(t, 4, 6), num(t, 6, 8));
                return new LocalDate[] {day, day};
            }
            if (t.length() == 7 && t.charAt(4) == '-' && digits(t, 0, 4) && digits(t, 5, 7)) {
                YearMonth month = YearMonth.of(num(t, 0, 4), num(t, 5, 7));
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static String stripZone(String t) {
        if (t.endsWith("Z")) {
            return t.substring(0, t.length() - 1);
        }
        int n = t.length();
        if (n > 6 && (t.charAt(n - 6) == '+' || t.charAt(n - 6) == '-') && t.charAt(n - 3) == ':') {
            return t.substring(0, n - 6);
        }
        return t;
    }

    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String t, int from, int to) {
        return Integer.parseInt(t, from, to, 10);
    }
}
