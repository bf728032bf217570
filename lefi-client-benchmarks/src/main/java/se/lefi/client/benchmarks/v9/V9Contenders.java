package se.lefi.client.benchmarks.v9;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import se.lefi.client.Benefit;
import se.lefi.client.BenefitQuery;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.benchmarks.Query;
import se.lefi.client.benchmarks.v9.generated.ApiClient;
import se.lefi.client.benchmarks.v9.generated.ApiException;
import se.lefi.client.benchmarks.v9.generated.api.LefiExternFormansinformationApi;
import se.lefi.client.benchmarks.v9.generated.model.LefiExternFormansinformationSvar;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.v9.V9Adapter;

/**
 * Holds every version 9 client under test, each pointed at the same loopback base URL of one
 * answer size.
 *
 * <ul>
 *   <li>(a) the SDK: {@link #sdkSync()}, {@link #sdkAsync()} ({@code LefiVersion.V9_0}) into
 *       {@link BenefitInformation};</li>
 *   <li>(b) the floor: {@link #floor()}, HttpClient 5 posting the SDK's request bytes and discarding the answer;</li>
 *   <li>(c) {@link #diyDatabind()}: hand-written HttpClient 5 + Jackson databind into openapi-generator's models;</li>
 *   <li>(d) {@link #openapiNative()}: openapi-generator's own Java client (library {@code native}: the JDK's
 *       HttpClient + Jackson databind), generated from the same spec at build time.</li>
 * </ul>
 *
 * <pre>{@code
 * try (V9Contenders c = new V9Contenders(server.baseUrl(Size.SMALL))) {
 *     BenefitInformation info = c.sdkSync();
 * }
 * }</pre>
 */
public final class V9Contenders implements AutoCloseable {

    private static final Personnummer PERSON = Personnummer.parse(Query.PERSONNUMMER);

    private final byte[] requestBytes;
    private final LefiClient sdk;
    private final V9DiyClient diy;
    private final LefiExternFormansinformationApi generated;

    /**
     * Builds all clients for one base URL.
     *
     * @param baseUrl the loopback base URL of one answer size
     */
    public V9Contenders(URI baseUrl) {
        this.requestBytes = new V9Adapter().encodeQuery(V9Query.request()).body();
        this.sdk = LefiClient.builder().endpoint(baseUrl).version(LefiVersion.V9_0).aktorsId(V9Query.AKTORS_ID)
                .organisationsnummer(Query.ORGANISATIONSNUMMER).maxConnections(64)
                .responseTimeout(Duration.ofSeconds(60)).build();
        this.diy = new V9DiyClient(baseUrl);
        // As its README shows: an ApiClient with the default HttpClient builder and mapper, pointed at the base URL.
        this.generated = new LefiExternFormansinformationApi(new ApiClient(HttpClient.newBuilder(),
                ApiClient.createDefaultObjectMapper(), baseUrl.toString()));
    }

    /** (a) The SDK, blocking call. */
    public BenefitInformation sdkSync() {
        return query().fetch();
    }

    /** (a) The SDK, asynchronous call joined by the caller. */
    public BenefitInformation sdkAsync() {
        return query().fetchAsync().join();
    }

    private BenefitQuery query() {
        return sdk.query(PERSON).period(Query.FROM, Query.TO)
                .benefits(Query.BENEFITS.toArray(new Benefit[0]))
                .payments(Query.PAYMENTS.toArray(new Benefit[0]))
                .preliminaryPayments(Query.PAYMENTS.toArray(new Benefit[0]));
    }

    /** (b) The floor: posts the SDK's request bytes and reads the answer into nothing; returns its length. */
    public long floor() throws IOException {
        return diy.floor(requestBytes);
    }

    /** (c) Hand-written HttpClient 5 + Jackson databind, see {@link V9DiyClient}. */
    public LefiExternFormansinformationSvar diyDatabind() throws IOException {
        return diy.call();
    }

    /** (d) openapi-generator's native client. */
    public LefiExternFormansinformationSvar openapiNative() throws ApiException {
        return generated.hamtaFormansinformation(V9Query.AKTORS_ID, V9Fraga.create());
    }

    @Override
    public void close() {
        sdk.close();
        diy.close();
    }
}
