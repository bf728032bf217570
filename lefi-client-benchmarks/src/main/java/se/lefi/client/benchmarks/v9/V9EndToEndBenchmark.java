package se.lefi.client.benchmarks.v9;

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
import se.lefi.client.benchmarks.LoopbackServer;
import se.lefi.client.benchmarks.Prewarm;
import se.lefi.client.benchmarks.Responses.Size;

/**
 * Measures one whole version 9 call (encode, HTTP over loopback, decode) per operation, for every
 * v9 client on the same server and the same answer; the thread count comes from the run.
 *
 * <pre>{@code
 * java -jar benchmarks.jar jmh V9EndToEndBenchmark -p size=medium -t 16
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class V9EndToEndBenchmark {

    /** The answer size: small, medium or large. */
    @Param({"small", "medium", "large"})
    public String size;

    private LoopbackServer server;
    private V9Contenders contenders;

    /**
     * Starts the server and builds every client once per trial, and warms the trial's client up
     * on one thread first ({@link Prewarm}).
     *
     * @param params the trial's method
     */
    @Setup(Level.Trial)
    public void start(BenchmarkParams params) {
        server = LoopbackServer.startForBenchmark();
        contenders = new V9Contenders(server.baseUrl(Size.of(size)));
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

    /** (c) Hand-written HttpClient 5 + Jackson databind into the generated models. */
    @Benchmark
    public Object c_diyDatabind() throws Exception {
        return contenders.diyDatabind();
    }

    /** (d) openapi-generator's own client, library native. */
    @Benchmark
    public Object d_openapiNative() throws Exception {
        return contenders.openapiNative();
    }
}
