package se.lefi.client.model;

import java.util.Objects;

/**
 * Holds a code value of the service as delivered: its id and its Swedish description.
 *
 * <p>Every code list of LEFI Online is open; a value the SDK does not know is kept as it came.
 * Compare ids, never descriptions: the same id may come with different texts.
 *
 * <pre>{@code
 * Code family = payment.family();          // Code[id=DAG, description=Dagersättning]
 * boolean daily = family.is("DAG");
 * }</pre>
 *
 * @param id the code's id, never null
 * @param description the Swedish text, empty when the service gave none
 */
public record Code(String id, String description) {

    /** Validates and normalises the components. */
    public Code {
        Objects.requireNonNull(id, "id");
        description = description == null ? "" : description;
    }

    /**
     * Creates a code without a description.
     *
     * @param id the code's id
     * @return the code
     */
    public static Code of(String id) {
        return new Code(id, "");
    }

    /**
     * Tells whether this code has the given id.
     *
     * @param otherId an id to compare with
     * @return true when the ids are equal
     */
    public boolean is(String otherId) {
        return id.equals(otherId);
    }
}
