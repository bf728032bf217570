package se.lefi.client.testkit.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Describes a related person (a child) as the answer's {@code Person} type names it.
 *
 * @param personnummer 12 digits
 * @param born the date of birth
 * @param name all names
 */
public record Relative(String personnummer, LocalDate born, String name) {

    /** Validates the components. */
    public Relative {
        Objects.requireNonNull(personnummer, "personnummer");
        Objects.requireNonNull(born, "born");
        Objects.requireNonNull(name, "name");
    }

    /** Leaves out the personnummer and the name. */
    @Override
    public String toString() {
        return "Relative[born=" + born + "]";
    }
}
