package se.lefi.client.v9.internal;

import java.util.Arrays;

/**
 * Reads JSON texts straight from bytes for {@link PaymentScan}, and hands out for the same bytes
 * what the details reader made of them the first time, without decoding them again: a large
 * answer repeats a few dozen descriptions and codes thousands of times.
 *
 * <p>It takes a text only when the bytes are plain: no escape, no control character, UTF-8 by RFC
 * 3629 in one to three bytes per character, as {@link Utf8JsonReader} would read it; anything
 * else is left to the reader (four-byte characters too, which are rare and that reader decodes).
 * A text is converted by {@link JsonTexts}, so it is the same string, blank as null, that the
 * token path gives. Not thread-safe: one per answer.
 *
 * <pre>{@code
 * int after = texts.read(bytes, quote, end, true);   // -1: not plain, or not all in the window
 * String description = texts.text();                 // null when blank
 * }</pre>
 */
final class ScannedTexts {

    private static final int SLOTS = 256;
    /** Starts this small (a few payments need no more) and grows once when as many texts were new to it. */
    private static final int FIRST_SLOTS = 32;
    private static final int MAX_KEPT = 64;
    /** Stands for a blank text in the table, where null means an empty place. */
    private static final String BLANK = new String("");

    private final JsonTexts texts;
    private byte[][] keys = new byte[FIRST_SLOTS][];
    private String[] values = new String[FIRST_SLOTS];
    private int fresh;
    private char[] chars = new char[128];
    private String text;

    /**
     * Creates the texts of one answer.
     *
     * @param texts the details reader's text table, which makes every string
     */
    ScannedTexts(JsonTexts texts) {
        this.texts = texts;
    }

    /**
     * Reads a text; with {@code keep}, also converts it into {@link #text()}.
     *
     * @param b the bytes
     * @param at where the opening quote is
     * @param end where the bytes read so far end
     * @param keep whether the text is wanted, or only read past
     * @param remember whether the text is looked up in the table and kept there
     * @return where the text ends, just after its closing quote; -1 when it is not plain or does not end before {@code end}
     */
    int read(byte[] b, int at, int end, boolean keep, boolean remember) {
        int from = at + 1;
        int p = from;
        boolean ascii = true;
        while (true) {
            if (p >= end) {
                return -1;
            }
            int c = b[p];
            if (c == '"') {
                break;
            }
            if (c < 0) {
                ascii = false;
            } else if (c < 0x20 || c == '\\') {
                return -1;
            }
            p++;
        }
        int length = p - from;
        if (!keep) {
            return ascii || decode(b, from, length) >= 0 ? p + 1 : -1;
        }
        int slot = remember && length <= MAX_KEPT ? slot(b, from, length) : -1;
        if (slot >= 0) {
            byte[] key = keys[slot];
            if (key != null && Arrays.equals(key, 0, key.length, b, from, p)) {
                // The same bytes were found plain and converted before.
                String known = values[slot];
                text = known == BLANK ? null : known;
                return p + 1;
            }
        }
        int n = ascii ? copyAscii(b, from, length) : decode(b, from, length);
        if (n < 0 || n > JsonLimits.MAX_STRING_LENGTH) {
            return -1;
        }
        text = texts.orNull(chars, 0, n);
        if (slot >= 0) {
            if (++fresh == FIRST_SLOTS && keys.length == FIRST_SLOTS) {
                keys = new byte[SLOTS][];
                values = new String[SLOTS];
                slot = slot(b, from, length);
            }
            keys[slot] = Arrays.copyOfRange(b, from, p);
            values[slot] = text == null ? BLANK : text;
        }
        return p + 1;
    }

    /**
     * Returns the text {@link #read} kept last.
     *
     * @return it, or null when it was blank
     */
    String text() {
        return text;
    }

    /**
     * Makes the string of ASCII bytes (a number's digits) through the details reader's table.
     *
     * @param b the bytes
     * @param from where they start
     * @param length how many
     * @return the string
     */
    String digits(byte[] b, int from, int length) {
        return texts.of(chars, 0, copyAscii(b, from, length));
    }

    private int slot(byte[] b, int from, int length) {
        int hash = length == 0 ? 0 : length * 0x9E3779B9 + b[from] * 961 + b[from + (length >> 1)] * 31
                + b[from + length - 1];
        return (hash ^ hash >>> 16) & (keys.length - 1);
    }

    /** Copies ASCII bytes into {@link #chars}; returns their number. */
    private int copyAscii(byte[] b, int from, int length) {
        char[] out = room(length);
        for (int i = 0; i < length; i++) {
            out[i] = (char) b[from + i];
        }
        return length;
    }

    /**
     * Decodes UTF-8 into {@link #chars}; returns the number of characters, or -1 for four-byte
     * characters and for bytes that are not UTF-8.
     */
    private int decode(byte[] b, int from, int length) {
        char[] out = room(length);
        int n = 0;
        int p = from;
        int stop = from + length;
        while (p < stop) {
            int c = b[p];
            if (c >= 0) {
                out[n++] = (char) c;
                p++;
                continue;
            }
            int lead = c & 0xFF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                if (p + 1 >= stop || (b[p + 1] & 0xC0) != 0x80) {
                    return -1;
                }
                out[n++] = (char) ((lead & 0x1F) << 6 | b[p + 1] & 0x3F);
                p += 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                if (p + 2 >= stop || (b[p + 1] & 0xC0) != 0x80 || (b[p + 2] & 0xC0) != 0x80) {
                    return -1;
                }
                int codePoint = (lead & 0x0F) << 12 | (b[p + 1] & 0x3F) << 6 | b[p + 2] & 0x3F;
                if (codePoint < 0x800 || Character.isSurrogate((char) codePoint)) {
                    return -1;
                }
                out[n++] = (char) codePoint;
                p += 3;
            } else {
                return -1;
            }
        }
        return n;
    }

    /** A text of n bytes has at most n characters. */
    private char[] room(int length) {
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        return chars;
    }
}
