package se.lefi.client.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.lefi.client.Personnummer;

/**
 * Describes the queried person (generell personinformation).
 *
 * <p>A person with a protected identity ({@link #protectedIdentity()}) is still named, but the
 * service leaves out the addresses; such a person's data must never be logged.
 *
 * <pre>{@code
 * PersonInformation p = info.person().orElseThrow();
 * String name = p.name();
 * boolean dead = p.dateOfDeath().isPresent();
 * }</pre>
 *
 * @param personnummer the person's number in 12 digits
 * @param name all names as one string, exactly as delivered (compare after NFC normalisation)
 * @param born the date of birth, when delivered
 * @param protectedIdentity true for skyddad identitet
 * @param dateOfDeath the date of death, when the person has died
 * @param addresses the addresses, in delivered order
 * @param children the person's children
 * @param cohabitants the persons registered as living with the person (samhörig)
 * @param civilStatus the civilstånd code, when delivered
 * @param details everything delivered (workplaces, folkbokföring, citizenship, ...), by contract name
 */
public record PersonInformation(Personnummer personnummer, String name, Optional<LocalDate> born,
        boolean protectedIdentity, Optional<LocalDate> dateOfDeath, List<Address> addresses,
        List<RelatedPerson> children, List<RelatedPerson> cohabitants, Optional<Code> civilStatus, Details details) {

    /** Copies and validates the components. */
    public PersonInformation {
        Objects.requireNonNull(personnummer, "personnummer");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(born, "born");
        Objects.requireNonNull(dateOfDeath, "dateOfDeath");
        addresses = List.copyOf(addresses);
        children = List.copyOf(children);
        cohabitants = List.copyOf(cohabitants);
        Objects.requireNonNull(civilStatus, "civilStatus");
        Objects.requireNonNull(details, "details");
    }

    /** Masks the personnummer and leaves out names and addresses. */
    @Override
    public String toString() {
        return "PersonInformation[personnummer=" + personnummer.masked() + ", protectedIdentity=" + protectedIdentity
                + ", deceased=" + dateOfDeath.isPresent() + ", children=" + children.size() + "]";
    }
}
