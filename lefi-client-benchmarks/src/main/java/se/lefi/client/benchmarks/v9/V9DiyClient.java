package se.lefi.client.benchmarks.v9;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import se.lefi.client.benchmarks.v9.generated.model.LefiExternFormansinformationSvar;
import se.lefi.client.v9.internal.V9Request;

/**
 * Baselines (b) and (c) of version 9: what a developer writes by hand with Apache HttpClient 5
 * and Jackson databind, binding into the model classes openapi-generator made from the spec (the
 * benchmark's own generated copy): one {@link ObjectMapper} (java.time module, unknown
 * properties ignored, nulls left out) and a pooled client; the answer is bound straight from the
 * response stream.
 *
 * <pre>{@code
 * try (V9DiyClient diy = new V9DiyClient(baseUrl)) {
 *     LefiExternFormansinformationSvar svar = diy.call();
 * }
 * }</pre>
 */
public final class V9DiyClient implements AutoCloseable {

    private final URI target;
    private final CloseableHttpClient http;
    private final ObjectMapper mapper;

    /**
     * Builds the HTTP client and the mapper.
     *
     * @param baseUrl the service's base URL
     */
    public V9DiyClient(URI baseUrl) {
        this.target = URI.create(baseUrl + V9Request.BASE + V9Query.AKTORS_ID + "/formansinformation/fraga");
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(64).setMaxConnPerRoute(64).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().build();
        this.mapper = mapper();
    }

    /** Returns the mapper a developer configures for the generated models. */
    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** (c) Posts the query and binds the answer. */
    public LefiExternFormansinformationSvar call() throws IOException {
        HttpPost post = new HttpPost(target);
        post.setHeader("Accept", "application/json");
        post.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(V9Fraga.create()), ContentType.APPLICATION_JSON));
        return http.execute(post, response -> {
            try (InputStream in = response.getEntity().getContent()) {
                if (response.getCode() != 200) {
                    throw new IOException("HTTP " + response.getCode());
                }
                return mapper.readValue(in, LefiExternFormansinformationSvar.class);
            }
        });
    }

    /**
     * (b) Posts the given bytes and reads the answer into nothing: the I/O floor.
     *
     * @param requestBytes the request
     * @return the answer's length
     */
    public long floor(byte[] requestBytes) throws IOException {
        HttpPost post = new HttpPost(target);
        post.setEntity(new ByteArrayEntity(requestBytes, ContentType.APPLICATION_JSON));
        return http.execute(post, response -> {
            try (InputStream in = response.getEntity().getContent()) {
                return in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        });
    }

    /**
     * Decodes answer bytes as {@link #call()} does: the decode-only baseline.
     *
     * @param mapper the mapper
     * @param answer the answer
     * @return the bound answer
     */
    public static LefiExternFormansinformationSvar decode(ObjectMapper mapper, InputStream answer) throws IOException {
        return mapper.readValue(answer, LefiExternFormansinformationSvar.class);
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }
}
