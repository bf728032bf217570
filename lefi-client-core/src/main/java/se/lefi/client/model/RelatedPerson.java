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
 * <p>To build one in a test, use {@link #builder}: a later release may add components to the
 * canonical constructor, which is outside the compatibility promise, while code that uses the
 * builder keeps compiling.
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

    /**
     * Validates the components. Tests and users should prefer {@link #builder}: this constructor
     * gains a parameter whenever a later release adds a component.
     *
     * @param personnummer the person's number, when delivered
     * @param name all names as one string, exactly as delivered (compare after NFC normalisation)
     * @param born date of birth, when delivered
     * @param protectedIdentity true for a person with skyddad identitet: never log this person's data
     * @param dateOfDeath the date of death, when the person has died
     * @param details everything delivered about the person, by contract name
     */
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

    /**
     * Returns a builder for a related person; the name is empty, the identity not protected and everything
     * else empty until set.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this value's components, to derive a changed copy.
     *
     * @return a builder that builds an equal value until something is set
     */
    public Builder toBuilder() {
        return new Builder()
                .personnummer(personnummer.orElse(null))
                .name(name)
                .born(born.orElse(null))
                .protectedIdentity(protectedIdentity)
                .dateOfDeath(dateOfDeath.orElse(null))
                .details(details);
    }

    /**
     * Builds a {@link RelatedPerson}.
     *
     * <pre>{@code
     * RelatedPerson child = RelatedPerson.builder()
     *         .personnummer(Personnummer.parse("20170502-2489"))
     *         .born(LocalDate.of(2017, 5, 2))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private Personnummer personnummer;
        private String name = "";
        private LocalDate born;
        private boolean protectedIdentity;
        private LocalDate dateOfDeath;
        private Details details = Details.empty();

        private Builder() {
        }

        /**
         * Sets the person's number, or clears it with null.
         *
         * @param personnummer the person's number, or null for none
         * @return this builder
         */
        public Builder personnummer(Personnummer personnummer) {
            this.personnummer = personnummer;
            return this;
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
         * @return the new {@link RelatedPerson}
         */
        public RelatedPerson build() {
            return new RelatedPerson(Optional.ofNullable(personnummer), name, Optional.ofNullable(born),
                    protectedIdentity, Optional.ofNullable(dateOfDeath), details);
        }
    }
}
