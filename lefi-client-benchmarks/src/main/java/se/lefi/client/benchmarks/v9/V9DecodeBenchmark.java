package se.lefi.client.benchmarks.v9;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
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
import se.lefi.client.benchmarks.Responses.Size;
import se.lefi.client.benchmarks.v9.generated.ApiClient;
import se.lefi.client.benchmarks.v9.generated.model.LefiExternFormansinformationSvar;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.spi.QueryRequest;
import se.lefi.client.v9.V9Adapter;

/**
 * Measures version 9 decoding alone: answer bytes already in memory to the result object (the
 * SDK's domain model; openapi-generator's models for the baselines, each decoded the way its
 * client does: databind from the stream for the hand-written one, the body as a String first
 * for the generated native client).
 *
 * <pre>{@code
 * java -jar benchmarks.jar jmh V9DecodeBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class V9DecodeBenchmark {

    private static final TypeReference<LefiExternFormansinformationSvar> SVAR = new TypeReference<>() {
    };

    /** The answer size: small, medium or large. */
    @Param({"small", "medium", "large"})
    public String size;

    private byte[] answer;
    private QueryRequest request;
    private V9Adapter adapter;
    private ObjectMapper diy;
    private ObjectMapper generated;

    /** Loads the answer and builds every decoder once. */
    @Setup(Level.Trial)
    public void setUp() {
        answer = V9Responses.bytes(Size.of(size));
        request = V9Query.request();
        adapter = new V9Adapter();
        diy = V9DiyClient.mapper();
        generated = ApiClient.createDefaultObjectMapper();
    }

    /** (a) The SDK's adapter: bytes to {@code BenefitInformation}. */
    @Benchmark
    public Object a_sdk() {
        return adapter.decodeQuery(request,
                new IncomingMessage(200, Optional.of("application/json"), new ByteArrayInputStream(answer)));
    }

    /** (c) Jackson databind from the stream into the generated models. */
    @Benchmark
    public Object c_diyDatabind() throws Exception {
        return V9DiyClient.decode(diy, new ByteArrayInputStream(answer));
    }

    /** (d) What the generated native client does with a body: a String, then databind. */
    @Benchmark
    public Object d_openapiNative() throws Exception {
        String body = new String(new ByteArrayInputStream(answer).readAllBytes(), Charset.defaultCharset());
        return generated.readValue(body, SVAR);
    }
}
