package se.lefi.client.functional.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.spi.OutgoingMessage;
import se.lefi.client.spi.Transport;

/**
 * Sends over the JDK's HTTP client and keeps a copy of every answer, so that a real client's
 * exchanges with the simulator yield the simulator's answers as bytes.
 */
final class RecordingTransport implements Transport {

    /**
     * Holds one recorded answer.
     *
     * @param status the HTTP status
     * @param body the answer's bytes
     */
    record Recorded(int status, byte[] body) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Recorded> recorded = new ArrayList<>();

    @Override
    public <T> T send(URI endpoint, OutgoingMessage message, AnswerHandler<T> handler) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(message.target(endpoint)).method(message.method().name(),
                message.hasBody() ? HttpRequest.BodyPublishers.ofByteArray(message.body())
                        : HttpRequest.BodyPublishers.noBody());
        message.contentType().ifPresent(type -> request.header("Content-Type", type));
        for (Map.Entry<String, String> header : message.headers().entrySet()) {
            request.header(header.getKey(), header.getValue());
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        recorded.add(new Recorded(response.statusCode(), response.body()));
        return handler.handle(new IncomingMessage(response.statusCode(),
                response.headers().firstValue("Content-Type"), new ByteArrayInputStream(response.body())));
    }

    /** Returns the answer recorded last. */
    Recorded last() {
        return recorded.get(recorded.size() - 1);
    }

    @Override
    public void close() {
        // The JDK client has nothing that must be released.
    }
}
