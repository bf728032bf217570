package se.lefi.client.v5;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Decision;
import se.lefi.client.model.Fraction;
import se.lefi.client.model.Payment;
import se.lefi.client.model.PaymentLine;
import se.lefi.client.model.ProgrammeAssignment;
import se.lefi.client.v6.V6Adapter;

/**
 * Proves the design's promise: the same person described by 5.0, 5.1 and 6.0 yields equal domain
 * values for everything the older version carries, read through the real client of each version.
 *
 * <p>Two descriptions are used. The contract's karensersättning samples describe the same person in
 * all three versions. The typical 5.0 sample (aktivitetsstöd with its programme inside the case,
 * {@code UTB} payments) is compared with fixtures of the same person in the 5.1 and 6.0 shapes
 * (programme in {@code programanvisning}, {@code AMP} payments); the fixtures are checked against
 * their version's XSD first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionNeutralityFunctionalTest {

    private static final String TYRA = "19800314-2380";
    private static final String JOHAN = "19790918-4561";

    private WireMockServer server;

    @BeforeAll
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    @Test
    void karensAnswers_ofAllThreeVersions_areEqualButForTheVersion() throws Exception {
        BenefitInformation v50 = fetch(LefiVersion.V5_0, "/samples/5.0/04-svar-karensersattning.xml", JOHAN);
        BenefitInformation v51 = fetch(LefiVersion.V5_1, "/samples/5.1/04-svar-karensersattning.xml", JOHAN);
        BenefitInformation v60 = fetch(LefiVersion.V6_0, "/neutrality/6.0-04-svar-karensersattning.xml", JOHAN);

        assertThat(v50.version()).isEqualTo(LefiVersion.V5_0);
        assertThat(v51.version()).isEqualTo(LefiVersion.V5_1);
        assertThat(v60.version()).isEqualTo(LefiVersion.V6_0);
        assertThat(withVersion(v51, LefiVersion.V5_0)).isEqualTo(v50);
        assertThat(withVersion(v60, LefiVersion.V5_0)).isEqualTo(v50);
        assertThat(v50.payments()).hasSize(2);
        assertThat(v50.person()).isPresent();
    }

    @Test
    void fiveZeroShape_andLaterShapes_ofTheSamePerson_yieldEqualDomainValues() throws Exception {
        BenefitInformation v50 = fetch(LefiVersion.V5_0, "/neutrality/5.0-02-svar-tyra.xml", TYRA);
        BenefitInformation v51 = fetch(LefiVersion.V5_1, "/neutrality/5.1-02-svar-tyra.xml", TYRA);
        BenefitInformation v60 = fetch(LefiVersion.V6_0, "/neutrality/6.0-02-svar-tyra.xml", TYRA);

        for (BenefitInformation later : List.of(v51, v60)) {
            assertThat(later.person()).isEqualTo(v50.person());
            assertThat(later.cases(Benefit.FORALDRAPENNING)).isEqualTo(v50.cases(Benefit.FORALDRAPENNING));
            assertThat(later.cases(Benefit.SJUKPENNING)).isEqualTo(v50.cases(Benefit.SJUKPENNING));
            assertSameActivityCase(later.cases(Benefit.AKTIVITETSSTOD), v50.cases(Benefit.AKTIVITETSSTOD));
            assertSameProgrammes(later.programmes(), v50.programmes());
            assertSamePayments(later.payments(), v50.payments());
        }
        // What only 5.1 and later carry: the programme's extent.
        assertThat(v50.programmes().get(0).extent()).isEmpty();
        assertThat(v51.programmes().get(0).extent()).contains(new Fraction(1, 1));
    }

    @Test
    void fiveZeroShape_programmeComesFromTheActivityCase() throws Exception {
        BenefitInformation v50 = fetch(LefiVersion.V5_0, "/neutrality/5.0-02-svar-tyra.xml", TYRA);

        assertThat(v50.programmes()).containsExactly(ProgrammeAssignment.builder(new Code("40", "Arbetspraktik"))
                .period(DatePeriod.of(LocalDate.of(2018, 4, 9), LocalDate.of(2018, 8, 31))).build());
    }

    private static void assertSameActivityCase(List<BenefitCase> later, List<BenefitCase> older) {
        assertThat(later).hasSameSizeAs(older).hasSize(1);
        BenefitCase l = later.get(0);
        BenefitCase o = older.get(0);
        assertThat(l.started()).isEqualTo(o.started());
        assertThat(l.active()).isEqualTo(o.active());
        assertThat(l.rejected()).isEqualTo(o.rejected());
        assertThat(l.decisions()).hasSameSizeAs(o.decisions());
        for (int i = 0; i < o.decisions().size(); i++) {
            Decision ld = l.decisions().get(i);
            Decision od = o.decisions().get(i);
            assertThat(ld.decided()).isEqualTo(od.decided());
            assertThat(ld.definitive()).isEqualTo(od.definitive());
            assertThat(ld.benefit()).isEqualTo(od.benefit());
            assertThat(ld.subBenefit()).isEqualTo(od.subBenefit());
            assertThat(ld.period()).isEqualTo(od.period());
            assertThat(ld.decidedGross()).isEqualTo(od.decidedGross());
            assertThat(ld.compensation()).isEqualTo(od.compensation());
        }
        // 5.0 also counts the paid days on the decision; from 5.1 they come in programersättning.
        assertThat(o.decisions().get(0).dayCount()).hasValue(104);
        assertThat(l.decisions().get(0).dayCount()).isEmpty();
    }

    private static void assertSameProgrammes(List<ProgrammeAssignment> later, List<ProgrammeAssignment> older) {
        assertThat(later).extracting(ProgrammeAssignment::programme)
                .containsExactlyElementsOf(older.stream().map(ProgrammeAssignment::programme).toList());
        assertThat(later).extracting(ProgrammeAssignment::period)
                .containsExactlyElementsOf(older.stream().map(ProgrammeAssignment::period).toList());
    }

    private static void assertSamePayments(List<Payment> later, List<Payment> older) {
        assertThat(later).hasSameSizeAs(older);
        for (int i = 0; i < older.size(); i++) {
            Payment l = later.get(i);
            Payment o = older.get(i);
            assertThat(l.isLabourMarketProgramme()).isEqualTo(o.isLabourMarketProgramme());
            if (o.isLabourMarketProgramme()) {
                // UTB in 5.0, AMP later: everything but the codes is the same.
                assertThat(o.family().id()).isEqualTo("UTB");
                assertThat(l.family().id()).isEqualTo("AMP");
                assertThat(l.net()).isEqualTo(o.net());
                assertThat(l.gross()).isEqualTo(o.gross());
                assertThat(l.tax()).isEqualTo(o.tax());
                assertThat(l.deductions()).isEqualTo(o.deductions());
                assertThat(l.paymentDate()).isEqualTo(o.paymentDate());
                assertThat(l.period()).isEqualTo(o.period());
                assertThat(l.payer()).isEqualTo(o.payer());
                assertThat(l.lines()).extracting(PaymentLine::kind, PaymentLine::amount, PaymentLine::amountType)
                        .containsExactlyElementsOf(o.lines().stream()
                                .map(x -> org.assertj.core.groups.Tuple.tuple(x.kind(), x.amount(), x.amountType()))
                                .toList());
            } else {
                assertThat(l).isEqualTo(o);
            }
        }
        assertThat(older.stream().filter(Payment::isLabourMarketProgramme).count()).isEqualTo(1);
    }

    private static BenefitInformation withVersion(BenefitInformation i, LefiVersion v) {
        return BenefitInformation.builder(v).correlationId(i.correlationId().orElse(null))
                .answeredAt(i.answeredAt().orElse(null)).person(i.person().orElse(null)).cases(i.cases())
                .payments(i.payments()).programmes(i.programmes()).jobGuarantee(i.jobGuarantee().orElse(null))
                .entries(i.entries()).deviations(i.deviations()).providers(i.providers()).build();
    }

    private BenefitInformation fetch(LefiVersion version, String resource, String personnummer) throws Exception {
        byte[] answer = read(resource);
        assertValidPayload(version, answer);
        server.resetAll();
        server.stubFor(post(urlEqualTo("/lefionline")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml; charset=UTF-8").withBody(answer)));
        try (LefiClient client = LefiClient.builder().endpoint(URI.create(server.baseUrl() + "/lefionline"))
                .version(version).organisationsnummer("2120000142").build()) {
            return client.query(Personnummer.parse(personnummer)).period(LocalDate.of(2018, 3, 1), LocalDate.of(2020, 4, 30))
                    .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING,
                            Benefit.SJUKPENNING, Benefit.PROGRAMANVISNING)
                    .payments(Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING, Benefit.SJUKPENNING)
                    .fetch();
        }
    }

    /** Keeps the fixtures honest: each must be a valid answer of the version it claims to be. */
    private static void assertValidPayload(LefiVersion version, byte[] envelope) throws Exception {
        URL xsd = version == LefiVersion.V6_0 ? V6Adapter.class.getResource("contract/lefi-online-6.xsd")
                : V5Adapter.class.getResource("contract/lefi-online-5.xsd");
        SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        DocumentBuilderFactory documents = DocumentBuilderFactory.newInstance();
        documents.setNamespaceAware(true);
        documents.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = documents.newDocumentBuilder().parse(new ByteArrayInputStream(envelope)).getDocumentElement();
        Element payload = firstElement(firstElementNamed(root, "Body"));
        assertThat(payload.getAttribute("lefiOnlineVersion")).isEqualTo(version.wireValue());
        schemas.newSchema(xsd).newValidator().validate(new DOMSource(payload));
    }

    private static Element firstElementNamed(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        throw new AssertionError("no " + localName);
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new AssertionError("empty " + parent.getLocalName());
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = VersionNeutralityFunctionalTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }
}
