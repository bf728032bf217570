package se.lefi.client.internal.xml;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Shares the values an answer repeats: a large answer holds the same few dozen dates, amounts and
 * code texts thousands of times, and a repeat then costs no object at all. One per read, not
 * thread-safe; each table is direct-mapped (a new value simply replaces the one in its place), so
 * it stays small whatever the answer holds: it starts at {@value #FIRST_SLOTS} places, enough for a
 * small answer, and grows once to {@value #SLOTS} when that many values have been new to it.
 *
 * <pre>{@code
 * RepeatedValues repeats = new RepeatedValues();
 * ContractDate day = repeats.date(2020, 4, 7);              // the same instance for every 2020-04-07
 * String id = repeats.text(chars, start, end);              // the same String for equal text
 * BigDecimal amount = repeats.decimal(125000, 2);           // 1250.00
 * }</pre>
 */
final class RepeatedValues {

    /** Texts longer than this are taken as they come: they rarely repeat, and comparing them costs. */
    static final int MAX_TEXT = 40;

    static final int FIRST_SLOTS = 16;
    static final int SLOTS = 128;

    // Each table is made when its kind is first met: a small answer has few of some kinds.
    private int[] dateKeys;
    private ContractDate[] dates;
    private long[] decimalKeys;
    private int[] decimalScales;
    private BigDecimal[] decimals;
    private String[] texts;
    private int newDates;
    private int newDecimals;
    private int newTexts;

    /**
     * Returns the plain day.
     *
     * @throws java.time.DateTimeException when the day does not exist
     */
    ContractDate date(int year, int month, int day) {
        int key = (year * 16 + month) * 32 + day;
        if (dates == null || newDates == FIRST_SLOTS && dates.length == FIRST_SLOTS) {
            int size = dates == null ? FIRST_SLOTS : SLOTS;
            dateKeys = new int[size];
            dates = new ContractDate[size];
        }
        int slot = mix(key) & (dates.length - 1);
        ContractDate known = dates[slot];
        if (known != null && dateKeys[slot] == key) {
            return known;
        }
        LocalDate date = LocalDate.of(year, month, day);
        ContractDate made = new ContractDate(date, date);
        newDates++;
        dateKeys[slot] = key;
        dates[slot] = made;
        return made;
    }

    /** Returns {@code unscaled × 10^-scale}. */
    BigDecimal decimal(long unscaled, int scale) {
        if (decimals == null || newDecimals == FIRST_SLOTS && decimals.length == FIRST_SLOTS) {
            int size = decimals == null ? FIRST_SLOTS : SLOTS;
            decimalKeys = new long[size];
            decimalScales = new int[size];
            decimals = new BigDecimal[size];
        }
        int slot = mix((int) (unscaled ^ (unscaled >>> 32)) * 31 + scale) & (decimals.length - 1);
        BigDecimal known = decimals[slot];
        if (known != null && decimalKeys[slot] == unscaled && decimalScales[slot] == scale) {
            return known;
        }
        BigDecimal made = BigDecimal.valueOf(unscaled, scale);
        newDecimals++;
        decimalKeys[slot] = unscaled;
        decimalScales[slot] = scale;
        decimals[slot] = made;
        return made;
    }

    /** Returns the text of {@code chars[start, end)}, at most {@link #MAX_TEXT} characters. */
    String text(char[] chars, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        if (texts == null || newTexts == FIRST_SLOTS && texts.length == FIRST_SLOTS) {
            texts = new String[texts == null ? FIRST_SLOTS : SLOTS];
        }
        int slot = mix(hash) & (texts.length - 1);
        String known = texts[slot];
        if (known != null && equal(known, chars, start, end)) {
            return known;
        }
        String made = new String(chars, start, end - start);
        newTexts++;
        texts[slot] = made;
        return made;
    }

    private static boolean equal(String known, char[] chars, int start, int end) {
        if (known.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (known.charAt(i - start) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 8);
    }
}
