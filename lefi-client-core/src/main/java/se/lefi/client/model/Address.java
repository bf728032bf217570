package se.lefi.client.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds one postal address of the queried person, with the roles it plays.
 *
 * <p>Addresses come in the order särskild adress, folkbokföringsadress, utlandsadresser; a person
 * with a protected identity has none.
 *
 * <pre>{@code
 * person.addresses().stream().filter(a -> a.hasRole("1")).findFirst(); // folkbokföringsadress
 * }</pre>
 *
 * <p>To build one in a test, use {@link #builder}: a later release may add components to the
 * canonical constructor, which is outside the compatibility promise, while code that uses the
 * builder keeps compiling.
 *
 * @param roles the roles (1 Folkbokföringsadress, 2 Särskild adress, 3 Utlandsadress)
 * @param lines the delivery lines (utdelningsadress), in order
 * @param postalCode the postnummer, empty when not delivered
 * @param city the postort, empty when not delivered
 * @param country the country (code and name), when delivered
 */
public record Address(List<Code> roles, List<String> lines, String postalCode, String city, Optional<Code> country) {

    /**
     * Copies and validates the components. Tests and users should prefer {@link #builder}: this constructor
     * gains a parameter whenever a later release adds a component.
     *
     * @param roles the roles (1 Folkbokföringsadress, 2 Särskild adress, 3 Utlandsadress)
     * @param lines the delivery lines (utdelningsadress), in order
     * @param postalCode the postnummer, empty when not delivered
     * @param city the postort, empty when not delivered
     * @param country the country (code and name), when delivered
     */
    public Address {
        roles = List.copyOf(roles);
        lines = List.copyOf(lines);
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
    }

    /**
     * Tells whether the address has the role with the given id.
     *
     * @param roleId a role id such as {@code "1"}
     * @return true when one role has that id
     */
    public boolean hasRole(String roleId) {
        return roles.stream().anyMatch(r -> r.is(roleId));
    }

    /** Leaves out the address itself, which is personal data. */
    @Override
    public String toString() {
        return "Address[roles=" + roles + "]";
    }

    /**
     * Returns a builder for an address; it has no role and no line, the postnummer and postort are empty and
     * there is no country until set.
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
                .roles(roles)
                .lines(lines)
                .postalCode(postalCode)
                .city(city)
                .country(country.orElse(null));
    }

    /**
     * Builds an {@link Address}.
     *
     * <pre>{@code
     * Address home = Address.builder()
     *         .roles(List.of(new Code("1", "Folkbokföringsadress")))
     *         .lines(List.of("Storgatan 1")).postalCode("11122").city("Stockholm")
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private List<Code> roles = List.of();
        private List<String> lines = List.of();
        private String postalCode = "";
        private String city = "";
        private Code country;

        private Builder() {
        }

        /**
         * Sets the roles of the address, replacing those set before.
         *
         * @param roles the roles of the address
         * @return this builder
         * @throws IllegalArgumentException if the list is null or holds a null
         */
        public Builder roles(List<Code> roles) {
            this.roles = BuilderArguments.list(roles, "roles");
            return this;
        }

        /**
         * Sets the delivery lines (utdelningsadress), in order, replacing those set before.
         *
         * @param lines the delivery lines (utdelningsadress), in order
         * @return this builder
         * @throws IllegalArgumentException if the list is null or holds a null
         */
        public Builder lines(List<String> lines) {
            this.lines = BuilderArguments.list(lines, "lines");
            return this;
        }

        /**
         * Sets the postnummer.
         *
         * @param postalCode the postnummer
         * @return this builder
         * @throws IllegalArgumentException if it is null
         */
        public Builder postalCode(String postalCode) {
            this.postalCode = BuilderArguments.required(postalCode, "postalCode");
            return this;
        }

        /**
         * Sets the postort.
         *
         * @param city the postort
         * @return this builder
         * @throws IllegalArgumentException if it is null
         */
        public Builder city(String city) {
            this.city = BuilderArguments.required(city, "city");
            return this;
        }

        /**
         * Sets the country, or clears it with null.
         *
         * @param country the country, or null for none
         * @return this builder
         */
        public Builder country(Code country) {
            this.country = country;
            return this;
        }

        /**
         * Returns the value the builder holds; the builder can go on to build others.
         *
         * @return the new {@link Address}
         */
        public Address build() {
            return new Address(roles, lines, postalCode, city, Optional.ofNullable(country));
        }
    }
}
