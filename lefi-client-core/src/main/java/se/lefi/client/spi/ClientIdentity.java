package se.lefi.client.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * Holds who is asking, as the client was configured: the organisation's organisationsnummer (the
 * SOAP versions send it in every query) and the aktörs-id the service issued to it (version 9 puts
 * it in the path). Which of them a version needs, its adapter checks when the client is built.
 *
 * <pre>{@code
 * ClientIdentity id = new ClientIdentity(Optional.of("2120000142"), Optional.empty());
 * }</pre>
 *
 * @param organisationsnummer the organisation's number, 10 or 12 digits, if configured
 * @param aktorsId the service-issued actor id, opaque text, if configured
 */
public record ClientIdentity(Optional<String> organisationsnummer, Optional<String> aktorsId) {

    /** Validates the components. */
    public ClientIdentity {
        Objects.requireNonNull(organisationsnummer, "organisationsnummer");
        Objects.requireNonNull(aktorsId, "aktorsId");
    }

    /**
     * Returns an identity with an organisationsnummer only, as the SOAP versions need.
     *
     * @param organisationsnummer the organisation's number
     * @return the identity
     */
    public static ClientIdentity ofOrganisation(String organisationsnummer) {
        return new ClientIdentity(Optional.of(organisationsnummer), Optional.empty());
    }
}
