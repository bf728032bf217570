package se.lefi.client.spi;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import se.lefi.client.Benefit;
import se.lefi.client.Capabilities;
import se.lefi.client.LefiVersion;
import se.lefi.client.model.AvailableInformationTypes;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.PingResult;

/**
 * Translates between the version-neutral model and the wire format of one or more contract
 * versions; found through {@link java.util.ServiceLoader}.
 *
 * <p>An adapter owns its protocol completely: the method, path, headers and body it sends, and
 * how it reads an answer, whatever its status, into the model or into the typed
 * {@link se.lefi.client.LefiException} it carries. Core only moves the bytes and classifies
 * failures of the transport itself (connection, timeout, TLS). An adapter is stateless after
 * construction and shared by every client and thread of the JVM.
 *
 * <p>Operations that not every version has (such as version 9's available information types) are
 * default methods: an adapter offers one by overriding it and saying so in its
 * {@link #capabilities(LefiVersion)}.
 *
 * <pre>{@code
 * // META-INF/services/se.lefi.client.spi.VersionAdapter
 * se.lefi.client.v6.V6Adapter
 * }</pre>
 */
public interface VersionAdapter {

    /** Returns the contract versions this adapter speaks. */
    Set<LefiVersion> supportedVersions();

    /**
     * Checks, when a client is built, that it names the organisation the way the version needs.
     * By default an organisationsnummer is required, as every SOAP version sends one.
     *
     * @param version the configured version
     * @param identity the configured identity
     * @throws IllegalStateException naming the builder method to call when something is missing
     */
    default void checkIdentity(LefiVersion version, ClientIdentity identity) {
        if (identity.organisationsnummer().isEmpty()) {
            throw new IllegalStateException("organisationsnummer(...) is required for LEFI Online " + version);
        }
    }

    /**
     * Tells what the version can answer. By default: case and other information and executed
     * payments of every known group but those only version 9 has, no preliminary payments, no available-information-types
     * operation.
     *
     * @param version one of {@link #supportedVersions()}
     * @return the version's capabilities
     */
    default Capabilities capabilities(LefiVersion version) {
        Set<Benefit> known = EnumSet.copyOf(Arrays.asList(Benefit.values()));
        known.remove(Benefit.UNKNOWN);
        known.removeIf(Benefit::onlyInVersion9);
        return new Capabilities(version, known, known, Set.of(), false);
    }

    /**
     * Checks what only the version knows (for example which lists it can answer) before anything
     * is sent.
     *
     * @param request the query, already checked for what every version requires
     * @throws IllegalArgumentException if the version cannot answer the query as asked
     */
    void validate(QueryRequest request);

    /**
     * Encodes a query for the wire.
     *
     * @param request the validated query
     * @return the message to send
     */
    OutgoingMessage encodeQuery(QueryRequest request);

    /**
     * Decodes the answer to a query, or throws the error it carries. Called for every answer,
     * whatever its HTTP status.
     *
     * @param request the query that was sent
     * @param answer the answer, streaming
     * @return the decoded information
     * @throws se.lefi.client.LefiException the typed error for a fault, an error status or a bad answer
     */
    BenefitInformation decodeQuery(QueryRequest request, IncomingMessage answer);

    /**
     * Encodes a ping, a call that carries no personal data and tells whether the service answers.
     * By default the identity is not needed and {@link #encodePing(LefiVersion)} is used.
     *
     * @param version the version to speak
     * @param identity who asks
     * @return the message to send
     */
    default OutgoingMessage encodePing(LefiVersion version, ClientIdentity identity) {
        return encodePing(version);
    }

    /**
     * Encodes a ping that needs no identity.
     *
     * @param version the version to speak
     * @return the message to send
     * @throws UnsupportedOperationException if the adapter's ping needs the identity
     */
    default OutgoingMessage encodePing(LefiVersion version) {
        throw new UnsupportedOperationException("this adapter's ping needs the client's identity");
    }

    /**
     * Decodes the answer to a ping, or throws the error it carries.
     *
     * @param version the version that was spoken
     * @param answer the answer, streaming
     * @return the ping result
     */
    PingResult decodePing(LefiVersion version, IncomingMessage answer);

    /**
     * Encodes the question what the organisation may ask for; only for versions whose
     * {@link #capabilities(LefiVersion)} say they have the operation.
     *
     * @param version the version to speak
     * @param identity who asks
     * @return the message to send
     * @throws UnsupportedOperationException if the version has no such operation
     */
    default OutgoingMessage encodeAvailableInformationTypes(LefiVersion version, ClientIdentity identity) {
        throw new UnsupportedOperationException("LEFI " + version + " has no operation for the available"
                + " information types");
    }

    /**
     * Decodes the answer to {@link #encodeAvailableInformationTypes}, or throws the error it carries.
     *
     * @param version the version that was spoken
     * @param answer the answer, streaming
     * @return what the organisation may ask for
     * @throws UnsupportedOperationException if the version has no such operation
     */
    default AvailableInformationTypes decodeAvailableInformationTypes(LefiVersion version, IncomingMessage answer) {
        throw new UnsupportedOperationException("LEFI " + version + " has no operation for the available"
                + " information types");
    }
}
