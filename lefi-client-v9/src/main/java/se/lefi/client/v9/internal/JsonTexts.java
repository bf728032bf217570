package se.lefi.client.v9.internal;

import java.io.IOException;

/**
 * Makes strings from the parser's character buffer, handing out the same {@link String} again
 * for text the answer repeats (descriptions, codes, currency, names of providers): an answer of
 * thousands of payments says "Försäkringskassan" thousands of times and needs it once.
 *
 * <p>A small direct-mapped cache of short texts; a long or new text is made as usual. Not
 * thread-safe: one instance per answer, so nothing outlives the answer it came from.
 *
 * <pre>{@code
 * String description = texts.orNull(parser);   // null for blank text
 * }</pre>
 */
final class JsonTexts {

    private static final int SLOTS = 512;
    private static final int MAX_CACHED = 48;

    /**
     * The cache starts this small (a small answer has few texts) and grows fourfold, up to
     * {@link #SLOTS}, each time half as many texts as it has places were new to it.
     */
    private static final int FIRST_SLOTS = 32;

    private String[] cache = new String[FIRST_SLOTS];
    private int fresh;

    /**
     * Returns the current token's text.
     *
     * @param p the parser, on a scalar value
     * @return the text
     * @throws IOException when the parser cannot deliver it
     */
    String of(JsonInput p) throws IOException {
        return of(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    /**
     * Returns a text from characters.
     *
     * @param buffer the characters
     * @param offset where the text starts
     * @param length its length
     * @return the text
     */
    String of(char[] buffer, int offset, int length) {
        if (length > MAX_CACHED) {
            return new String(buffer, offset, length);
        }
        // The slot comes from the length and three characters, not all of them: the comparison
        // that follows reads every character anyway, and texts of one answer rarely collide.
        int hash = length == 0 ? 0
                : length * 0x9E3779B9 + buffer[offset] * 31 * 31 + buffer[offset + (length >> 1)] * 31
                        + buffer[offset + length - 1];
        int slot = (hash ^ (hash >>> 16)) & (cache.length - 1);
        String known = cache[slot];
        if (known != null && same(known, buffer, offset, length)) {
            return known;
        }
        String text = new String(buffer, offset, length);
        if (++fresh == cache.length / 2 && cache.length < SLOTS) {
            cache = new String[Math.min(SLOTS, cache.length * 4)];
            fresh = 0;
            slot = (hash ^ (hash >>> 16)) & (cache.length - 1);
        }
        cache[slot] = text;
        return text;
    }

    /**
     * Returns the current token's text, or null when it is blank.
     *
     * @param p the parser, on a scalar value
     * @return the text or null
     * @throws IOException when the parser cannot deliver it
     */
    String orNull(JsonInput p) throws IOException {
        return orNull(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    /**
     * Returns a text from characters, or null when it is blank.
     *
     * @param buffer the characters
     * @param offset where the text starts
     * @param length its length
     * @return the text or null
     */
    String orNull(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (!Character.isWhitespace(buffer[i])) {
                return of(buffer, offset, length);
            }
        }
        return null;
    }

    private static boolean same(String known, char[] buffer, int offset, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != buffer[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
