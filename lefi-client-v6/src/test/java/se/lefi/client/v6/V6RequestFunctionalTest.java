package se.lefi.client.v6;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.lefi.client.v6.LefiWireMock.answer;
import static se.lefi.client.v6.LefiWireMock.sample;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import se.lefi.client.Benefit;
import se.lefi.client.BenefitQuery;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;

/** What the client sends: valid against the 6.0 XSD, and nothing at all for bad input. */
class V6RequestFunctionalTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().build();

    private static final Personnummer PNR = Personnummer.parse("198402298452");

    private LefiClient client;

    @BeforeEach
    void createClient() {
        client = LefiWireMock.client(wm);
        answer(wm, 200, sample("02-svar.xml"));
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void fetch_whenAllListsAsked_sendsRequestValidAgainstTheXsd() throws Exception {
        client.query(PNR)
                .period(LocalDate.of(2019, 11, 1), LocalDate.of(2020, 2, 29))
                .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.FORALDRAPENNING, Benefit.SJUKPENNING,
                        Benefit.PROGRAMANVISNING, Benefit.PROGRAMERSATTNING, Benefit.JOBB_OCH_UTVECKLINGSGARANTI)
                .payments(Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING, Benefit.SJUKPENNING)
                .preliminaryPayments(Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING, Benefit.SJUKPENNING)
                .correlationId("arende-2020-0117")
                .fetch();

        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("Content-Type")).startsWith("text/xml").containsIgnoringCase("charset=UTF-8");
        assertThat(request.getHeader("SOAPAction")).isEqualTo("\"\"");
        Element payload = payload(request.getBodyAsString());
        validate(payload);
        assertThat(payload.getAttribute("lefiOnlineVersion")).isEqualTo("6.0");
        assertThat(texts(payload, "organisationsnummer")).containsExactly("2120000142");
        assertThat(texts(payload, "korrelationsid")).containsExactly("arende-2020-0117");
        assertThat(texts(payload, "personnummer")).containsExactly("198402298452");
        assertThat(texts(payload, "from")).containsExactly("2019-11-01");
        assertThat(texts(payload, "tom")).containsExactly("2020-02-29");
        assertThat(texts(payload, "formansinformation")).containsExactly("FK:GEPI", "FK:FP", "FK:SJP", "FK:PANV",
                "FK:PROG", "FK:PJOB");
        assertThat(texts(payload, "utbetalningar")).containsExactly("FK:AS", "FK:FP", "FK:SJP");
        assertThat(texts(payload, "preliminaraUtbetalningar")).containsExactly("FK:AS", "FK:FP", "FK:SJP");
    }

    @Test
    void fetch_whenOnlyPaymentsAndNoCorrelationId_sendsMinimalValidRequest() throws Exception {
        client.query(Personnummer.parse("8402298452")).period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 4, 30))
                .payments(Benefit.SJUKPENNING, Benefit.SJUKPENNING).fetch();

        Element payload = payload(onlyRequest().getBodyAsString());
        validate(payload);
        assertThat(texts(payload, "korrelationsid")).isEmpty();
        assertThat(texts(payload, "personnummer")).containsExactly("198402298452");
        assertThat(texts(payload, "utbetalningar")).containsExactly("FK:SJP");
        assertThat(texts(payload, "formansinformation")).isEmpty();
    }

    @Test
    void ping_whenCalled_sendsValidPing() throws Exception {
        answer(wm, 200, sample("12-pingsvar.xml"));
        client.ping();
        Element payload = payload(onlyRequest().getBodyAsString());
        assertThat(payload.getLocalName()).isEqualTo("ping");
        validate(payload);
    }

    @Test
    void fetch_whenFromAfterTo_failsBeforeSending() {
        assertThatThrownBy(() -> client.query(PNR).period(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
        assertNothingSent();
    }

    @Test
    void fetch_whenNothingAsked_failsBeforeSending() {
        BenefitQuery query = client.query(PNR).period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1));
        assertThatThrownBy(query::fetch).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing asked");
        assertThatThrownBy(() -> client.query(PNR).period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1))
                .fetchAsync()).isInstanceOf(IllegalArgumentException.class);
        assertNothingSent();
    }

    @Test
    void fetch_whenNoPeriod_failsBeforeSending() {
        assertThatThrownBy(() -> client.query(PNR).benefits(Benefit.SJUKPENNING).fetch())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period");
        assertNothingSent();
    }

    @Test
    void query_whenNulls_failBeforeSending() {
        assertThatThrownBy(() -> client.query(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.query(PNR).period(null, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.query(PNR).benefits((Benefit[]) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.query(PNR).benefits(Benefit.SJUKPENNING, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.query(PNR).payments((Benefit) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.query(PNR).correlationId(null)).isInstanceOf(IllegalArgumentException.class);
        assertNothingSent();
    }

    @Test
    void fetch_whenPreliminaryPaymentsOfABenefitWithoutThem_failsBeforeSending() {
        assertThatThrownBy(() -> client.query(PNR).preliminaryPayments(Benefit.BARNBIDRAG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BARNBIDRAG");
        assertThatThrownBy(() -> client.query(PNR).benefits(Benefit.UNKNOWN)).isInstanceOf(IllegalArgumentException.class);
        assertNothingSent();
    }

    @Test
    void fetch_whenCorrelationIdTooLong_failsBeforeSending() {
        assertThatThrownBy(() -> client.query(PNR).correlationId("x".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64");
        assertNothingSent();
    }

    @Test
    void fetch_whenQueryReused_failsClearly() {
        BenefitQuery query = client.query(PNR).period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1))
                .benefits(Benefit.SJUKPENNING);
        query.fetch();
        assertThatThrownBy(query::fetch).isInstanceOf(IllegalStateException.class).hasMessageContaining("single-use");
    }

    @Test
    void build_whenRequiredSettingsMissingOrBad_failsClearly() {
        assertThatThrownBy(() -> LefiClient.builder().version(LefiVersion.V6_0).organisationsnummer("2120000142").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("endpoint");
        assertThatThrownBy(() -> LefiClient.builder().organisationsnummer("2120000142")
                .endpoint(URI.create(wm.baseUrl())).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> LefiClient.builder().organisationsnummer("2120000143"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("check digit");
        assertThatThrownBy(() -> LefiClient.builder().organisationsnummer("12345"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LefiClient.builder().endpoint(URI.create("ftp://x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void query_whenClientClosed_failsWithIllegalState() {
        client.close();
        assertThatThrownBy(() -> client.query(PNR)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(client::ping).isInstanceOf(IllegalStateException.class);
    }

    private void assertNothingSent() {
        wm.verify(0, postRequestedFor(urlEqualTo(LefiWireMock.PATH)));
    }

    private LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = wm.findAll(postRequestedFor(urlEqualTo(LefiWireMock.PATH))
                .withHeader("SOAPAction", equalTo("\"\"")));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static Element payload(String envelope) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(envelope)));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://schemas.xmlsoap.org/soap/envelope/");
        Element body = (Element) root.getElementsByTagNameNS(root.getNamespaceURI(), "Body").item(0);
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                assertThat(e.getNamespaceURI()).isEqualTo(V6Adapter.NAMESPACE);
                return e;
            }
        }
        throw new AssertionError("empty Body");
    }

    private static void validate(Element payload) throws Exception {
        URL xsd = V6Adapter.class.getResource("/se/lefi/client/v6/contract/lefi-online-6.xsd");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator validator = factory.newSchema(xsd).newValidator();
        validator.validate(new DOMSource(payload));
    }

    private static List<String> texts(Element payload, String name) {
        var nodes = payload.getElementsByTagNameNS(V6Adapter.NAMESPACE, name);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
    }
}
