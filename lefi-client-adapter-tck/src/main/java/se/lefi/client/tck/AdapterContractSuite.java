package se.lefi.client.tck;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import se.lefi.client.Benefit;
import se.lefi.client.BenefitQuery;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiException;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiTransportException;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.internal.xml.StreamingDetailsReader;
import se.lefi.client.internal.xml.SafeXml;
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Details;
import se.lefi.client.model.LineKind;
import se.lefi.client.model.Payer;
import se.lefi.client.model.Payment;
import se.lefi.client.model.PaymentLine;
import se.lefi.client.model.PingResult;

/**
 * Runs the same canonical cases against every version adapter, through the real
 * {@link LefiClient} and a real HTTP server (WireMock): the request validates against the
 * module's own XSD; the module's samples decode to the expected domain values; faults map to the
 * right exception (including the legacy APPLIKATIONSFEL and SYSTEMFEL and an unknown feltyp);
 * unknown code values survive; unsafe, malformed and foreign answers are rejected; the SDK's
 * streaming decoder reads the samples exactly as plain JAXB does.
 *
 * <p>An adapter module extends it once per contract version it speaks; a new version module gets
 * all these checks by answering six questions.
 *
 * <pre>{@code
 * class V6ContractFunctionalTest extends AdapterContractSuite {
 *     protected LefiVersion version() { return LefiVersion.V6_0; }
 *     protected String namespace() { return V6Adapter.NAMESPACE; }
 *     protected URL schema() { return V6Adapter.class.getResource("contract/lefi-online-6.xsd"); }
 *     protected Class<?> generatedAnswerType() { return HamtaFormansinformationSvar.class; }
 *     protected Samples samples() { return new Samples("/samples/6.0/02-svar.xml", ...); }
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AdapterContractSuite {

    /** The organisation every canonical query is sent for (a valid organisationsnummer). */
    protected static final String ORGANISATION = "2120000142";

    private static final String PATH = "/lefionline";
    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String KARENS_PERSON = "197909184561";

    private WireMockServer server;
    private LefiClient client;
    private Schema schema;

    /** Returns the contract version this run speaks. */
    protected abstract LefiVersion version();

    /** Returns the namespace of the version's messages. */
    protected abstract String namespace();

    /** Returns the module's own XSD, from its class path. */
    protected abstract URL schema();

    /** Returns the module's sample files and what its typical answer must decode to. */
    protected abstract Samples samples();

    /**
     * Returns the generated class of the query's answer ({@code hamtaFormansinformationSvar}); the
     * suite checks the SDK's streaming decoder against plain JAXB on it.
     */
    protected abstract Class<?> generatedAnswerType();

    /**
     * Adds what only this version can ask for (for example preliminary payments from 6.0) to the
     * canonical query whose request is validated against the schema.
     *
     * @param query the canonical query
     * @return the query, extended
     */
    protected BenefitQuery richestQuery(BenefitQuery query) {
        return query;
    }

    /**
     * Names the module's samples, as class-path resources, and the expected decode of the typical answer.
     *
     * @param typicalAnswer a typical answer with a person, cases and payments
     * @param paymentsOnlyAnswer the answer with the two kinds of ersättning för karens (same in every version)
     * @param businessFault a VERKSAMHETSFEL
     * @param technicalFault a TEKNISKT_FEL
     * @param legacyFault an APPLIKATIONSFEL
     * @param pingAnswer a ping answer
     * @param expected what the typical answer decodes to
     */
    public record Samples(String typicalAnswer, String paymentsOnlyAnswer, String businessFault,
            String technicalFault, String legacyFault, String pingAnswer, TypicalAnswer expected) {
    }

    /**
     * Holds the expected decode of a typical answer.
     *
     * @param personnummer the person's 12 digits
     * @param name the person's name
     * @param cases how many cases
     * @param nets the net amount of each payment, in order
     * @param labourMarketNet the net of the one labour-market programme payment (UTB or AMP)
     * @param programme the programme code of the one programme assignment
     * @param programmePeriod its period
     */
    public record TypicalAnswer(String personnummer, String name, int cases, List<BigDecimal> nets,
            BigDecimal labourMarketNet, Code programme, DatePeriod programmePeriod) {
    }

    @BeforeAll
    void startServer() throws Exception {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        // The suite checks an adapter's mapping, not resilience: one attempt per call, and a breaker
        // that never opens although the shared client sees many retryable faults in a row.
        CircuitBreaker neverOpens = CircuitBreaker.ofDefaults("tck");
        neverOpens.transitionToDisabledState();
        client = LefiClient.builder().endpoint(URI.create(server.baseUrl() + PATH)).version(version())
                .organisationsnummer(ORGANISATION).maxAttempts(1).circuitBreaker(neverOpens).build();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        URL xsd = schema();
        assertThat(xsd).as("the module's XSD on the class path").isNotNull();
        schema = factory.newSchema(xsd);
    }

    @AfterAll
    void stopServer() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @BeforeEach
    void resetServer() {
        server.resetAll();
    }

    // ---- requests --------------------------------------------------------------------------

    @Test
    void query_capturedRequest_validatesAgainstTheModulesSchema() throws Exception {
        answer(200, resource(samples().typicalAnswer()));

        richestQuery(canonicalQuery()).fetch();

        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo(PATH)));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getHeader("Content-Type")).startsWith("text/xml").containsIgnoringCase("utf-8");
        assertThat(request.getHeader("SOAPAction")).isEqualTo("\"\"");
        Element payload = bodyPayload(request.getBodyAsString());
        schema.newValidator().validate(new DOMSource(payload));
        assertThat(payload.getLocalName()).isEqualTo("hamtaFormansinformation");
        assertThat(payload.getNamespaceURI()).isEqualTo(namespace());
        assertThat(payload.getAttribute("lefiOnlineVersion")).isEqualTo(version().wireValue());
        assertThat(childText(payload, "personnummer")).isEqualTo(samples().expected().personnummer());
        assertThat(childText(payload, "organisationsnummer")).isEqualTo(ORGANISATION);
        assertThat(childText(payload, "korrelationsid")).isEqualTo("tck-1");
    }

    @Test
    void ping_capturedRequestValidatesAndAnswerDecodes() throws Exception {
        String sample = resource(samples().pingAnswer());
        answer(200, sample);

        PingResult ping = client.ping();

        assertThat(ping.version()).isEqualTo(version());
        // The time the sample carries, read by a DOM parser independent of the SDK's decoder.
        OffsetDateTime tidpunkt = OffsetDateTime.parse(childText(bodyPayload(sample), "tidpunkt").strip());
        assertThat(ping.answeredAt()).isEqualTo(tidpunkt);
        LoggedRequest request = server.findAll(postRequestedFor(urlEqualTo(PATH))).get(0);
        Element payload = bodyPayload(request.getBodyAsString());
        schema.newValidator().validate(new DOMSource(payload));
        assertThat(payload.getLocalName()).isEqualTo("ping");
    }

    // ---- samples ---------------------------------------------------------------------------

    @Test
    void typicalSample_decodes_toTheExpectedDomainValues() {
        answer(200, resource(samples().typicalAnswer()));
        TypicalAnswer expected = samples().expected();

        BenefitInformation info = canonicalQuery().fetch();

        assertThat(info.version()).isEqualTo(version());
        assertThat(info.answeredAt()).isPresent();
        assertThat(info.person()).hasValueSatisfying(p -> {
            assertThat(p.personnummer().value()).isEqualTo(expected.personnummer());
            assertThat(p.name()).isEqualTo(expected.name());
        });
        assertThat(info.cases()).hasSize(expected.cases());
        assertThat(info.payments()).extracting(Payment::net).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(expected.nets());
        for (Payment p : info.payments()) {
            assertThat(p.gross().subtract(p.deductions())).isEqualByComparingTo(p.net());
            assertThat(p.payer()).isEqualTo(Payer.FORSAKRINGSKASSAN);
        }
        assertThat(info.payments().stream().filter(Payment::isLabourMarketProgramme).toList())
                .singleElement().satisfies(p -> assertThat(p.net()).isEqualByComparingTo(expected.labourMarketNet()));
        assertThat(info.programmes()).singleElement().satisfies(p -> {
            assertThat(p.programme()).isEqualTo(expected.programme());
            assertThat(p.period()).contains(expected.programmePeriod());
        });
    }

    @Test
    void paymentsOnlySample_decodes_toTheTwoKarensPayments() {
        answer(200, resource(samples().paymentsOnlyAnswer()));

        BenefitInformation info = client.query(Personnummer.parse(KARENS_PERSON))
                .period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 4, 30))
                .benefits(Benefit.GENERELL_PERSONINFORMATION).payments(Benefit.SJUKPENNING).fetch();

        assertThat(info.cases()).isEmpty();
        assertThat(info.person()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Johan Exempelsson"));
        assertThat(info.payments()).hasSize(2);
        assertPayment(info.payments().get(0), LocalDate.of(2020, 4, 14), "700", "210", "490");
        assertPayment(info.payments().get(1), LocalDate.of(2020, 4, 21), "2412", "723", "1689");
        assertThat(info.payments().get(1).lines()).extracting(PaymentLine::kind)
                .containsExactly(LineKind.COMPENSATION, LineKind.TAX);
        assertThat(info.payments().get(1).lines().get(0).days()).hasValue(3);
        assertThat(info.payments()).noneMatch(Payment::isLabourMarketProgramme);
    }

    private static void assertPayment(Payment p, LocalDate paid, String gross, String tax, String net) {
        assertThat(p.family().id()).isEqualTo("DAG");
        assertThat(p.isPreliminary()).isFalse();
        assertThat(p.paymentDate()).contains(paid);
        assertThat(p.gross()).isEqualByComparingTo(gross);
        assertThat(p.tax()).isEqualByComparingTo(tax);
        assertThat(p.deductions()).isEqualByComparingTo(tax);
        assertThat(p.net()).isEqualByComparingTo(net);
    }

    // ---- faults ----------------------------------------------------------------------------

    @Test
    void businessFaultSample_mapsToNonRetryableBusinessException() {
        answer(500, resource(samples().businessFault()));

        LefiBusinessException e = catchThrowableOfType(LefiBusinessException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isFalse();
        assertThat(e.errorCode()).isPresent();
        assertThat(e.correlationId()).contains("tck-1");
        assertNoPersonnummer(e);
    }

    @Test
    void technicalFaultSample_mapsToTechnicalException() {
        answer(500, resource(samples().technicalFault()));

        LefiTechnicalException e = catchThrowableOfType(LefiTechnicalException.class, () -> canonicalQuery().fetch());

        assertThat(e.errorCode()).isPresent();
        assertThat(e.legacyErrorType()).isEmpty();
        assertThat(e.retryable()).isEqualTo(!"VERSION_STODS_EJ".equals(e.errorCode().get()));
        assertNoPersonnummer(e);
    }

    @Test
    void legacyApplikationsfelSample_mapsToRetryableTechnicalExceptionKeepingTheLegacyType() {
        answer(500, resource(samples().legacyFault()));

        LefiTechnicalException e = catchThrowableOfType(LefiTechnicalException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isTrue();
        assertThat(e.legacyErrorType()).contains("APPLIKATIONSFEL");
    }

    @Test
    void legacySystemfel_mapsToRetryableTechnicalExceptionKeepingTheLegacyType() {
        answer(500, fault("Server", "SYSTEMFEL", "INTERNT_FEL"));

        LefiTechnicalException e = catchThrowableOfType(LefiTechnicalException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isTrue();
        assertThat(e.legacyErrorType()).contains("SYSTEMFEL");
        assertThat(e.errorCode()).contains("INTERNT_FEL");
    }

    @Test
    void unknownFeltyp_mapsToRetryableTechnicalException() {
        answer(500, fault("Server", "NY_FELKATEGORI", "NAGOT_NYTT"));

        LefiTechnicalException e = catchThrowableOfType(LefiTechnicalException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isTrue();
        assertThat(e.errorCode()).contains("NAGOT_NYTT");
        assertThat(e.legacyErrorType()).isEmpty();
    }

    @Test
    void versionNotSupported_mapsToNonRetryableTechnicalExceptionSayingWhereToMove() {
        answer(500, fault("Server", "TEKNISKT_FEL", "VERSION_STODS_EJ"));

        LefiTechnicalException e = catchThrowableOfType(LefiTechnicalException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isFalse();
        assertThat(e.errorCode()).contains("VERSION_STODS_EJ");
        if (version() == LefiVersion.latest()) {
            assertThat(e.getMessage()).contains("knows no version newer than " + version());
        } else {
            assertThat(e.getMessage()).contains("move to ").contains(LefiVersion.latest().wireValue());
        }
        assertNoPersonnummer(e);
    }

    @Test
    void businessFaultWithHttp200_stillMapsToBusinessException() {
        answer(200, fault("Client", "VERKSAMHETSFEL", "PERSON_SAKNAS"));

        assertThatThrownBy(() -> canonicalQuery().fetch()).isInstanceOf(LefiBusinessException.class);
    }

    // ---- open code lists -------------------------------------------------------------------

    @Test
    void unknownCodeValues_surviveAsDelivered() throws Exception {
        String answer = unknownCodesAnswer();
        schema.newValidator().validate(new DOMSource(bodyPayload(answer)));
        answer(200, answer);

        BenefitInformation info = canonicalQuery().fetch();

        assertThat(info.person().flatMap(p -> p.civilStatus())).contains(new Code("9", "Ny civilståndskod"));
        BenefitCase sick = info.cases(Benefit.SJUKPENNING).get(0);
        assertThat(sick.decisions().get(0).benefit()).contains(new Code("NYF", "Ny förmån"));
        assertThat(sick.decisions().get(0).compensation()).contains(Code.of("NY_ERSATTNING"));
        assertThat(info.programmes()).singleElement()
                .satisfies(p -> assertThat(p.programme()).isEqualTo(new Code("77", "Nytt program")));
        Payment payment = info.payments().get(0);
        assertThat(payment.family()).isEqualTo(new Code("NYFAM", "Ny förmånsfamilj"));
        assertThat(payment.type()).contains(new Code("7", "Ny utbetalningstyp"));
        assertThat(payment.company()).contains(new Code("1009", "Ny myndighet"));
        assertThat(payment.payer()).isEqualTo(Payer.UNKNOWN);
        assertThat(payment.lines()).extracting(PaymentLine::kind)
                .containsExactly(LineKind.COMPENSATION, LineKind.TAX, LineKind.DEDUCTION);
        assertThat(payment.lines()).extracting(l -> l.amountType().map(Code::id).orElse(""))
                .containsExactly("NYB", "PS", "NYAVDRAG");
        assertThat(payment.lines().get(0).benefit()).isEqualTo(new Code("NYFORMAN", "Ny förmån på rad"));
        assertThat(payment.net()).isEqualByComparingTo("650");
    }

    // ---- unsafe, malformed and foreign answers ----------------------------------------------

    @Test
    void answerWithInternalEntity_isRejectedAsProtocolError() {
        String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>\n"
                + typicalBody().replace("<namn>", "<namn>&lol2;");
        answer(200, hostile);

        LefiProtocolException e = catchThrowableOfType(LefiProtocolException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).doesNotContain("lollol");
    }

    @Test
    void answerWithExternalEntity_isRejectedWithoutResolvingIt() {
        String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + server.baseUrl()
                + "/secret\">]>\n" + typicalBody().replace("<namn>", "<namn>&xxe;");
        answer(200, hostile);
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/secret"))
                .willReturn(aResponse().withBody("TOP-SECRET")));

        LefiProtocolException e = catchThrowableOfType(LefiProtocolException.class, () -> canonicalQuery().fetch());

        assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
        assertThat(server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/secret"))))
                .as("the external entity must never be fetched").isEmpty();
    }

    @Test
    void answerCutOffInTheMiddle_isRejectedAsProtocolError() {
        String full = typicalBody();
        answer(200, full.substring(0, full.length() / 2));

        assertThatThrownBy(() -> canonicalQuery().fetch()).isInstanceOf(LefiProtocolException.class);
    }

    @Test
    void answerInAnotherVersionsNamespace_isRejectedAsProtocolError() {
        answer(200, typicalBody().replace(namespace(), "urn:lefi-online:formansinformation:0"));

        assertThatThrownBy(() -> canonicalQuery().fetch()).isInstanceOf(LefiProtocolException.class)
                .hasMessageContaining(namespace());
    }

    @Test
    void soap12Envelope_isRejectedAsProtocolError() {
        answer(200, typicalBody().replace(SOAP11, "http://www.w3.org/2003/05/soap-envelope"));

        assertThatThrownBy(() -> canonicalQuery().fetch()).isInstanceOf(LefiProtocolException.class)
                .hasMessageContaining("SOAP 1.2");
    }

    @Test
    void htmlErrorPageFromAGateway_isTransportError() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Underhåll</body></html>")));

        LefiTransportException e = catchThrowableOfType(LefiTransportException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isTrue();
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Returns the canonical query every version can answer, about the typical sample's person. */
    protected final BenefitQuery canonicalQuery() {
        return client.query(Personnummer.parse(samples().expected().personnummer()))
                .period(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31))
                .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING,
                        Benefit.SJUKPENNING, Benefit.PROGRAMANVISNING, Benefit.PROGRAMERSATTNING)
                .payments(Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING, Benefit.SJUKPENNING)
                .correlationId("tck-1");
    }

    /** Returns the client under test, built for {@link #version()} against the WireMock server. */
    protected final LefiClient client() {
        return client;
    }

    /** Returns the WireMock server the client talks to. */
    protected final WireMockServer server() {
        return server;
    }

    private void answer(int status, String body) {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/xml; charset=UTF-8").withBody(body.getBytes(StandardCharsets.UTF_8))));
    }

    private String typicalBody() {
        String xml = resource(samples().typicalAnswer());
        // Drop the XML declaration so a test can put its own prolog in front.
        return xml.startsWith("<?xml") ? xml.substring(xml.indexOf("?>") + 2).trim() : xml;
    }

    private void assertNoPersonnummer(LefiException e) {
        String digits = samples().expected().personnummer();
        assertThat(e.getMessage()).doesNotContain(digits).doesNotContain(digits.substring(2));
    }

    private String fault(String faultCode, String type, String code) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP11 + "\"><soapenv:Body><soapenv:Fault>"
                + "<faultcode>soapenv:" + faultCode + "</faultcode><faultstring xml:lang=\"sv\">Fel.</faultstring>"
                + "<detail><lefiFel xmlns=\"" + namespace() + "\"><feltyp>" + type + "</feltyp><felkod>" + code
                + "</felkod><felmeddelande>Ett fel inträffade.</felmeddelande></lefiFel></detail>"
                + "</soapenv:Fault></soapenv:Body></soapenv:Envelope>";
    }

    private String unknownCodesAnswer() {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP11 + "\"><soapenv:Body>"
                + "<hamtaFormansinformationSvar xmlns=\"" + namespace() + "\" lefiOnlineVersion=\""
                + version().wireValue() + "\">"
                + "<svarstidpunkt>2020-03-02T10:21:33.640+01:00</svarstidpunkt><formansinformation>"
                + "<generellPersoninformation><personnummer>" + samples().expected().personnummer() + "</personnummer>"
                + "<namn>Test Testsson</namn><civilstand><id>9</id><beskrivning>Ny civilståndskod</beskrivning>"
                + "</civilstand></generellPersoninformation>"
                + "<programanvisning><period><fran>2020-01-01</fran></period>"
                + "<program><id>77</id><beskrivning>Nytt program</beskrivning></program></programanvisning>"
                + "<sjukpenningarende><startades>2020-01-07</startades><aktivt>true</aktivt><beslut>"
                + "<fattades>2020-01-24</fattades><forman><id>NYF</id><beskrivning>Ny förmån</beskrivning></forman>"
                + "<ersattning>NY_ERSATTNING</ersattning></beslut></sjukpenningarende>"
                + "<utbetalningsuppgift><typ><id>7</id><beskrivning>Ny utbetalningstyp</beskrivning></typ>"
                + "<foretag><id>1009</id><beskrivning>Ny myndighet</beskrivning></foretag>"
                + "<formansfamilj><id>NYFAM</id><beskrivning>Ny förmånsfamilj</beskrivning></formansfamilj>"
                + "<datum>2020-01-29</datum><bruttobelopp><summa>1000</summa></bruttobelopp>"
                + "<skattebelopp><summa>300</summa></skattebelopp><avdragsbelopp><summa>350</summa></avdragsbelopp>"
                + "<nettobelopp><summa>650</summa></nettobelopp>"
                + "<utbetalningsdetalj><forman><id>NYFORMAN</id><beskrivning>Ny förmån på rad</beskrivning></forman>"
                + "<beloppstyp><id>NYB</id><beskrivning>Ny beloppstyp</beskrivning></beloppstyp>"
                + "<bruttobelopp><summa>1000</summa></bruttobelopp></utbetalningsdetalj>"
                + "<utbetalningsdetalj><forman><id>PS</id></forman><beloppstyp><id>PS</id></beloppstyp>"
                + "<skattebelopp><summa>300</summa></skattebelopp></utbetalningsdetalj>"
                + "<utbetalningsdetalj><forman><id>NYAVDRAG</id></forman><beloppstyp><id>NYAVDRAG</id></beloppstyp>"
                + "<avdragsbelopp><summa>50</summa></avdragsbelopp></utbetalningsdetalj>"
                + "</utbetalningsuppgift></formansinformation></hamtaFormansinformationSvar>"
                + "</soapenv:Body></soapenv:Envelope>";
    }

    @Test
    void samples_whenStreamed_decodeExactlyAsPlainJaxbDoes() throws Exception {
        Class<?> answerType = generatedAnswerType();
        Class<?> objectFactory = Class.forName(answerType.getPackageName() + ".ObjectFactory", true,
                answerType.getClassLoader());
        for (String sample : List.of(samples().typicalAnswer(), samples().paymentsOnlyAnswer())) {
            byte[] bytes = resource(sample).getBytes(StandardCharsets.UTF_8);
            Details expected = JaxbReferenceDecoder.of(
                    JaxbReferenceDecoder.unmarshal(objectFactory, toPayload(bytes), answerType));
            Details streamed = StreamingDetailsReader.forType(answerType).read(toPayload(bytes));
            assertThat(streamed).as(sample).isEqualTo(expected);
            assertThat(List.copyOf(streamed.names())).as(sample).isEqualTo(List.copyOf(expected.names()));
        }
    }

    private XMLStreamReader toPayload(byte[] envelope) throws XMLStreamException {
        XMLStreamReader reader = SafeXml.open(new ByteArrayInputStream(envelope));
        while (!(reader.getEventType() == XMLStreamConstants.START_ELEMENT && namespace().equals(reader.getNamespaceURI()))) {
            reader.next();
        }
        return reader;
    }

    /** Reads a class-path resource of the extending module as UTF-8 text. */
    protected final String resource(String name) {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Element bodyPayload(String envelope) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document doc = builder.parse(new ByteArrayInputStream(envelope.getBytes(StandardCharsets.UTF_8)));
        Element body = firstChildElement(doc.getDocumentElement(), "Body")
                .orElseThrow(() -> new AssertionError("no SOAP Body in " + envelope));
        assertThat(body.getNamespaceURI()).isEqualTo(SOAP11);
        return firstChildElement(body, null).orElseThrow(() -> new AssertionError("empty SOAP Body"));
    }

    private static Optional<Element> firstChildElement(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static String childText(Element parent, String localName) {
        return firstChildElement(parent, localName).map(Node::getTextContent)
                .orElseThrow(() -> new AssertionError("no " + localName + " in " + parent.getLocalName()));
    }
}
