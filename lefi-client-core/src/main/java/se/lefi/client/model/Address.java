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
 * @param roles the roles (1 Folkbokföringsadress, 2 Särskild adress, 3 Utlandsadress)
 * @param lines the delivery lines (utdelningsadress), in order
 * @param postalCode the postnummer, empty when not delivered
 * @param city the postort, empty when not delivered
 * @param country the country (code and name), when delivered
 */
public record Address(List<Code> roles, List<String> lines, String postalCode, String city, Optional<Code> country) {

    /** Copies and validates the components. */
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
}
