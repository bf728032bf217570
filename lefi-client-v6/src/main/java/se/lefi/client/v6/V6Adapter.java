package se.lefi.client.v6;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import se.lefi.client.Benefit;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiVersion;
import se.lefi.client.internal.decode.BenefitInformationAssembler;
import se.lefi.client.internal.decode.StreamingDetailsReader;
import se.lefi.client.internal.soap.SoapAnswerReader;
import se.lefi.client.internal.xml.JaxbSupport;
import se.lefi.client.internal.xml.SoapEnvelopeWriter;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Details;
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

    private static final ObjectFactory FACTORY = new ObjectFactory();
    private static final Map<String, String> SOAP_HEADERS = Map.of("SOAPAction", "\"\"");

    /** Creates the adapter; the ServiceLoader calls this. */
    public V6Adapter() {
        // The JAXB context is built lazily, once per JVM, by Jaxb.INSTANCE.
    }

    @Override
    public Set<LefiVersion> supportedVersions() {
        return Set.of(LefiVersion.V6_0);
    }

    @Override
    public void validate(QueryRequest request) {
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
        byte[] body = SoapEnvelopeWriter.write(
                writer -> Jaxb.INSTANCE.marshal(FACTORY.createHamtaFormansinformation(fraga), writer));
        return new OutgoingMessage(body, SoapEnvelopeWriter.CONTENT_TYPE, SOAP_HEADERS);
    }

    @Override
    public BenefitInformation decodeQuery(QueryRequest request, IncomingMessage answer) {
        String correlationId = request.correlationId().orElse(null);
        return SoapAnswerReader.read(answer, NAMESPACE, request.version(), correlationId, reader -> {
            // Streams the answer straight into Details, guided by the generated classes' annotations;
            // no JAXB object graph is built (see StreamingDetailsReader).
            LefiVersion answered = answeredVersion(reader.getAttributeValue(null, "lefiOnlineVersion"), correlationId);
            Details svar = Decoding.SVAR.read(reader);
            return BenefitInformationAssembler.assemble(answered, svar.text("korrelationsid").orElse(null),
                    svar.dateTime("svarstidpunkt").orElse(null),
                    svar.child("formansinformation").orElse(Details.empty()), request.personnummer());
        });
    }

    @Override
    public OutgoingMessage encodePing(LefiVersion version) {
        byte[] body = SoapEnvelopeWriter.write(writer -> Jaxb.INSTANCE.marshal(FACTORY.createPing(new PingFraga()), writer));
        return new OutgoingMessage(body, SoapEnvelopeWriter.CONTENT_TYPE, SOAP_HEADERS);
    }

    @Override
    public PingResult decodePing(LefiVersion version, IncomingMessage answer) {
        return SoapAnswerReader.read(answer, NAMESPACE, version, null, reader -> {
            Details svar = Decoding.PING_SVAR.read(reader);
            OffsetDateTime at = svar.dateTime("tidpunkt")
                    .orElseThrow(() -> new LefiProtocolException("the ping answer has no tidpunkt", null, null));
            return new PingResult(at, answeredVersion(svar.text("lefiOnlineVersion").orElse(null), null));
        });
    }

    private static LefiVersion answeredVersion(String wireValue, String correlationId) {
        return LefiVersion.fromWireValue(wireValue).filter(v -> v == LefiVersion.V6_0)
                .orElseThrow(() -> new LefiProtocolException("the answer names version '" + wireValue
                        + "', which is not a 6.x version this adapter speaks", null, correlationId));
    }

    private static List<String> codes(List<Benefit> benefits) {
        return benefits.stream().map(Benefit::code).toList();
    }

    private static XMLGregorianCalendar xmlDate(LocalDate date) {
        return Jaxb.DATATYPES.newXMLGregorianCalendarDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    /** Holds the answer's streaming reader, built on first decode from the generated classes. */
    private static final class Decoding {
        static final StreamingDetailsReader SVAR = StreamingDetailsReader.forType(HamtaFormansinformationSvar.class);
        static final StreamingDetailsReader PING_SVAR = StreamingDetailsReader.forType(PingSvar.class);
    }

    /** Holds the JAXB support (whose context is built only if ever needed) and the datatype factory. */
    private static final class Jaxb {
        static final JaxbSupport INSTANCE = JaxbSupport.forPackageOf(ObjectFactory.class);
        static final DatatypeFactory DATATYPES = datatypes();

        private static DatatypeFactory datatypes() {
            try {
                return DatatypeFactory.newInstance();
            } catch (DatatypeConfigurationException e) {
                throw new IllegalStateException("no XML datatype factory", e);
            }
        }
    }
}
