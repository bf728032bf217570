package se.lefi.client.tck.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.lefi.client.tck.soap.SoapMessages.bodyPayload;
import static se.lefi.client.tck.soap.SoapMessages.childText;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.internal.xml.SafeXml;
import se.lefi.client.internal.xml.StreamingDetailsReader;
import se.lefi.client.model.Details;
import se.lefi.client.model.PingResult;
import se.lefi.client.tck.ContractHarness;
import se.lefi.client.tck.JaxbReferenceDecoder;
import se.lefi.client.tck.WireAnswer;

/**
 * Checks what only the SOAP versions of LEFI Online have, through the real {@code LefiClient} and
 * WireMock: the captured query and ping requests validate against the module's own XSD and the
 * ping answer decodes; the legacy feltyp APPLIKATIONSFEL and SYSTEMFEL and an unknown feltyp are
 * retryable technical errors, VERSION_STODS_EJ is not, and a business fault that comes with HTTP 200
 * is still a business error; SOAP 1.2, another version's namespace and answers that declare
 * entities (internal or external) are rejected; the SDK's streaming decoder reads the samples
 * exactly as plain JAXB does.
 *
 * <p>A SOAP version module extends it next to {@code DecodeContract} and {@code FaultContract}.
 *
 * <pre>{@code
 * @Nested
 * class Soap extends SoapContract {
 *     protected SoapVersionUnderTest versionUnderTest() { return V6; }
 * }
 * }</pre>
 */
public abstract class SoapContract extends ContractHarness {

    private Schema schema;

    @Override
    protected abstract SoapVersionUnderTest versionUnderTest();

