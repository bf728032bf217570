package se.lefi.client.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.lefi.client.Personnummer;

/**
 * Describes a person related to the queried one: a child, a cohabitant, a parent, a deceased.
 *
 * <pre>{@code
 * for (RelatedPerson child : info.person().orElseThrow().children()) {
 *     child.born().ifPresent(...);
 * }
 * }</pre>
 *
 * @param personnummer the person's number, when delivered
 * @param name all names as one string, exactly as delivered (compare after NFC normalisation)
 * @param born date of birth, when delivered
 * @param protectedIdentity true for a person with skyddad identitet: never log this person's data
 * @param dateOfDeath the date of death, when the person has died
 * @param details everything delivered about the person, by contract name
 */
public record RelatedPerson(Optional<Personnummer> personnummer, String name, Optional<LocalDate> born,
        boolean protectedIdentity, Optional<LocalDate> dateOfDeath, Details details) {

    /** Validates the components. */
    public RelatedPerson {
        Objects.requireNonNull(personnummer, "personnummer");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(born, "born");
        Objects.requireNonNull(dateOfDeath, "dateOfDeath");
        Objects.requireNonNull(details, "details");
    }

    /** Masks the personnummer and leaves out the name. */
    @Override
    public String toString() {
        return "RelatedPerson[personnummer=" + personnummer.map(Personnummer::masked).orElse("-")
                + ", protectedIdentity=" + protectedIdentity + "]";
    }
}
