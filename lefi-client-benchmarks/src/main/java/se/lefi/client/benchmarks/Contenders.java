package se.lefi.client.benchmarks;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.ws.BindingProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.springframework.oxm.jaxb.Jaxb2Marshaller;
import org.springframework.ws.client.core.WebServiceTemplate;
import org.springframework.ws.soap.saaj.SaajSoapMessageFactory;
import org.springframework.ws.transport.http.HttpComponents5MessageSender;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.benchmarks.Responses.Size;
import se.lefi.client.benchmarks.cxf.generated.LefiOnlinePortType;
import se.lefi.client.benchmarks.cxf.generated.LefiOnlineService;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.v6.V6Adapter;
import se.lefi.client.v6.internal.jaxb.HamtaFormansinformationFraga;
import se.lefi.client.v6.internal.jaxb.HamtaFormansinformationSvar;
import se.lefi.client.v6.internal.jaxb.ObjectFactory;
import se.lefi.client.v6.internal.jaxb.Period;

/**
 * Holds every client under test, each pointed at the same loopback endpoint of one answer size.
 *
 * <ul>
 *   <li>(a) the SDK: {@link #sdkSync()}, {@link #sdkAsync()};</li>
 *   <li>(b) the floor: {@link #floor()}, HttpClient 5 posting the SDK's request bytes and discarding the answer;</li>
 *   <li>(c) do-it-yourself: {@link #diy(XMLInputFactory)}, HttpClient 5 + JAXB on the v6 adapter's generated classes;</li>
 *   <li>(d) {@link #cxf()}: a CXF JAX-WS client generated from the same WSDL;</li>
 *   <li>(e) {@link #springWs()}: Spring-WS WebServiceTemplate + Jaxb2Marshaller on the v6 classes.</li>
 * </ul>
 *
 * <pre>{@code
 * try (Contenders c = new Contenders(server.endpoint(Size.SMALL))) {
 *     BenefitInformation info = c.sdkSync();
 * }
 * }</pre>
 */
public final class Contenders implements AutoCloseable {

    /** The JDK's own StAX implementation (SJSXP), whatever else is on the class path. */
    public static final XMLInputFactory JDK_STAX = hardened(XMLInputFactory.newDefaultFactory());
    /** Woodstox, created directly. */
    public static final XMLInputFactory WOODSTOX = hardened(new com.ctc.wstx.stax.WstxInputFactory());

    private static final Personnummer PERSON = Personnummer.parse(Query.PERSONNUMMER);

    private final URI endpoint;
    private final byte[] requestBytes;
    private final LefiClient sdk;
    private final DiyClient diy;
    private final LefiOnlinePortType cxfPort;
    private final WebServiceTemplate spring;
    private final HttpComponents5MessageSender springSender;

    /**
     * Builds all clients for one endpoint.
     *
     * @param endpoint the loopback URL of one answer size
     */
    public Contenders(URI endpoint) {
        this.endpoint = endpoint;
        this.requestBytes = new V6Adapter().encodeQuery(Query.request()).body();
        this.sdk = LefiClient.builder().endpoint(endpoint).version(LefiVersion.V6_0)
                .organisationsnummer(Query.ORGANISATIONSNUMMER).maxConnections(64)
                .responseTimeout(Duration.ofSeconds(60)).build();
        this.diy = new DiyClient(endpoint);
        this.cxfPort = cxfPort(endpoint);
        this.springSender = new HttpComponents5MessageSender();
        this.spring = springTemplate(endpoint, springSender);
    }

    /** Returns a JAXBContext of the v6 adapter's generated classes (what (c) and (e) use). */
    public static JAXBContext jaxbContext() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    /** (a) The SDK, blocking call. */
    public BenefitInformation sdkSync() {
        return query().fetch();
    }

    /** (a) The SDK, asynchronous call joined by the caller. */
    public BenefitInformation sdkAsync() {
        return query().fetchAsync().join();
    }

    private se.lefi.client.BenefitQuery query() {
        return sdk.query(PERSON).period(Query.FROM, Query.TO)
                .benefits(Query.BENEFITS.toArray(new se.lefi.client.Benefit[0]))
                .payments(Query.PAYMENTS.toArray(new se.lefi.client.Benefit[0]))
                .preliminaryPayments(Query.PAYMENTS.toArray(new se.lefi.client.Benefit[0]));
    }

    /** (b) The floor: posts the SDK's request bytes and reads the answer into nothing; returns its length. */
    public long floor() throws IOException {
        return diy.floor(requestBytes);
    }

    /**
     * (c) Do-it-yourself, see {@link DiyClient}.
     *
     * @param parser {@link #JDK_STAX} or {@link #WOODSTOX}
     * @return the generated answer object
     */
    public HamtaFormansinformationSvar diy(XMLInputFactory parser) throws IOException {
        return diy.call(parser);
    }

