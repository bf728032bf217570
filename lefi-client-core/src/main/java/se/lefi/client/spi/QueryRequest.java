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
 * @param identity who asks: organisationsnummer and/or aktörs-id, as configured
 * @param correlationId the caller's korrelationsid, if any
 * @param personnummer the queried person
 * @param from the first day of the period
 * @param to the last day of the period
 * @param benefits groups whose case information is wanted
 * @param payments groups whose executed payments are wanted
 * @param preliminaryPayments groups whose preliminary payments are wanted
 */
public record QueryRequest(LefiVersion version, ClientIdentity identity, Optional<String> correlationId,
        Personnummer personnummer, LocalDate from, LocalDate to, List<Benefit> benefits, List<Benefit> payments,
        List<Benefit> preliminaryPayments) {

    /** Copies and validates the components. */
    public QueryRequest {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(personnummer, "personnummer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        benefits = List.copyOf(benefits);
        payments = List.copyOf(payments);
        preliminaryPayments = List.copyOf(preliminaryPayments);
    }

    /**
     * Describes a query of an organisation identified by its organisationsnummer only.
     *
     * @param version the contract version
     * @param organisationsnummer the querying organisation
     * @param correlationId the korrelationsid, if any
     * @param personnummer the queried person
     * @param from the first day
     * @param to the last day
     * @param benefits case information wanted
     * @param payments executed payments wanted
     * @param preliminaryPayments preliminary payments wanted
     */
    public QueryRequest(LefiVersion version, String organisationsnummer, Optional<String> correlationId,
            Personnummer personnummer, LocalDate from, LocalDate to, List<Benefit> benefits, List<Benefit> payments,
            List<Benefit> preliminaryPayments) {
        this(version, ClientIdentity.ofOrganisation(organisationsnummer), correlationId, personnummer, from, to,
                benefits, payments, preliminaryPayments);
    }

    /**
     * Returns the organisationsnummer, which every SOAP version sends.
     *
     * @return the organisation's number
     * @throws IllegalStateException if the client was built without one (the adapter's
     *     {@link VersionAdapter#checkIdentity} prevents that for versions that need it)
     */
    public String organisationsnummer() {
        return identity.organisationsnummer()
                .orElseThrow(() -> new IllegalStateException("no organisationsnummer is configured"));
    }

    /** Masks the personnummer. */
    @Override
    public String toString() {
        return "QueryRequest[version=" + version + ", personnummer=" + personnummer.masked() + ", period=" + from
                + ".." + to + ", benefits=" + benefits + ", payments=" + payments + ", preliminaryPayments="
                + preliminaryPayments + "]";
    }
}
