package se.lefi.client.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Sends version 9 requests the client would refuse to send, straight over HTTP. */
final class RawV9 {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Answer(int status, String contentType, String body) {
    }

    private RawV9() {
    }

    static String query(String pnr, String from, String tom, List<String> fk, List<String> pm, List<String> payments,
            List<String> other) {
        StringBuilder json = new StringBuilder("{\"personnummer\":\"").append(pnr).append("\",\"period\":{\"from\":\"")
                .append(from).append("\",\"tom\":\"").append(tom).append("\"}");
        list(json, "formansinformation", fk);
        list(json, "ansprak", pm);
        list(json, "beslut", pm);
        list(json, "utbetalningar", payments);
        list(json, "preliminaraUtbetalningar", payments);
        list(json, "ovrigInformation", other);
        return json.append('}').toString();
    }

    private static void list(StringBuilder json, String name, List<String> codes) {
        if (!codes.isEmpty()) {
            json.append(",\"").append(name).append("\":")
                    .append(codes.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(",", "[", "]")));
        }
    }

    static Answer post(URI base, String aktorsId, String body) {
        return send(HttpRequest.newBuilder(uri(base, aktorsId, "/formansinformation/fraga"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static Answer types(URI base, String aktorsId) {
        return send(HttpRequest.newBuilder(uri(base, aktorsId, "/tillgangligaInformationstyper")).GET());
    }

    private static URI uri(URI base, String aktorsId, String operation) {
        return URI.create(base + LefiOnlineSimulator.VERSION_9_PATH
                + URLEncoder.encode(aktorsId, StandardCharsets.UTF_8).replace("+", "%20") + operation);
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
