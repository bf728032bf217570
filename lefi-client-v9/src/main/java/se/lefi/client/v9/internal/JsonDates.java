package se.lefi.client.v9.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Reads the dates of version 9's Försäkringskassan part, which the spec types as plain strings,
 * straight from the parser's character buffer: the forms the SOAP versions accept
 * ({@code 2020-04-07}, {@code 2020-04}, {@code 20200407}, with or without a zone suffix).
 *
 * <p>An answer repeats the same days over and over (a payment's period is its rows' period), so
 * one reader keeps the days it has made and hands the same {@link LocalDate} out again: no text
 * and, for a repeated day, no object is created. Not thread-safe: one instance per answer.
 *
 * <pre>{@code
 * Object day = dates.parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
 * // a LocalDate for a day, LocalDate[] {first, last} for a month, null for text that is no date
 * }</pre>
 */
final class JsonDates {

    private static final int SLOTS = 1024;

    /**
     * The table starts this small (a small answer has few days) and grows fourfold, up to
     * {@link #SLOTS}, each time half as many days as it has places were new to it.
     */
    private static final int FIRST_SLOTS = 32;

    private int[] keys = new int[FIRST_SLOTS];
    private LocalDate[] days = new LocalDate[FIRST_SLOTS];
    private int fresh;

    /**
     * Parses a date in any of the contract's forms.
     *
     * @param text the buffer
     * @param offset where the text starts
     * @param length its length
     * @return the day as {@link LocalDate}; a month as {@code LocalDate[] {first day, last day}};
     *     null when the text is no date
     */
    Object parse(char[] text, int offset, int length) {
        int from = offset;
        int to = offset + length;
        while (from < to && text[from] <= ' ') {
            from++;
        }
        while (to > from && text[to - 1] <= ' ') {
            to--;
        }
        // A zone suffix says nothing about the day: Z, or ±hh:mm.
        if (to > from && text[to - 1] == 'Z') {
            to--;
        } else if (to - from > 6 && (text[to - 6] == '+' || text[to - 6] == '-') && text[to - 3] == ':') {
            to -= 6;
        }
        int n = to - from;
        try {
            if (n == 10 && text[from + 4] == '-' && text[from + 7] == '-' && digits(text, from, 4)
                    && digits(text, from + 5, 2) && digits(text, from + 8, 2)) {
                return day(num(text, from, 4), num(text, from + 5, 2), num(text, from + 8, 2));
            }
            if (n == 8 && digits(text, from, 8)) {
                return day(num(text, from, 4), num(text, from + 4, 2), num(text, from + 6, 2));
            }
            if (n == 7 && text[from + 4] == '-' && digits(text, from, 4) && digits(text, from + 5, 2)) {
                YearMonth month = YearMonth.of(num(text, from, 4), num(text, from + 5, 2));
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /**
     * Parses a day written {@code yyyy-MM-dd} in ten bytes, as {@link #parse} would parse the same
     * characters.
     *
     * @param b the bytes
     * @param from where the ten bytes start
     * @return the day, or null when the bytes are no such day
     */
    LocalDate isoDay(byte[] b, int from) {
        if (b[from + 4] != '-' || b[from + 7] != '-') {
            return null;
        }
        int year = 0;
        int month = 0;
        int dayOfMonth = 0;
        for (int i = 0; i < 10; i++) {
            if (i == 4 || i == 7) {
                continue;
            }
            int digit = b[from + i] - '0';
            if (digit < 0 || digit > 9) {
                return null;
            }
            if (i < 4) {
                year = year * 10 + digit;
            } else if (i < 7) {
                month = month * 10 + digit;
            } else {
                dayOfMonth = dayOfMonth * 10 + digit;
            }
        }
        try {
            return day(year, month, dayOfMonth);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private LocalDate day(int year, int month, int dayOfMonth) {
        int key = year * 10000 + month * 100 + dayOfMonth;
        int slot = (year * 372 + month * 31 + dayOfMonth) & (days.length - 1);
        LocalDate known = days[slot];
        if (known != null && keys[slot] == key) {
            return known;
        }
        LocalDate day = LocalDate.of(year, month, dayOfMonth);
        if (++fresh == days.length / 2 && days.length < SLOTS) {
            int size = Math.min(SLOTS, days.length * 4);
            keys = new int[size];
            days = new LocalDate[size];
            fresh = 0;
            slot = (year * 372 + month * 31 + dayOfMonth) & (size - 1);
        }
        keys[slot] = key;
        days[slot] = day;
        return day;
    }

    private static boolean digits(char[] text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (text[i] < '0' || text[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(char[] text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    }
}