    @BeforeAll
    void loadSchema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        URL xsd = versionUnderTest().schema();
        assertThat(xsd).as("the module's XSD on the class path").isNotNull();
        schema = factory.newSchema(xsd);
    }

    // ---- requests --------------------------------------------------------------------------

    @Test
    void query_capturedRequest_validatesAgainstTheModulesSchema() throws Exception {
        serve(versionUnderTest().typicalAnswer());

        versionUnderTest().richestQuery(canonicalQuery()).fetch();

        List<LoggedRequest> requests = queryRequests();
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getHeader("Content-Type")).startsWith("text/xml").containsIgnoringCase("utf-8");
        assertThat(request.getHeader("SOAPAction")).isEqualTo("\"\"");
        Element payload = bodyPayload(request.getBodyAsString());
        schema.newValidator().validate(new DOMSource(payload));
        assertThat(payload.getLocalName()).isEqualTo("hamtaFormansinformation");
        assertThat(payload.getNamespaceURI()).isEqualTo(versionUnderTest().namespace());
        assertThat(payload.getAttribute("lefiOnlineVersion")).isEqualTo(versionUnderTest().version().wireValue());
        assertThat(childText(payload, "personnummer")).isEqualTo(versionUnderTest().expectedTypicalAnswer().personnummer());
        assertThat(childText(payload, "organisationsnummer")).isEqualTo(SoapVersionUnderTest.ORGANISATION);
        assertThat(childText(payload, "korrelationsid")).isEqualTo(CORRELATION_ID);
    }

    @Test
    void ping_whenAnswered_requestValidatesAndAnswerDecodes() throws Exception {
        WireAnswer sample = versionUnderTest().pingAnswer();
        serve(sample);

        PingResult ping = client().ping();

        assertThat(ping.version()).isEqualTo(versionUnderTest().version());
        // The time the sample carries, read by a DOM parser independent of the SDK's decoder.
        OffsetDateTime tidpunkt = OffsetDateTime.parse(childText(bodyPayload(sample.body()), "tidpunkt").strip());
        assertThat(ping.answeredAt()).isEqualTo(tidpunkt);
        LoggedRequest request = queryRequests().get(0);
        Element payload = bodyPayload(request.getBodyAsString());
        schema.newValidator().validate(new DOMSource(payload));
        assertThat(payload.getLocalName()).isEqualTo("ping");
    }

    // ---- faults only SOAP has --------------------------------------------------------------

    @Test
    void fetch_whenLegacyApplikationsfel_throwsRetryableTechnicalExceptionKeepingTheLegacyType() {
        serve(versionUnderTest().legacyFault());

        LefiTechnicalException e = thrownBy(LefiTechnicalException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isTrue();
        assertThat(e.legacyErrorType()).contains("APPLIKATIONSFEL");
    }

    @Test
    void fetch_whenLegacySystemfel_throwsRetryableTechnicalExceptionKeepingTheLegacyType() {
        serve(versionUnderTest().fault("Server", "SYSTEMFEL", "INTERNT_FEL", "Ett fel inträffade."));

        LefiTechnicalException e = thrownBy(LefiTechnicalException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isTrue();
        assertThat(e.legacyErrorType()).contains("SYSTEMFEL");
        assertThat(e.errorCode()).contains("INTERNT_FEL");
    }

    @Test
    void fetch_whenUnknownFeltyp_throwsRetryableTechnicalException() {
        serve(versionUnderTest().fault("Server", "NY_FELKATEGORI", "NAGOT_NYTT", "Ett fel inträffade."));

        LefiTechnicalException e = thrownBy(LefiTechnicalException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isTrue();
        assertThat(e.errorCode()).contains("NAGOT_NYTT");
        assertThat(e.legacyErrorType()).isEmpty();
    }

    @Test
    void fetch_whenTeknisktFelVersionStodsEj_throwsNonRetryableTechnicalExceptionWithThatCode() {
        serve(versionUnderTest().fault("Server", "TEKNISKT_FEL", "VERSION_STODS_EJ", "Ett fel inträffade."));

        LefiTechnicalException e = thrownBy(LefiTechnicalException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isFalse();
        assertThat(e.errorCode()).contains("VERSION_STODS_EJ");
    }

    @Test
    void fetch_whenBusinessFaultComesWithHttp200_throwsBusinessException() {
        serve(versionUnderTest().fault("Client", "VERKSAMHETSFEL", "PERSON_SAKNAS", "Ett fel inträffade.").withStatus(200));

        assertThatThrownBy(() -> canonicalQuery().fetch()).isInstanceOf(LefiBusinessException.class);
    }

    // ---- the contract's own samples ---------------------------------------------------------

    @Test
    void unknownCodesAnswer_whenValidated_conformsToTheModulesSchema() throws Exception {
        // The decode contract's unknown codes must be ones the schema allows, or the check proves little.
        schema.newValidator().validate(new DOMSource(bodyPayload(versionUnderTest().unknownCodesAnswer().body())));
    }

    @Test
    void samples_whenStreamed_decodeExactlyAsPlainJaxbDoes() throws Exception {
        Class<?> answerType = versionUnderTest().generatedAnswerType();
        Class<?> objectFactory = Class.forName(answerType.getPackageName() + ".ObjectFactory", true,
                answerType.getClassLoader());
        for (WireAnswer sample : List.of(versionUnderTest().typicalAnswer(), versionUnderTest().paymentsOnlyAnswer())) {
            byte[] bytes = sample.bytes();
            Details expected = JaxbReferenceDecoder.of(
                    JaxbReferenceDecoder.unmarshal(objectFactory, toPayload(bytes), answerType));
            Details streamed = StreamingDetailsReader.forType(answerType).read(toPayload(bytes));
            assertThat(streamed).as(sample.name()).isEqualTo(expected);
            assertThat(List.copyOf(streamed.names())).as(sample.name()).isEqualTo(List.copyOf(expected.names()));
        }
    }

    // ---- unsafe and foreign answers ---------------------------------------------------------

    @Test
    void fetch_whenAnswerDeclaresAnInternalEntity_throwsProtocolExceptionWithoutExpandingIt() {
        String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>\n"
                + typicalBody().replace("<namn>", "<namn>&lol2;");
        serve(versionUnderTest().typicalAnswer().withBody("with an internal entity", hostile));

        LefiProtocolException e = thrownBy(LefiProtocolException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).doesNotContain("lollol");
    }

    @Test
    void fetch_whenAnswerDeclaresAnExternalEntity_throwsProtocolExceptionWithoutFetchingIt() {
        String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + server().baseUrl()
                + "/secret\">]>\n" + typicalBody().replace("<namn>", "<namn>&xxe;");
        serve(versionUnderTest().typicalAnswer().withBody("with an external entity", hostile));
        server().stubFor(get(urlEqualTo("/secret")).willReturn(aResponse().withBody("TOP-SECRET")));

        LefiProtocolException e = thrownBy(LefiProtocolException.class, () -> canonicalQuery().fetch());

        assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
        assertThat(server().findAll(getRequestedFor(urlEqualTo("/secret"))))
                .as("the external entity must never be fetched").isEmpty();
    }

    @Test
    void fetch_whenAnswerIsInAnotherVersionsNamespace_throwsProtocolExceptionNamingTheExpectedOne() {
        String namespace = versionUnderTest().namespace();
        serve(versionUnderTest().typicalAnswer().withBody("in another namespace",
                typicalBody().replace(namespace, "urn:lefi-online:formansinformation:0")));

        assertThatThrownBy(() -> canonicalQuery().fetch()).isInstanceOf(LefiProtocolException.class)
                .hasMessageContaining(namespace);
    }

    @Test
    void fetch_whenAnswerIsASoap12Envelope_throwsProtocolException() {
        serve(versionUnderTest().typicalAnswer().withBody("SOAP 1.2",
                typicalBody().replace(SoapMessages.SOAP11, "http://www.w3.org/2003/05/soap-envelope")));

        assertThatThrownBy(() -> canonicalQuery().fetch()).isInstanceOf(LefiProtocolException.class)
                .hasMessageContaining("SOAP 1.2");
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Returns the typical answer without its XML declaration, so a test can put its own prolog in front. */
    private String typicalBody() {
        String xml = versionUnderTest().typicalAnswer().body();
        return xml.startsWith("<?xml") ? xml.substring(xml.indexOf("?>") + 2).trim() : xml;
    }

    private XMLStreamReader toPayload(byte[] envelope) throws XMLStreamException {
        XMLStreamReader reader = SafeXml.open(new ByteArrayInputStream(envelope));
        String namespace = versionUnderTest().namespace();
        while (!(reader.getEventType() == XMLStreamConstants.START_ELEMENT && namespace.equals(reader.getNamespaceURI()))) {
            reader.next();
        }
        return reader;
    }
}