    /** (d) Apache CXF: the generated JAX-WS port. */
    public se.lefi.client.benchmarks.cxf.generated.HamtaFormansinformationSvar cxf() throws Exception {
        se.lefi.client.benchmarks.cxf.generated.HamtaFormansinformationFraga fraga =
                new se.lefi.client.benchmarks.cxf.generated.HamtaFormansinformationFraga();
        fraga.setLefiOnlineVersion("6.0");
        fraga.setOrganisationsnummer(Query.ORGANISATIONSNUMMER);
        fraga.setPersonnummer(Query.PERSONNUMMER);
        se.lefi.client.benchmarks.cxf.generated.Period period = new se.lefi.client.benchmarks.cxf.generated.Period();
        period.setFrom(date(Query.FROM));
        period.setTom(date(Query.TO));
        fraga.setPeriod(period);
        fraga.getFormansinformation().addAll(Query.codes(Query.BENEFITS));
        fraga.getUtbetalningar().addAll(Query.codes(Query.PAYMENTS));
        fraga.getPreliminaraUtbetalningar().addAll(Query.codes(Query.PAYMENTS));
        return cxfPort.hamtaFormansinformation(fraga);
    }

    /** Creates a CXF port for an endpoint, as a CXF user does: service from the bundled WSDL. */
    public static LefiOnlinePortType cxfPort(URI endpoint) {
        Logger.getLogger("org.apache.cxf").setLevel(Level.WARNING);
        LefiOnlinePortType port = new LefiOnlineService().getLefiOnlinePort();
        ((BindingProvider) port).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint.toString());
        return port;
    }

    /** (e) Spring-WS: WebServiceTemplate with Jaxb2Marshaller, SAAJ messages, HttpClient 5 sender. */
    public Object springWs() {
        HamtaFormansinformationFraga fraga = new HamtaFormansinformationFraga();
        fraga.setLefiOnlineVersion("6.0");
        fraga.setOrganisationsnummer(Query.ORGANISATIONSNUMMER);
        fraga.setPersonnummer(Query.PERSONNUMMER);
        Period period = new Period();
        period.setFrom(date(Query.FROM));
        period.setTom(date(Query.TO));
        fraga.setPeriod(period);
        fraga.getFormansinformation().addAll(Query.codes(Query.BENEFITS));
        fraga.getUtbetalningar().addAll(Query.codes(Query.PAYMENTS));
        fraga.getPreliminaraUtbetalningar().addAll(Query.codes(Query.PAYMENTS));
        Object answer = spring.marshalSendAndReceive(endpoint.toString(),
                new ObjectFactory().createHamtaFormansinformation(fraga));
        return answer instanceof jakarta.xml.bind.JAXBElement<?> e ? e.getValue() : answer;
    }

    /** Creates a Spring-WS template as its reference documentation shows, on HttpClient 5. */
    public static WebServiceTemplate springTemplate(URI endpoint, HttpComponents5MessageSender sender) {
        Jaxb2Marshaller marshaller = new Jaxb2Marshaller();
        marshaller.setContextPath(ObjectFactory.class.getPackageName());
        try {
            marshaller.afterPropertiesSet();
            SaajSoapMessageFactory messages = new SaajSoapMessageFactory();
            messages.afterPropertiesSet();
            sender.setMaxTotalConnections(64);
            sender.afterPropertiesSet();
            WebServiceTemplate template = new WebServiceTemplate(messages);
            template.setMarshaller(marshaller);
            template.setUnmarshaller(marshaller);
            template.setMessageSender(sender);
            template.setDefaultUri(endpoint.toString());
            template.afterPropertiesSet();
            return template;
        } catch (Exception e) {
            throw new IllegalStateException("Spring-WS cannot be set up", e);
        }
    }

    private static XMLGregorianCalendar date(java.time.LocalDate date) {
        try {
            return DatatypeFactory.newInstance().newXMLGregorianCalendarDate(date.getYear(), date.getMonthValue(),
                    date.getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED);
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static XMLInputFactory hardened(XMLInputFactory factory) {
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    @Override
    public void close() {
        sdk.close();
        diy.close();
        try {
            springSender.destroy();
            if (cxfPort instanceof java.io.Closeable closeable) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // Closing benchmark clients at the end of a trial; nothing to recover.
        }
    }

    /** Returns a short description of the endpoint, for logs. */
    @Override
    public String toString() {
        return "Contenders[" + endpoint + "]";
    }

    /** Returns the endpoint of a size on a server. */
    public static URI endpoint(LoopbackServer server, Size size) {
        return server.endpoint(size);
    }
}
