package se.lefi.client.benchmarks;

import jakarta.xml.bind.JAXBContext;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.oxm.jaxb.Jaxb2Marshaller;
import org.springframework.ws.WebServiceMessage;
import org.springframework.ws.soap.saaj.SaajSoapMessageFactory;
import se.lefi.client.benchmarks.Responses.Size;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.spi.QueryRequest;
import se.lefi.client.v6.V6Adapter;
import se.lefi.client.v6.internal.jaxb.ObjectFactory;

/**
 * Measures decoding alone: answer bytes already in memory to the result object (the SDK's domain
 * model; the generated JAXB objects for the others). CXF is left out: its decode cannot be run
 * without its interceptor chain and a conduit.
 *
 * <pre>{@code
 * java -jar benchmarks.jar jmh DecodeBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecodeBenchmark {

    /** The answer size: small, medium or large. */
    @Param({"small", "medium", "large"})
    public String size;

    private byte[] answer;
    private QueryRequest request;
    private V6Adapter adapter;
    private JAXBContext jaxb;
    private SaajSoapMessageFactory saaj;
    private Jaxb2Marshaller marshaller;

    /** Loads the answer and builds every decoder once. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        answer = Responses.bytes(Size.of(size));
        request = Query.request();
        adapter = new V6Adapter();
        jaxb = Contenders.jaxbContext();
        saaj = new SaajSoapMessageFactory();
        saaj.afterPropertiesSet();
        marshaller = new Jaxb2Marshaller();
        marshaller.setContextPath(ObjectFactory.class.getPackageName());
        marshaller.afterPropertiesSet();
    }

    /** (a) The SDK's adapter: bytes to {@code BenefitInformation}. */
    @Benchmark
    public Object a_sdk() {
        return adapter.decodeQuery(request,
                new IncomingMessage(200, Optional.of("text/xml; charset=UTF-8"), new ByteArrayInputStream(answer)));
    }

    /** (c) JAXB on the JDK's StAX parser. */
    @Benchmark
    public Object c_diyJdkStax() throws Exception {
        return DiyClient.unmarshalEnvelope(jaxb, Contenders.JDK_STAX, new ByteArrayInputStream(answer));
    }

    /** (c) JAXB on Woodstox. */
    @Benchmark
    public Object c_diyWoodstox() throws Exception {
        return DiyClient.unmarshalEnvelope(jaxb, Contenders.WOODSTOX, new ByteArrayInputStream(answer));
    }

    /** (e) Spring-WS: SAAJ message, then Jaxb2Marshaller on its payload. */
    @Benchmark
    public Object e_springWs() throws Exception {
        WebServiceMessage message = saaj.createWebServiceMessage(new ByteArrayInputStream(answer));
        return marshaller.unmarshal(message.getPayloadSource());
    }
}
