package se.lefi.client.v6;

import static se.lefi.client.internal.soap.SoapContract.codes;
import static se.lefi.client.internal.soap.SoapContract.xmlDate;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;
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
import se.lefi.client.v6.internal.jaxb.HamtaFormansinformationFraga;
import se.lefi.client.v6.internal.jaxb.HamtaFormansinformationSvar;
import se.lefi.client.v6.internal.jaxb.ObjectFactory;
import se.lefi.client.v6.internal.jaxb.Period;
import se.lefi.client.v6.internal.jaxb.PingFraga;
import se.lefi.client.v6.internal.jaxb.PingSvar;

/**
 * Speaks contract 6.0 of LEFI Online; found through {@link java.util.ServiceLoader} when
 * {@code lefi-client-v6} is on the class path.
 *
 * <p>Users never call it: {@code LefiClient.builder().version(LefiVersion.V6_0)} picks it.
 * Answers stream straight into the model, guided by the classes generated from the 6.0 XSD; no
 * JAXB object graph is built (see {@code StreamingDetailsReader}).
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>se.lefi.client</groupId>
 *   <artifactId>lefi-client-v6</artifactId>
 * </dependency>
 * }</pre>
 */
public final class V6Adapter implements VersionAdapter {

    /** The namespace of contract 6.x. */
    public static final String NAMESPACE = "urn:lefi-online:formansinformation:6";

    private static final Set<LefiVersion> VERSIONS = Set.of(LefiVersion.V6_0);
    private static final ObjectFactory FACTORY = new ObjectFactory();

    /** Creates the adapter; the ServiceLoader calls this. */
    public V6Adapter() {
        // The contract's readers are built on first use, by Contract.INSTANCE.
    }

    @Override
    public Set<LefiVersion> supportedVersions() {
        return VERSIONS;
    }

    @Override
    public Capabilities capabilities(LefiVersion version) {
        Set<Benefit> all = EnumSet.allOf(Benefit.class);
        all.remove(Benefit.UNKNOWN);
        all.removeIf(Benefit::onlyInVersion9);
        Set<Benefit> preliminary = EnumSet.noneOf(Benefit.class);
        for (Benefit b : all) {
            if (b.hasPreliminaryPayments()) {
                preliminary.add(b);
            }
        }
        return new Capabilities(version, all, all, preliminary, false);
    }

    @Override
    public void validate(QueryRequest request) {
        SoapContract.rejectVersion9Codes(request);
        for (Benefit b : request.preliminaryPayments()) {
            if (!b.hasPreliminaryPayments()) {
                throw new IllegalArgumentException("LEFI Online 6.0 has no preliminary payments for " + b);
            }
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
        fraga.getPreliminaraUtbetalningar().addAll(codes(request.preliminaryPayments()));
        return Contract.INSTANCE.envelope(FACTORY.createHamtaFormansinformation(fraga));
    }

    @Override
    public BenefitInformation decodeQuery(QueryRequest request, IncomingMessage answer) {
        return Contract.INSTANCE.decodeQuery(request, answer, UnaryOperator.identity());
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
