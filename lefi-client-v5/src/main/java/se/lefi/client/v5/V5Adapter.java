package se.lefi.client.v5;

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
import se.lefi.client.internal.decode.JaxbDetails;
import se.lefi.client.internal.soap.SoapAnswerReader;
import se.lefi.client.internal.xml.JaxbSupport;
import se.lefi.client.internal.xml.SoapEnvelopeWriter;
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
    private static final Map<String, String> SOAP_HEADERS = Map.of("SOAPAction", "\"\"");

    /** Creates the adapter; the ServiceLoader calls this. */
    public V5Adapter() {
        // The JAXB context is built lazily, once per JVM, by Jaxb.INSTANCE.
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
    public void validate(QueryRequest request) {
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
        byte[] body = SoapEnvelopeWriter.write(
                writer -> Jaxb.INSTANCE.marshal(FACTORY.createHamtaFormansinformation(fraga), writer));
        return new OutgoingMessage(body, SoapEnvelopeWriter.CONTENT_TYPE, SOAP_HEADERS);
    }

    @Override
    public BenefitInformation decodeQuery(QueryRequest request, IncomingMessage answer) {
        String correlationId = request.correlationId().orElse(null);
        return SoapAnswerReader.read(answer, NAMESPACE, request.version(), correlationId, reader -> {
            HamtaFormansinformationSvar svar = Jaxb.INSTANCE.unmarshal(reader, HamtaFormansinformationSvar.class);
            LefiVersion answered = answeredVersion(svar.getLefiOnlineVersion(), correlationId);
            BenefitInformation info = BenefitInformationAssembler.assemble(answered, svar.getKorrelationsid(),
                    dateTime(svar.getSvarstidpunkt()), JaxbDetails.of(svar.getFormansinformation()),
                    request.personnummer());
            return FiveZeroProgrammes.addFromActivityCases(info);
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
            PingSvar svar = Jaxb.INSTANCE.unmarshal(reader, PingSvar.class);
            OffsetDateTime at = dateTime(svar.getTidpunkt());
            if (at == null) {
                throw new LefiProtocolException("the ping answer has no tidpunkt", null, null);
            }
            return new PingResult(at, answeredVersion(svar.getLefiOnlineVersion(), null));
        });
    }

    // Either minor version may answer: the echo tells which shape came back, and the user sees it
    // in BenefitInformation.version().
    private static LefiVersion answeredVersion(String wireValue, String correlationId) {
        return LefiVersion.fromWireValue(wireValue).filter(VERSIONS::contains)
                .orElseThrow(() -> new LefiProtocolException("the answer names version '" + wireValue
                        + "', which is not a 5.x version this adapter speaks", null, correlationId));
    }

    private static List<String> codes(List<Benefit> benefits) {
        return benefits.stream().map(Benefit::code).toList();
    }

    private static XMLGregorianCalendar xmlDate(LocalDate date) {
        return Jaxb.DATATYPES.newXMLGregorianCalendarDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    private static OffsetDateTime dateTime(XMLGregorianCalendar calendar) {
        return calendar == null ? null : OffsetDateTime.parse(calendar.toXMLFormat());
    }

    /** Holds the JAXBContext, built on first use and then kept for the JVM's lifetime. */
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
