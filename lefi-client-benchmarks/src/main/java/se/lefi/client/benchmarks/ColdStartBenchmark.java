package se.lefi.client.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.lefi.client.benchmarks.Responses.Size;
import se.lefi.client.benchmarks.cxf.generated.LefiOnlinePortType;

/**
 * Measures the time to the first decoded answer in a fresh JVM: building the client (for CXF: the
 * service from the WSDL; for both: the JAXBContext) plus the first call of the small answer. Each
 * fork is a new JVM and measures exactly one call.
 *
 * <p>The server is started in the trial's setup with JDK classes only (the answers are built by
 * text operations), so no XML or JAXB class is loaded before the measured call.
 *
 * <pre>{@code
 * java -jar benchmarks.jar jmh ColdStartBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {

    private LoopbackServer server;

    /** Starts the server; loads no XML class. */
    @Setup(Level.Trial)
    public void start() {
        server = LoopbackServer.start();
    }

    /** Stops the server. */
    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    /** (a) The SDK: build the client, fetch, close. */
    @Benchmark
    public Object a_sdkFirstAnswer() {
        return ColdStartProbe.sdk(server.endpoint(Size.SMALL));
    }

    /**
     * (b) The floor: build a pooled Apache HttpClient 5 (the SDK's transport, same settings), post a
     * request and read the answer's bytes into nothing. What any HttpClient-5 client pays before it
     * decodes anything; the SDK's cold start is judged as a ratio to it.
     */
    @Benchmark
    public long b_floorFirstAnswer() throws Exception {
        return ColdStartProbe.floor(server.endpoint(Size.SMALL));
    }

    /** (d) CXF: service from the WSDL, port, first call. */
    @Benchmark
    public Object d_cxfFirstAnswer() throws Exception {
        LefiOnlinePortType port = Contenders.cxfPort(server.endpoint(Size.SMALL));
        se.lefi.client.benchmarks.cxf.generated.HamtaFormansinformationFraga fraga =
                new se.lefi.client.benchmarks.cxf.generated.HamtaFormansinformationFraga();
        fraga.setLefiOnlineVersion("6.0");
        fraga.setOrganisationsnummer(Query.ORGANISATIONSNUMMER);
        fraga.setPersonnummer(Query.PERSONNUMMER);
        se.lefi.client.benchmarks.cxf.generated.Period period = new se.lefi.client.benchmarks.cxf.generated.Period();
        period.setFrom(javax.xml.datatype.DatatypeFactory.newInstance().newXMLGregorianCalendar(Query.FROM.toString()));
        period.setTom(javax.xml.datatype.DatatypeFactory.newInstance().newXMLGregorianCalendar(Query.TO.toString()));
        fraga.setPeriod(period);
        fraga.getFormansinformation().addAll(Query.codes(Query.BENEFITS));
        fraga.getUtbetalningar().addAll(Query.codes(Query.PAYMENTS));
        return port.hamtaFormansinformation(fraga);
    }

    /** (c) Do-it-yourself on Woodstox: JAXBContext, HttpClient, first call. */
    @Benchmark
    public Object c_diyWoodstoxFirstAnswer() throws Exception {
        try (DiyClient diy = new DiyClient(server.endpoint(Size.SMALL))) {
            return diy.call(Contenders.WOODSTOX);
        }
    }
}
