package se.lefi.client.functional;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiProtocolException;

/**
 * Feeds the client hostile XML over HTTP: every case must end in a {@link LefiProtocolException}
 * on the first attempt, resolve nothing, and leak nothing.
 */
class HostileXmlFunctionalTest {

    private static final String ENVELOPE_OPEN = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soapenv:Body><hamtaFormansinformationSvar xmlns=\"urn:lefi-online:formansinformation:6\""
            + " lefiOnlineVersion=\"6.0\">";
    private static final String ENVELOPE_CLOSE = "</hamtaFormansinformationSvar></soapenv:Body></soapenv:Envelope>";

    @RegisterExtension
    static WireMockExtension wm = WireMockSupport.http();

    @TempDir
    Path dir;

    @Test
    void fetch_whenExternalEntityPointsAtLocalFile_throwsProtocolExceptionAndLeaksNothing() throws IOException {
        String secret = "TOP-SECRET-" + UUID.randomUUID();
        Path file = Files.writeString(dir.resolve("secret.txt"), secret);
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE soapenv:Envelope [<!ENTITY xxe SYSTEM \"" + file.toUri()
                + "\">]>\n" + ENVELOPE_OPEN + "<korrelationsid>&xxe;</korrelationsid>" + ENVELOPE_CLOSE;

        Throwable thrown = fetch(body);

        assertRejected(thrown);
        assertThat(thrown.getMessage()).contains("DOCTYPE");
        assertThat(everythingSaidAbout(thrown)).doesNotContain(secret);
    }

    @Test
    void fetch_whenExternalEntityInFaultMessage_throwsProtocolExceptionAndLeaksNothing() throws IOException {
        // A fault's felmeddelande ends up in an exception message: the most tempting place for a leak.
        String secret = "TOP-SECRET-" + UUID.randomUUID();
        Path file = Files.writeString(dir.resolve("secret.txt"), secret);
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE soapenv:Envelope [<!ENTITY xxe SYSTEM \"" + file.toUri()
                + "\">]>\n<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + "<soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>&xxe;</faultstring><detail>"
                + "<lefiFel xmlns=\"urn:lefi-online:formansinformation:6\"><feltyp>TEKNISKT_FEL</feltyp>"
                + "<felkod>X</felkod><felmeddelande>&xxe;</felmeddelande></lefiFel></detail></soapenv:Fault>"
                + "</soapenv:Body></soapenv:Envelope>";

        Throwable thrown = fetch(body, 500);

        assertRejected(thrown);
        assertThat(thrown.getMessage()).contains("DOCTYPE");
        assertThat(everythingSaidAbout(thrown)).doesNotContain(secret);
    }

    @Test
    void fetch_whenBillionLaughs_throwsProtocolExceptionQuickly() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE soapenv:Envelope [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
        }
        dtd.append("]>");
        String body = "<?xml version=\"1.0\"?>\n" + dtd + ENVELOPE_OPEN + "<korrelationsid>&lol9;</korrelationsid>"
                + ENVELOPE_CLOSE;
        Throwable thrown;
        Duration took;
        try (LefiClient client = Clients.fast(wm.baseUrl()).build()) {
            // A normal answer first, so that the bound below times the rejection alone, not the
            // client's creation and first connection.
            wm.stubFor(post(urlEqualTo(Clients.PATH)).willReturn(ok(Samples.answer())
                    .withHeader("Content-Type", "text/xml; charset=UTF-8")));
            Clients.query(client, SyntheticPersons.SAMPLE).fetch();
            wm.stubFor(post(urlEqualTo(Clients.PATH)).willReturn(ok(body)
                    .withHeader("Content-Type", "text/xml; charset=UTF-8")));
            long started = System.nanoTime();
            thrown = catchThrowable(() -> Clients.query(client, SyntheticPersons.SAMPLE).fetch());
            took = Duration.ofNanos(System.nanoTime() - started);
        }

        assertRejected(thrown);
        assertThat(thrown.getMessage()).contains("DOCTYPE");
        // 10^9 expansions would take minutes and gigabytes; a rejection takes milliseconds.
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        // The normal answer and one attempt at the hostile one: protocol errors are never retried.
        wm.verify(2, postRequestedFor(urlEqualTo(Clients.PATH)));
    }

    @Test
    void fetch_whenExternalDtdUrl_throwsProtocolExceptionAndFetchesNothing() {
        wm.stubFor(get(urlEqualTo("/evil.dtd")).willReturn(ok("<!ENTITY evil \"gotcha\">")));
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE soapenv:Envelope SYSTEM \"" + wm.baseUrl() + "/evil.dtd\">\n"
                + ENVELOPE_OPEN + "<korrelationsid>&evil;</korrelationsid>" + ENVELOPE_CLOSE;

        Throwable thrown = fetch(body);
        assertRejected(thrown);
        assertThat(thrown.getMessage()).contains("DOCTYPE");

        wm.verify(0, anyRequestedFor(urlEqualTo("/evil.dtd")));
    }

    @Test
    void fetch_whenExternalParameterEntity_throwsProtocolExceptionAndFetchesNothing() {
        wm.stubFor(get(urlEqualTo("/evil.dtd")).willReturn(ok("<!ENTITY evil \"gotcha\">")));
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE soapenv:Envelope [<!ENTITY % ext SYSTEM \"" + wm.baseUrl()
                + "/evil.dtd\"> %ext;]>\n" + ENVELOPE_OPEN + "<korrelationsid>&evil;</korrelationsid>" + ENVELOPE_CLOSE;

        Throwable thrown = fetch(body);
        assertRejected(thrown);
        assertThat(thrown.getMessage()).contains("DOCTYPE");

        wm.verify(0, anyRequestedFor(urlEqualTo("/evil.dtd")));
    }

    @Test
    void fetch_whenDeeplyNested_throwsProtocolException() {
        int depth = 100_000;
        String body = ENVELOPE_OPEN + "<formansinformation>" + "<a>".repeat(depth) + "x" + "</a>".repeat(depth)
                + "</formansinformation>" + ENVELOPE_CLOSE;

        Throwable thrown = fetch(body);

        assertRejected(thrown);
        assertThat(thrown.getMessage()).contains("deeper than");
    }

    @Test
    void fetch_whenAnswerIsNotValidUtf8_throwsProtocolExceptionWithoutRetry() {
        // Arrived whole, but 0xC3 0x28 is no UTF-8: asking again gets the same bytes.
        byte[] body = concat(ENVELOPE_OPEN + "<korrelationsid>", new byte[] {(byte) 0xC3, 0x28},
                "</korrelationsid>" + ENVELOPE_CLOSE);

        Throwable thrown = fetch(body, 200);

        assertRejected(thrown);
        assertThat(thrown.getMessage()).contains("malformed").contains("UTF-8");
    }

    @Test
    void fetch_whenFaultIsNotValidUtf8_throwsProtocolExceptionWithoutRetry() {
        byte[] body = concat("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + "<soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>", new byte[] {(byte) 0xFF},
                "</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>");

        Throwable thrown = fetch(body, 500);

        assertRejected(thrown);
    }

    @Test
    void fetch_whenUndeclaredEntityInAttributeOfFault_throwsProtocolExceptionWithoutRetry() {
        // Not well-formed (no DTD declares it); a technical fault read anyway would be retried.
        String body = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + "<soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>x</faultstring><detail>"
                + "<lefiFel xmlns=\"urn:lefi-online:formansinformation:6&undefined;\"><feltyp>TEKNISKT_FEL</feltyp>"
                + "<felkod>X</felkod><felmeddelande>later</felmeddelande></lefiFel></detail></soapenv:Fault>"
                + "</soapenv:Body></soapenv:Envelope>";

        Throwable thrown = fetch(body, 500);

        assertRejected(thrown);
        assertThat(thrown.getMessage()).contains("undefined");
    }

    @Test
    void fetch_whenUndeclaredEntityInAttributeOfAnswer_throwsProtocolException() {
        String body = Samples.answer().replace("lefiOnlineVersion=\"6.0\"", "lefiOnlineVersion=\"6.0&undefined;\"");

        Throwable thrown = fetch(body);

        assertRejected(thrown);
    }

    @Test
    void fetch_whenAmountHasHundredThousandDigits_throwsProtocolException() {
        // Reading it would cost a second of CPU, a million digits minutes: no amount is that long.
        String body = Samples.answer().replaceFirst("<summa>543</summa>", "<summa>" + "9".repeat(100_000) + "</summa>");

        Throwable thrown = fetch(body);

        assertRejected(thrown);
        assertThat(thrown.getMessage()).contains("summa");
    }

    @Test
    void fetch_whenAmountHasHugeExponent_throwsProtocolException() {
        // Short, but summing such an amount would build a number of 10^8 digits.
        String body = Samples.answer().replaceFirst("<summa>543</summa>", "<summa>1E+99999999</summa>");

        Throwable thrown = fetch(body);

        assertRejected(thrown);
        assertThat(thrown.getMessage()).contains("summa");
    }

    @Test
    void fetch_whenDateTimeHasHundredThousandDigitYear_throwsProtocolExceptionNamingTheElement() {
        // xs:dateTime allows any year; the JDK's parser reads one this long as slowly as a long number.
        String body = Samples.answer().replaceFirst("<svarstidpunkt>[^<]*</svarstidpunkt>",
                "<svarstidpunkt>" + "9".repeat(100_000) + "-01-01T00:00:00Z</svarstidpunkt>");

        Throwable thrown = fetch(body);

        assertRejected(thrown);
        assertThat(thrown.getMessage()).contains("svarstidpunkt");
    }

    @Test
    void fetch_whenAnswerLargerThanCap_isRejectedWhileStreaming() throws Exception {
        long cap = 1024 * 1024;
        long offered = 64L * 1024 * 1024;
        AtomicLong written = new AtomicLong();
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(Clients.PATH, exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(200, 0); // chunked: the body is produced as it goes, never held whole
            byte[] chunk = "<korrelationsid>padding padding padding padding</korrelationsid>\n".repeat(256)
                    .getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ENVELOPE_OPEN.getBytes(StandardCharsets.UTF_8));
                while (written.get() < offered) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
                out.write(ENVELOPE_CLOSE.getBytes(StandardCharsets.UTF_8));
            } catch (IOException expected) {
                // The client hung up once the cap was passed.
            }
        });
        server.start();
        try (LefiClient client = Clients.fast("http://localhost:" + server.getAddress().getPort())
                .maxResponseSize(cap).build()) {
            long started = System.nanoTime();
            Throwable thrown = catchThrowable(() -> Clients.query(client, SyntheticPersons.SAMPLE).fetch());

            assertRejected(thrown);
            assertThat(thrown.getMessage()).contains("larger than the configured cap of " + cap);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        } finally {
            server.stop(0);
        }
        assertThat(requests.get()).isEqualTo(1);
        // The client stopped reading soon after the cap: the server got rid of no more than the cap plus
        // what socket buffers hold, a small fraction of the 64 MB on offer.
        assertThat(written.get()).isLessThan(offered / 4);
    }

    private Throwable fetch(String body) {
        return fetch(body, 200);
    }

    private Throwable fetch(String body, int status) {
        return fetch(body.getBytes(StandardCharsets.UTF_8), status);
    }

    private Throwable fetch(byte[] body, int status) {
        wm.stubFor(post(urlEqualTo(Clients.PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/xml; charset=UTF-8").withBody(body)));
        Throwable thrown;
        try (LefiClient client = Clients.fast(wm.baseUrl()).build()) {
            thrown = catchThrowable(() -> Clients.query(client, SyntheticPersons.SAMPLE).fetch());
        }
        // Protocol errors are never retried.
        wm.verify(1, postRequestedFor(urlEqualTo(Clients.PATH)));
        return thrown;
    }

    private static byte[] concat(String before, byte[] bytes, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + bytes.length + tail.length);
        System.arraycopy(bytes, 0, all, head.length, bytes.length);
        System.arraycopy(tail, 0, all, head.length + bytes.length, tail.length);
        return all;
    }

    private static void assertRejected(Throwable thrown) {
        assertThat(thrown).isInstanceOf(LefiProtocolException.class);
    }

    private static String everythingSaidAbout(Throwable thrown) {
        StringWriter all = new StringWriter();
        thrown.printStackTrace(new PrintWriter(all));
        StringBuilder text = new StringBuilder(all.toString()).append(thrown);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            text.append('\n').append(t.getMessage()).append('\n').append(t.getLocalizedMessage());
        }
        return text.toString();
    }
}
