package se.lefi.client.spi;

import java.util.Set;
import se.lefi.client.LefiVersion;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.PingResult;

/**
 * Translates between the version-neutral model and the wire format of one or more contract
 * versions; found through {@link java.util.ServiceLoader}.
 *
 * <p>An adapter owns its wire codec completely: core never assumes SOAP. It is stateless after
 * construction and shared by every client and thread of the JVM.
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
     * Decodes the answer to a query, or throws the error it carries.
     *
     * @param request the query that was sent
     * @param answer the answer, streaming
     * @return the decoded information
     * @throws se.lefi.client.LefiException the typed error for a fault or a bad answer
     */
    BenefitInformation decodeQuery(QueryRequest request, IncomingMessage answer);

    /**
     * Encodes a ping.
     *
     * @param version the version to speak
     * @return the message to send
     */
    OutgoingMessage encodePing(LefiVersion version);

    /**
     * Decodes the answer to a ping, or throws the error it carries.
     *
     * @param version the version that was spoken
     * @param answer the answer, streaming
     * @return the ping result
     */
    PingResult decodePing(LefiVersion version, IncomingMessage answer);
}
