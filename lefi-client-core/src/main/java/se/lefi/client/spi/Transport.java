package se.lefi.client.spi;

import java.io.IOException;
import java.net.URI;

/**
 * Sends one request and hands the streaming answer to a handler while the connection is held.
 *
 * <p>A transport never retries and never follows redirects: the client's resilience layer is the
 * one place that decides about retries. The default is built on Apache HttpClient 5.
 *
 * <pre>{@code
 * BenefitInformation info = transport.send(endpoint, message, answer -> adapter.decodeQuery(request, answer));
 * }</pre>
 */
public interface Transport extends AutoCloseable {

    /**
     * Sends the message and lets the handler read the answer.
     *
     * @param endpoint where to send it
     * @param message the encoded request
     * @param handler reads the answer; its result is returned
     * @param <T> the handler's result
     * @return what the handler returned
     * @throws IOException for a connection, timeout or TLS failure
     */
    <T> T send(URI endpoint, OutgoingMessage message, AnswerHandler<T> handler) throws IOException;

    /** Releases connections and threads; declares no checked exception. */
    @Override
    void close();

    /**
     * Reads an answer while the transport holds the connection.
     *
     * @param <T> the result
     */
    @FunctionalInterface
    interface AnswerHandler<T> {
        /**
         * Reads the answer.
         *
         * @param answer status, content type and body
         * @return the result
         * @throws IOException when reading the body fails
         */
        T handle(IncomingMessage answer) throws IOException;
    }
}
