package se.lefi.client.model;

import java.util.List;

/**
 * Checks what the model's builders are given: a null where a value is required is an
 * {@link IllegalArgumentException} naming the component, as the README promises for every builder,
 * rather than the NullPointerException the canonical constructors throw.
 */
final class BuilderArguments {

    private BuilderArguments() {
    }

    static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    static <T> List<T> list(List<T> values, String name) {
        required(values, name);
        // Not values.contains(null): the immutable lists of List.of throw on a null query.
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(name + " must not contain null");
            }
        }
        return List.copyOf(values);
    }
}
