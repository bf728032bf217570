package se.lefi.client.benchmarks;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import se.lefi.client.benchmarks.Responses.Size;

/**
 * Measures one whole call (encode, HTTP over loopback, decode) per operation, for every client on
 * the same server and the same answer; the thread count comes from the run (1 and 16 in the suite).
 *
 * <pre>{@code
 * java -jar benchmarks.jar jmh EndToEndBenchmark -p size=small -t 16
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EndToEndBenchmark {

    /** The answer size: small, medium or large. */
    @Param({"small", "medium", "large"})
    public String size;

    private LoopbackServer server;
    private Contenders contenders;

    /**
     * Starts the server and builds every client once per trial, and warms the trial's client up
     * on one thread first ({@link Prewarm}).
     *
     * @param params the trial's method
     */
    @Setup(Level.Trial)
    public void start(BenchmarkParams params) {
        server = LoopbackServer.startForBenchmark();
        contenders = new Contenders(server.endpoint(Size.of(size)));
        Prewarm.run(this, params);
    }

    /** Closes clients and server. */
    @TearDown(Level.Trial)
    public void stop() {
        contenders.close();
        server.close();
    }

    /** (a) The SDK, blocking. */
    @Benchmark
    public Object a_sdkSync() {
        return contenders.sdkSync();
    }

    /** (a) The SDK, asynchronous, joined. */
    @Benchmark
    public Object a_sdkAsync() {
        return contenders.sdkAsync();
    }

    /** (b) HttpClient 5 posting the request and discarding the answer: the I/O floor. */
    @Benchmark
    public long b_floor() throws Exception {
        return contenders.floor();
    }

    /** (c) HttpClient 5 + JAXB on the JDK's StAX parser. */
    @Benchmark
    public Object c_diyJdkStax() throws Exception {
        return contenders.diy(Contenders.JDK_STAX);
    }

    /** (c) HttpClient 5 + JAXB on Woodstox. */
    @Benchmark
    public Object c_diyWoodstox() throws Exception {
        return contenders.diy(Contenders.WOODSTOX);
    }

    /** (d) Apache CXF JAX-WS client generated from the WSDL. */
    @Benchmark
    public Object d_cxf() throws Exception {
        return contenders.cxf();
    }

    /** (e) Spring-WS WebServiceTemplate + Jaxb2Marshaller. */
    @Benchmark
    public Object e_springWs() {
        return contenders.springWs();
    }
}
