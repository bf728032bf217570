package se.lefi.client.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.lefi.client.Benefit;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;

/**
 * Holds a validated query as the client hands it to a {@link VersionAdapter}.
 *
 * <pre>{@code
 * OutgoingMessage message = adapter.encodeQuery(request);
 * }</pre>
 *
 * @param version the contract version to speak
 * @param organisationsnummer the querying organisation, 10 or 12 digits
 * @param correlationId the caller's korrelationsid, if any
 * @param personnummer the queried person
 * @param from the first day of the period
 * @param to the last day of the period
 * @param benefits groups whose case information is wanted
 * @param payments groups whose executed payments are wanted
 * @param preliminaryPayments groups whose preliminary payments are wanted
 */
public record QueryRequest(LefiVersion version, String organisationsnummer, Optional<String> correlationId,
        Personnummer personnummer, LocalDate from, LocalDate to, List<Benefit> benefits, List<Benefit> payments,
        List<Benefit> preliminaryPayments) {

    /** Copies and validates the components. */
    public QueryRequest {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(organisationsnummer, "organisationsnummer");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(personnummer, "personnummer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        benefits = List.copyOf(benefits);
        payments = List.copyOf(payments);
        preliminaryPayments = List.copyOf(preliminaryPayments);
    }

    /** Masks the personnummer. */
    @Override
    public String toString() {
        return "QueryRequest[version=" + version + ", personnummer=" + personnummer.masked() + ", period=" + from
                + ".." + to + ", benefits=" + benefits + ", payments=" + payments + ", preliminaryPayments="
                + preliminaryPayments + "]";
    }
}
