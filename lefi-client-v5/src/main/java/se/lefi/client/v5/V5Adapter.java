package se.lefi.client.v5;

import static se.lefi.client.internal.soap.SoapContract.codes;
import static se.lefi.client.internal.soap.SoapContract.xmlDate;

import java.util.EnumSet;
import java.util.Set;
import se.lefi.client.Benefit;
import se.lefi.client.Capabilities;
import se.lefi.client.LefiVersion;
import se.lefi.client.internal.soap.SoapContract;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.PingResult;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.spi.OutgoingMessage;
import se.lefi.client.spi.QueryRequest;
import se.lefi.client.spi.VersionAdapter;
import se.lefi.client.v5.internal.FiveZeroProgrammes;
import se.lefi.client.v5.internal.jaxb.HamtaFormansinformationFraga;
import se.lefi.client.v5.internal.jaxb.HamtaFormansinformationSvar;
import se.lefi.client.v5.internal.jaxb.ObjectFactory;
import se.lefi.client.v5.internal.jaxb.Period;
import se.lefi.client.v5.internal.jaxb.PingFraga;
import se.lefi.client.v5.internal.jaxb.PingSvar;

/**
 * Speaks contracts 5.0 and 5.1 of LEFI Online; found through {@link java.util.ServiceLoader}
 * when {@code lefi-client-v5} is on the class path.
 *
 * <p>Users never call it: {@code LefiClient.builder().version(LefiVersion.V5_1)} (or
 * {@code V5_0}) picks it. Both minor versions share one schema and namespace; the query's
 * {@code lefiOnlineVersion} chooses the content and shape of the answer. The adapter lands both
 * shapes in the same domain model: in 5.0 the programme of an aktivitetsstöd case (its
 * {@code atgardstyp}) becomes a {@link se.lefi.client.model.ProgrammeAssignment}, just as
 * 5.1's {@code programanvisning} does.
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>se.lefi.client</groupId>
 *   <artifactId>lefi-client-v5</artifactId>
 * </dependency>
 * }</pre>
 */
public final class V5Adapter implements VersionAdapter {

    /** The namespace of contract 5.x. */
    public static final String NAMESPACE = "urn:lefi-online:formansinformation:5";

    private static final Set<LefiVersion> VERSIONS = Set.of(LefiVersion.V5_0, LefiVersion.V5_1);
    private static final ObjectFactory FACTORY = new ObjectFactory();

    /** Creates the adapter; the ServiceLoader calls this. */
    public V5Adapter() {
        // The contract's readers are built on first use, by Contract.INSTANCE.
    }

    @Override
    public Set<LefiVersion> supportedVersions() {
        return VERSIONS;
    }

    /**
     * Rejects what 5.x cannot answer: preliminary payments and days in the jobb- och
     * utvecklingsgaranti, both introduced with 6.0.
     */
    @Override
    public Capabilities capabilities(LefiVersion version) {
        // Neither preliminary payments nor days in the jobb- och utvecklingsgaranti: both came with 6.0.
        Set<Benefit> groups = EnumSet.allOf(Benefit.class);
        groups.remove(Benefit.UNKNOWN);
        groups.removeIf(Benefit::onlyInVersion9);
        groups.remove(Benefit.JOBB_OCH_UTVECKLINGSGARANTI);
        return new Capabilities(version, groups, groups, Set.of(), false);
    }

    @Override
    public void validate(QueryRequest request) {
        SoapContract.rejectVersion9Codes(request);
        if (!request.preliminaryPayments().isEmpty()) {
            throw new IllegalArgumentException("LEFI Online " + request.version() + " has no preliminary payments:"
                    + " they were introduced in version 6.0. Remove preliminaryPayments(...) or build the client with"
                    + " .version(LefiVersion.V6_0)");
        }
        boolean jobDays = request.benefits().contains(Benefit.JOBB_OCH_UTVECKLINGSGARANTI)
                || request.payments().contains(Benefit.JOBB_OCH_UTVECKLINGSGARANTI);
        if (jobDays) {
            throw new IllegalArgumentException("LEFI Online " + request.version() + " has no days in the jobb- och"
                    + " utvecklingsgaranti (" + Benefit.JOBB_OCH_UTVECKLINGSGARANTI.code() + "): they were introduced"
                    + " in version 6.0. Remove " + Benefit.JOBB_OCH_UTVECKLINGSGARANTI + " or build the client with"
                    + " .version(LefiVersion.V6_0)");
        }
    }

    @Override
    public OutgoingMessage encodeQuery(QueryRequest request) {
        HamtaFormansinformationFraga fraga = new HamtaFormansinformationFraga();
        fraga.setLefiOnlineVersion(request.version().wireValue());
        fraga.setOrganisationsnummer(request.organisationsnummer());
        request.correlationId().ifPresent(fraga::setKorrelationsid);
        fraga.setPersonnummer(request.personnummer().value());
        Period period = new Period();
        period.setFrom(xmlDate(request.from()));
        period.setTom(xmlDate(request.to()));
        fraga.setPeriod(period);
        fraga.getFormansinformation().addAll(codes(request.benefits()));
        fraga.getUtbetalningar().addAll(codes(request.payments()));
        return Contract.INSTANCE.envelope(FACTORY.createHamtaFormansinformation(fraga));
    }

    @Override
    public BenefitInformation decodeQuery(QueryRequest request, IncomingMessage answer) {
        // Either minor version may answer; 5.0 delivers programmes inside aktivitetsstöd cases.
        return Contract.INSTANCE.decodeQuery(request, answer, FiveZeroProgrammes::addFromActivityCases);
    }

    @Override
    public OutgoingMessage encodePing(LefiVersion version) {
        return Contract.INSTANCE.envelope(FACTORY.createPing(new PingFraga()));
    }

    @Override
    public PingResult decodePing(LefiVersion version, IncomingMessage answer) {
        return Contract.INSTANCE.decodePing(version, answer);
    }

    /** Holds the contract's readers and writer, built on first use and kept for the JVM's lifetime. */
    private static final class Contract {
        static final SoapContract INSTANCE = new SoapContract(NAMESPACE, VERSIONS, ObjectFactory.class,
                HamtaFormansinformationSvar.class, PingSvar.class);
    }
}
