package se.lefi.client.benchmarks;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.benchmarks.Responses.Size;

/**
 * The two cold paths of {@link ColdStartBenchmark}, and a plain {@code main} that runs one of them
 * in a fresh JVM and prints the JVM's uptime at the first answer, so that JVM start itself and the
 * classes loaded before the answer ({@code -Xlog:class+load}, {@code -verbose:class}) can be
 * counted without JMH's harness in the same JVM.
 *
 * <pre>{@code
 * java -Xlog:class+load:file=sdk.log -cp benchmarks.jar se.lefi.client.benchmarks.ColdStartProbe sdk
 * java -cp benchmarks.jar se.lefi.client.benchmarks.ColdStartProbe floor
 * }</pre>
 */
public final class ColdStartProbe {

    /** Printed to standard output right after the first answer, before anything else loads. */
    public static final String MARK = "=== first answer ===";

    private static final byte[] REQUEST = ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soapenv:Body><ping xmlns=\"urn:lefi-online:formansinformation:6\"/></soapenv:Body></soapenv:Envelope>")
            .getBytes(StandardCharsets.UTF_8);

    private ColdStartProbe() {
    }

    /**
     * (a) The SDK as the README builds it: build the client, fetch the small answer, close.
     *
     * @param endpoint the loopback server's small answer
     * @return the decoded answer
     */
    public static Object sdk(URI endpoint) {
        return fetch(LefiClient.builder().endpoint(endpoint).version(LefiVersion.V6_0)
                .organisationsnummer(Query.ORGANISATIONSNUMMER));
    }

    private static Object fetch(LefiClient.Builder builder) {
        try (LefiClient client = builder.build()) {
            return client.query(Personnummer.parse(Query.PERSONNUMMER)).period(Query.FROM, Query.TO)
                    .benefits(Query.BENEFITS.toArray(new Benefit[0]))
                    .payments(Query.PAYMENTS.toArray(new Benefit[0]))
                    .preliminaryPayments(Query.PAYMENTS.toArray(new Benefit[0])).fetch();
        }
    }

    /**
     * (b) The floor: a pooled Apache HttpClient 5 with the SDK's transport settings posts a request
     * and reads the answer into nothing. Built as a user would build it, it creates the JDK's default
     * TLS context up front; the SDK creates its TLS context on the first https connection, and refuses
     * an {@code sslContext} with a plain-http endpoint, so TLS cannot be configured-but-unused here.
     *
     * @param endpoint the loopback server's small answer
     * @return the answer's length
     */
    public static long floor(URI endpoint) throws Exception {
        try (CloseableHttpClient http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(64).setMaxConnPerRoute(64).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().build()) {
            HttpPost post = new HttpPost(endpoint);
            post.setEntity(new ByteArrayEntity(REQUEST, ContentType.create("text/xml", StandardCharsets.UTF_8)));
            return http.execute(post, response -> {
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
    }

    /** CPU time of the calling thread from Linux's schedstat (0 elsewhere); reads a file, loads no class. */
    private static long threadCpuNanos() {
        return schedstat(new java.io.File("/proc/thread-self/schedstat"));
    }

    /** CPU time of every thread of this JVM (JIT compilers and GC included) from Linux's schedstat. */
    private static long processCpuNanos() {
        String[] tasks = new java.io.File("/proc/self/task").list();
        long total = 0;
        for (String task : tasks == null ? new String[0] : tasks) {
            total += schedstat(new java.io.File("/proc/self/task/" + task + "/schedstat"));
        }
        return total;
    }

    private static long schedstat(java.io.File file) {
        try (java.io.FileInputStream in = new java.io.FileInputStream(file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return Long.parseLong(text.substring(0, text.indexOf(' ')));
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Runs one path in this fresh JVM and prints the milliseconds from JVM start to its answer.
     *
     * @param args {@code sdk} or {@code floor}
     */
    public static void main(String[] args) throws Exception {
        long entered = System.nanoTime();
        try (LoopbackServer server = LoopbackServer.start()) {
            URI endpoint = server.endpoint(Size.SMALL);
            long threadCpu = threadCpuNanos();
            long processCpu = processCpuNanos();
            long start = System.nanoTime();
            Object answer = switch (args[0]) {
                case "floor" -> floor(endpoint);
                default -> sdk(endpoint);
            };
            long end = System.nanoTime();
            threadCpu = threadCpuNanos() - threadCpu;
            processCpu = processCpuNanos() - processCpu;
            System.out.println(MARK);
            // Uptime is read after the mark, so the management classes are not counted; the time
            // since the answer is taken off again.
            long uptimeAtAnswer = ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - end) / 1_000_000;
            // The server's setup (building the answers) is not part of a client's cold start.
            long serverSetupMs = (start - entered) / 1_000_000;
            System.out.println("path=" + args[0] + " call_ms=" + (end - start) / 1_000_000 + " jvm_to_answer_ms="
                    + (uptimeAtAnswer - serverSetupMs) + " thread_cpu_ms=" + threadCpu / 1_000_000
                    + " process_cpu_ms=" + processCpu / 1_000_000 + " answer=" + (answer instanceof Long ? answer : answer.getClass().getSimpleName()));
        }
    }
}
