package se.lefi.client.internal.util;

import java.util.regex.Pattern;

/**
 * Masks anything that looks like a personnummer or samordningsnummer in free text.
 *
 * <p>Used on every exception message and on wire logs: the last four digits become {@code ****},
 * whether the number was written with 10 or 12 digits, with or without a separator.
 */
public final class Redaction {

    // Digits not preceded or followed by other digits, so order numbers and amounts stay intact
    // unless they have exactly the shape of a personnummer.
    private static final Pattern PERSONNUMMER =
            Pattern.compile("(?<!\\d)((?:\\d{2})?\\d{6})([-+]?)\\d{4}(?!\\d)");

    private Redaction() {
    }

    /**
     * Returns the text with every personnummer-shaped digit sequence masked.
     *
     * @param text any text, may be null
     * @return the masked text, or null for null
     */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return PERSONNUMMER.matcher(text).replaceAll(r -> r.group(1) + (r.group(2).isEmpty() ? "-" : r.group(2)) + "****");
    }
}
