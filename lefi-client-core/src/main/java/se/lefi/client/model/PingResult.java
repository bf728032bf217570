package se.lefi.client.model;

import java.time.OffsetDateTime;
import java.util.Objects;
import se.lefi.client.LefiVersion;

/**
 * Holds the answer to a ping: when the service answered and in which contract version.
 *
 * <pre>{@code
 * PingResult ping = client.ping();
 * System.out.println(ping.version() + " at " + ping.answeredAt());
 * }</pre>
 *
 * @param answeredAt when the service answered
 * @param version the contract version of the instance that answered
 */
public record PingResult(OffsetDateTime answeredAt, LefiVersion version) {

    /**
     * Validates the components.
     *
     * @param answeredAt when the service answered
     * @param version the contract version of the instance that answered
     */
    public PingResult {
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(version, "version");
    }
}
