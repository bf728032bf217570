package se.lefi.client.internal.config;

import java.time.Duration;

/**
 * Checks arguments of the public builders: a null or out-of-range value is an
 * {@link IllegalArgumentException} naming the setting, as the README promises, never a
 * NullPointerException.
 *
 * <pre>{@code
 * this.endpoint = Arguments.notNull(endpoint, "endpoint");
 * }</pre>
 */
public final class Arguments {

    private Arguments() {
    }

    /**
     * Returns the value, or fails when it is null.
     *
     * @param value the argument
     * @param name the setting's name, for the message
     * @param <T> its type
     * @return the value
     * @throws IllegalArgumentException if it is null
     */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * Returns a positive duration, or fails.
     *
     * @param value the duration
     * @param name the setting's name
     * @return the value
     * @throws IllegalArgumentException if it is null, zero or negative
     */
    public static Duration positive(Duration value, String name) {
        notNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }

    /**
     * Returns a non-blank text, trimmed, or fails.
     *
     * @param value the text
     * @param name the setting's name
     * @return the trimmed text
     * @throws IllegalArgumentException if it is null or blank
     */
    public static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.trim();
    }
}
