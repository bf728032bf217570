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
 * <p>To build one in a test, use {@link #builder}: a later release may add components to the
 * canonical constructor, which is outside the compatibility promise, while code that uses the
 * builder keeps compiling.
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

    /**
     * Copies and validates the components. Tests and users should prefer {@link #builder}: this constructor
     * gains a parameter whenever a later release adds a component.
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

    /**
     * Returns a builder for the person with the given number; the name is empty, the identity not protected
     * and everything else empty until set.
     *
     * @param personnummer the person's number
     * @return the builder
     * @throws IllegalArgumentException if personnummer is null
     */
    public static Builder builder(Personnummer personnummer) {
        return new Builder(personnummer);
    }

    /**
     * Returns a builder holding this value's components, to derive a changed copy.
     *
     * @return a builder that builds an equal value until something is set
     */
    public Builder toBuilder() {
        return new Builder(personnummer)
                .name(name)
                .born(born.orElse(null))
                .protectedIdentity(protectedIdentity)
                .dateOfDeath(dateOfDeath.orElse(null))
                .addresses(addresses)
                .children(children)
                .cohabitants(cohabitants)
                .civilStatus(civilStatus.orElse(null))
                .details(details);
    }

    /**
     * Builds a {@link PersonInformation}.
     *
     * <pre>{@code
     * PersonInformation p = PersonInformation.builder(Personnummer.parse("19900101-0017"))
     *         .name("Tolvan Tolvansson")
     *         .born(LocalDate.of(1990, 1, 1))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private final Personnummer personnummer;
        private String name = "";
        private LocalDate born;
        private boolean protectedIdentity;
        private LocalDate dateOfDeath;
        private List<Address> addresses = List.of();
        private List<RelatedPerson> children = List.of();
        private List<RelatedPerson> cohabitants = List.of();
        private Code civilStatus;
        private Details details = Details.empty();

        private Builder(Personnummer personnummer) {
            this.personnummer = BuilderArguments.required(personnummer, "personnummer");
        }

        /**
         * Sets all names as one string.
         *
         * @param name all names as one string
         * @return this builder
         * @throws IllegalArgumentException if it is null
         */
        public Builder name(String name) {
            this.name = BuilderArguments.required(name, "name");
            return this;
        }

        /**
         * Sets the date of birth, or clears it with null.
         *
         * @param born the date of birth, or null for none
         * @return this builder
         */
        public Builder born(LocalDate born) {
            this.born = born;
            return this;
        }

        /**
         * Sets whether the person has skyddad identitet.
         *
         * @param protectedIdentity true when the person has skyddad identitet
         * @return this builder
         */
        public Builder protectedIdentity(boolean protectedIdentity) {
            this.protectedIdentity = protectedIdentity;
            return this;
        }

        /**
         * Sets the date of death, or clears it with null.
         *
         * @param dateOfDeath the date of death, or null for none
         * @return this builder
         */
        public Builder dateOfDeath(LocalDate dateOfDeath) {
            this.dateOfDeath = dateOfDeath;
            return this;
        }

        /**
         * Sets the addresses, in delivered order, replacing those set before.
         *
         * @param addresses the addresses, in delivered order
         * @return this builder
         * @throws IllegalArgumentException if the list is null or holds a null
         */
        public Builder addresses(List<Address> addresses) {
            this.addresses = BuilderArguments.list(addresses, "addresses");
            return this;
        }

        /**
         * Sets the person's children, replacing those set before.
         *
         * @param children the person's children
         * @return this builder
         * @throws IllegalArgumentException if the list is null or holds a null
         */
        public Builder children(List<RelatedPerson> children) {
            this.children = BuilderArguments.list(children, "children");
            return this;
        }

        /**
         * Sets the persons registered as living with the person, replacing those set before.
         *
         * @param cohabitants the persons registered as living with the person
         * @return this builder
         * @throws IllegalArgumentException if the list is null or holds a null
         */
        public Builder cohabitants(List<RelatedPerson> cohabitants) {
            this.cohabitants = BuilderArguments.list(cohabitants, "cohabitants");
            return this;
        }

        /**
         * Sets the civilstånd code, or clears it with null.
         *
         * @param civilStatus the civilstånd code, or null for none
         * @return this builder
         */
        public Builder civilStatus(Code civilStatus) {
            this.civilStatus = civilStatus;
            return this;
        }

        /**
         * Sets everything delivered about the person.
         *
         * @param details everything delivered about the person
         * @return this builder
         * @throws IllegalArgumentException if it is null
         */
        public Builder details(Details details) {
            this.details = BuilderArguments.required(details, "details");
            return this;
        }

        /**
         * Returns the value the builder holds; the builder can go on to build others.
         *
         * @return the new {@link PersonInformation}
         */
        public PersonInformation build() {
            return new PersonInformation(personnummer, name, Optional.ofNullable(born), protectedIdentity,
                    Optional.ofNullable(dateOfDeath), addresses, children, cohabitants,
                    Optional.ofNullable(civilStatus), details);
        }
    }
}
