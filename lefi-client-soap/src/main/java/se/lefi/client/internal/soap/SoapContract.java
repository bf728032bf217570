package se.lefi.client.internal.soap;

import jakarta.xml.bind.JAXBElement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import se.lefi.client.Benefit;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiVersion;
import se.lefi.client.internal.formansinformation.BenefitInformationAssembler;
import se.lefi.client.internal.xml.StreamingDetailsReader;
import se.lefi.client.internal.xml.JaxbSupport;
import se.lefi.client.internal.xml.SoapEnvelopeWriter;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Details;
import se.lefi.client.model.PingResult;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.spi.OutgoingMessage;
import se.lefi.client.spi.QueryRequest;

/**
 * Does for one SOAP contract what every SOAP adapter does alike: writes a request of its
 * generated classes into an envelope, reads the answer and the ping answer by streaming them
 * through the generated classes' annotations, and checks the version the answer names.
 *
 * <p>An adapter keeps what is its own (building the request from its generated classes, what its
 * version cannot answer, shape differences such as 5.0's programmes) and hands the rest to this.
 *
 * <pre>{@code
 * SoapContract contract = new SoapContract(NAMESPACE, Set.of(LefiVersion.V6_0), ObjectFactory.class,
 *         HamtaFormansinformationSvar.class, PingSvar.class);
 * BenefitInformation info = contract.decodeQuery(request, answer, UnaryOperator.identity());
 * }</pre>
 */
public final class SoapContract {

    private static final Map<String, String> SOAP_HEADERS = Map.of("SOAPAction", "\"\"");
    private static final DatatypeFactory DATATYPES = datatypes();

    private final String namespace;
    private final Set<LefiVersion> versions;
    private final JaxbSupport jaxb;
    private final StreamingDetailsReader answerReader;
    private final StreamingDetailsReader pingReader;

    /**
     * Describes a contract.
     *
     * @param namespace the contract's namespace
     * @param versions the versions an answer of this contract may name
     * @param objectFactory the generated package's ObjectFactory
     * @param answerType the generated class of the query's answer
     * @param pingAnswerType the generated class of the ping's answer
     */
    public SoapContract(String namespace, Set<LefiVersion> versions, Class<?> objectFactory, Class<?> answerType,
            Class<?> pingAnswerType) {
        this.namespace = namespace;
        this.versions = Set.copyOf(versions);
        this.jaxb = JaxbSupport.forPackageOf(objectFactory);
        this.answerReader = StreamingDetailsReader.forType(answerType);
        this.pingReader = StreamingDetailsReader.forType(pingAnswerType);
    }

    /**
     * Writes a request element into a SOAP 1.1 envelope with the contract's headers.
     *
     * @param element the request element, as the ObjectFactory creates it
     * @return the message to send
     */
    public OutgoingMessage envelope(JAXBElement<?> element) {
        byte[] body = jaxb.envelope(element);
        return new OutgoingMessage(body, SoapEnvelopeWriter.CONTENT_TYPE, SOAP_HEADERS);
    }

    /**
     * Decodes the answer to a query, or throws the error it carries.
     *
     * @param request the query that was sent
     * @param answer the answer, streaming
     * @param versionSpecific what the adapter adds for its version's shape; identity when nothing
     * @return the model
     */
    public BenefitInformation decodeQuery(QueryRequest request, IncomingMessage answer,
            UnaryOperator<BenefitInformation> versionSpecific) {
        String correlationId = request.correlationId().orElse(null);
        return SoapAnswerReader.read(answer, namespace, request.version(), correlationId, reader -> {
            LefiVersion answered = answeredVersion(reader.getAttributeValue(null, "lefiOnlineVersion"), correlationId);
            Details svar = answerReader.read(reader);
            return versionSpecific.apply(BenefitInformationAssembler.assemble(answered,
                    svar.text("korrelationsid").orElse(null), svar.dateTime("svarstidpunkt").orElse(null),
                    svar.child("formansinformation").orElse(Details.empty()), request.personnummer()));
        });
    }

    /**
     * Decodes the answer to a ping, or throws the error it carries.
     *
     * @param version the version that was spoken
     * @param answer the answer, streaming
     * @return the ping result
     */
    public PingResult decodePing(LefiVersion version, IncomingMessage answer) {
        return SoapAnswerReader.read(answer, namespace, version, null, reader -> {
            Details svar = pingReader.read(reader);
            OffsetDateTime at = svar.dateTime("tidpunkt")
                    .orElseThrow(() -> new LefiProtocolException("the ping answer has no tidpunkt", null, null));
            return new PingResult(at, answeredVersion(svar.text("lefiOnlineVersion").orElse(null), null));
        });
    }

    private LefiVersion answeredVersion(String wireValue, String correlationId) {
        // The echo tells which shape came back; the user sees it in BenefitInformation.version().
        return LefiVersion.fromWireValue(wireValue).filter(versions::contains)
                .orElseThrow(() -> new LefiProtocolException("the answer names version '" + wireValue
                        + "', which is not a version of " + namespace + " this adapter speaks", null, correlationId));
    }

    /**
     * Returns the query codes of the groups, in order.
     *
     * @param benefits the groups
     * @return their codes
     */
    public static List<String> codes(List<Benefit> benefits) {
        // A loop, not a stream: this runs on every query.
        String[] codes = new String[benefits.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = benefits.get(i).code();
        }
        return List.of(codes);
    }

    /**
     * Returns a date as the {@code xs:date} of a generated class, without a time zone.
     *
     * @param date the date
     * @return the calendar value
     */
    public static XMLGregorianCalendar xmlDate(LocalDate date) {
        return DATATYPES.newXMLGregorianCalendarDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    private static DatatypeFactory datatypes() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("no XML datatype factory", e);
        }
    }

    /**
     * Refuses, before anything is sent, the codes only version 9 knows (Pensionsmyndigheten's and
     * FK:EJO, FK:FSJP, FK:MABB, FK:SKUP): no SOAP contract has them.
     *
     * @param request the query
     * @throws IllegalArgumentException naming the code and version 9
     */
    public static void rejectVersion9Codes(se.lefi.client.spi.QueryRequest request) {
        for (List<Benefit> benefits : List.of(request.benefits(), request.payments(), request.preliminaryPayments())) {
            for (Benefit b : benefits) {
                if (b.onlyInVersion9()) {
                    throw new IllegalArgumentException("LEFI Online " + request.version() + " has no " + b.code()
                            + " (" + b + "): only version 9 has it; build the client with .version(LefiVersion.V9_0)");
                }
            }
        }
    }
}
