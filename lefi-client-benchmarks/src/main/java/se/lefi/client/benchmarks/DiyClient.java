package se.lefi.client.benchmarks;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
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
import se.lefi.client.v6.internal.jaxb.HamtaFormansinformationFraga;
import se.lefi.client.v6.internal.jaxb.HamtaFormansinformationSvar;
import se.lefi.client.v6.internal.jaxb.ObjectFactory;
import se.lefi.client.v6.internal.jaxb.Period;

/**
 * Baselines (b) and (c): what a developer writes by hand with Apache HttpClient 5 and JAXB on the
 * generated classes of the v6 adapter, with one JAXBContext and a pooled client.
 *
 * <pre>{@code
 * try (DiyClient diy = new DiyClient(endpoint)) {
 *     HamtaFormansinformationSvar svar = diy.call(Contenders.WOODSTOX);
 * }
 * }</pre>
 */
public final class DiyClient implements AutoCloseable {

    private static final byte[] ENVELOPE_START = ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soapenv:Body>").getBytes(StandardCharsets.UTF_8);
    private static final byte[] ENVELOPE_END = "</soapenv:Body></soapenv:Envelope>".getBytes(StandardCharsets.UTF_8);

    private final URI endpoint;
    private final CloseableHttpClient http;
    private final JAXBContext jaxb;
    private final DatatypeFactory datatypes;

    /**
     * Builds the HTTP client and the JAXBContext.
     *
     * @param endpoint where to post
     */
    public DiyClient(URI endpoint) {
        this.endpoint = endpoint;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(64).setMaxConnPerRoute(64).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().build();
        this.jaxb = Contenders.jaxbContext();
        try {
            this.datatypes = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * (b) Posts the given bytes and reads the answer into nothing.
     *
     * @param requestBytes the request
     * @return the answer's length
     */
    public long floor(byte[] requestBytes) throws IOException {
        return http.execute(post(requestBytes), response -> {
            long total = 0;
            byte[] buffer = new byte[8192];
            try (InputStream in = response.getEntity().getContent()) {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    total += n;
                }
            }
            return total;
        });
    }

    /**
     * (c) Marshals the request with JAXB, posts it, finds the SOAP Body with StAX and unmarshals
     * the payload into the generated classes.
     *
     * @param parser the StAX factory to read with
     * @return the generated answer object
     */
    public HamtaFormansinformationSvar call(XMLInputFactory parser) throws IOException {
        return http.execute(post(request()), response -> {
            try (InputStream in = response.getEntity().getContent()) {
                return unmarshalEnvelope(jaxb, parser, in);
            } catch (XMLStreamException | JAXBException e) {
                throw new IOException(e);
            }
        });
    }

    /** Unmarshals the payload of a SOAP envelope the way a hand-written client does. */
    public static HamtaFormansinformationSvar unmarshalEnvelope(JAXBContext jaxb, XMLInputFactory parser,
            InputStream in) throws XMLStreamException, JAXBException {
        XMLStreamReader reader = parser.createXMLStreamReader(in);
        try {
            while (!(reader.isStartElement() && "Body".equals(reader.getLocalName()))) {
                reader.next();
            }
            reader.nextTag();
            return jaxb.createUnmarshaller().unmarshal(reader, HamtaFormansinformationSvar.class).getValue();
        } finally {
            reader.close();
        }
    }

    private byte[] request() throws IOException {
        try {
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
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            out.write(ENVELOPE_START);
            Marshaller marshaller = jaxb.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            marshaller.marshal(new ObjectFactory().createHamtaFormansinformation(fraga), out);
            out.write(ENVELOPE_END);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IOException(e);
        }
    }

    private XMLGregorianCalendar date(java.time.LocalDate date) {
        return datatypes.newXMLGregorianCalendarDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    private HttpPost post(byte[] body) {
        HttpPost post = new HttpPost(endpoint);
        post.setEntity(new ByteArrayEntity(body, ContentType.create("text/xml", StandardCharsets.UTF_8)));
        post.setHeader("SOAPAction", "\"\"");
        return post;
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }
}
