package se.lefi.client.v9.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiException;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiTransportException;
import se.lefi.client.internal.formansinformation.AssembledPayments;
import se.lefi.client.internal.formansinformation.MalformedAnswerException;
import se.lefi.client.internal.util.Redaction;
import se.lefi.client.model.Details;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.spi.ResponseTooLargeException;
import se.lefi.client.v9.internal.model.LefiExternFormansinformationSvar;
import se.lefi.client.v9.internal.model.LefiFelsvar;

/**
 * Reads a version 9 answer by its HTTP status: a 200 with a JSON body is decoded into
 * {@link Details} of the expected type; every other status becomes the typed exception API.md
 * gives (400 and 403 business errors, 500, 502, 503, 504 and 429 retryable, any other status a
 * non-retryable technical error), with the service's {@code meddelande} masked in the message;
 * a body that is not the JSON the status promises is a protocol error.
 *
 * <pre>{@code
 * Details svar = V9Exchange.read(answer, LefiExternFormansinformationSvar.class);
 * }</pre>
 */
public final class V9Exchange {

    /** How much of the service's message goes into an exception's message. */
    static final int MAX_MESSAGE = 300;

    private V9Exchange() {
    }

    /**
     * Decodes a successful answer or throws the error it carries.
     *
     * @param answer the answer
     * @param type the generated class of a 200's body
     * @return the body's details
     * @throws LefiException the typed error
     */
    public static Details read(IncomingMessage answer, Class<?> type) {
        return read(answer, type, null);
    }

    /**
     * Decodes a successful answer or throws the error it carries, with the caller's correlation
     * id: version 9 echoes none, so the exception keeps the one the query was given, locally.
     *
     * @param answer the answer
     * @param type the generated class of a 200's body
     * @param correlationId the query's correlation id, or null
     * @return the body's details
     * @throws LefiException the typed error
     */
    public static Details read(IncomingMessage answer, Class<?> type, String correlationId) {
        return decode(answer, type, correlationId, false).svar();
    }

    /**
     * Decodes a successful answer to a query, building Försäkringskassan's payments while reading
     * (they are nearly all of a large answer), or throws the error it carries.
     *
     * @param answer the answer
     * @param correlationId the query's correlation id, or null
     * @return the answer's details, without the payments, and the payments
     * @throws LefiException the typed error
     */
    public static DecodedQuery readQuery(IncomingMessage answer, String correlationId) {
        return decode(answer, LefiExternFormansinformationSvar.class, correlationId, true);
    }

    /**
     * A decoded answer to a query.
     *
     * @param svar the answer's details; Försäkringskassan's payments are in {@code payments}
     * @param payments the payments built while reading
     */
    public record DecodedQuery(Details svar, AssembledPayments payments) {
    }

    private static DecodedQuery decode(IncomingMessage answer, Class<?> type, String correlationId,
            boolean assemblePayments) {
        if (answer.status() != 200) {
            throw error(answer, correlationId);
        }
        if (!isJson(answer)) {
            throw new LefiProtocolException("the service answered HTTP 200 with " + contentType(answer)
                    + " instead of JSON", null, correlationId);
        }
        try {
            JsonDetailsReader reader = new JsonDetailsReader(assemblePayments);
            return new DecodedQuery(parse(answer.body(), type, reader), reader.assembled());
        } catch (MalformedAnswerException e) {
            throw new LefiProtocolException("the answer holds a value that cannot be read: " + e.getMessage(), e, correlationId);
        } catch (IOException e) {
            throw classify(e, correlationId);
        }
    }

    /**
     * Returns when the service answered: its Date header, or, without a readable one, the moment
     * the answer was read (version 9's body carries no time, unlike the SOAP versions' svarstidpunkt).
     *
     * @param answer the answer
     * @return the time
     */
    public static OffsetDateTime answeredAt(IncomingMessage answer) {
        return answer.header("Date").map(d -> {
            try {
                return OffsetDateTime.parse(d.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
            } catch (DateTimeParseException e) {
                return null;
            }
        }).orElseGet(() -> OffsetDateTime.now(java.time.ZoneOffset.UTC));
    }

    static Details parse(InputStream body, Class<?> type) throws IOException {
        return parse(Utf8JsonReader.open(body), type, new JsonDetailsReader());
    }

    private static Details parse(InputStream body, Class<?> type, JsonDetailsReader reader) throws IOException {
        return parse(Utf8JsonReader.open(body), type, reader);
    }

    /**
     * Reads a body's one object with the given reader, and closes the input.
     *
     * @param input the body, as {@link Utf8JsonReader#open} opens it, or through Jackson (tests compare the two)
     * @param type the generated class of the object
     * @param reader the details reader
     * @return the object's details
     * @throws IOException when the body is not one JSON object, or breaks a limit
     */
    static Details parse(JsonInput input, Class<?> type, JsonDetailsReader reader) throws IOException {
        try (input) {
            JsonToken first = input.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new JsonReadException("the answer is not a JSON object", false, 0);
            }
            Details details = reader.read(input, type);
            if (input.nextToken() != null) {
                throw new JsonReadException("the answer goes on after its object", false, 0);
            }
            return details;
        }
    }

    static LefiException classify(IOException e, String correlationId) {
        Throwable tooLarge = find(e, ResponseTooLargeException.class);
        if (tooLarge != null) {
            return new LefiProtocolException("the answer is larger than the configured cap of "
                    + ((ResponseTooLargeException) tooLarge).limit()
                    + " bytes (maxResponseSize); it was rejected while streaming", null, correlationId);
        }
        if (e instanceof JsonReadException read) {
            return new LefiProtocolException(read.limit()
                    ? "the answer breaks a JSON limit (nesting, number or text length): " + Redaction.mask(read.getMessage())
                    : "the answer is not well-formed JSON", null, correlationId);
        }
        if (e instanceof StreamConstraintsException) {
            return new LefiProtocolException("the answer breaks a JSON limit (nesting, number or text length): "
                    + Redaction.mask(((StreamConstraintsException) e).getOriginalMessage()), null, correlationId);
        }
        if (e instanceof com.fasterxml.jackson.core.JacksonException) {
            return new LefiProtocolException("the answer is not well-formed JSON", null, correlationId);
        }
        if (e.getMessage() != null && e.getMessage().startsWith("the answer")) {
            return new LefiProtocolException(e.getMessage(), null, correlationId);
        }
        return new LefiTransportException("reading the answer failed: " + e.getClass().getSimpleName(), e, correlationId);
    }

    private static <T extends Throwable> Throwable find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /** Maps an answer that is not 200. */
    static LefiException error(IncomingMessage answer, String correlationId) {
        int status = answer.status();
        Felsvar felsvar = felsvar(answer);
        if (felsvar.foreign()) {
            return new LefiProtocolException("the service answered HTTP " + status + " with a JSON body that is not"
                    + " its error (LefiFelsvar)", null, correlationId);
        }
        String message = felsvar.message();
        String retryAfter = answer.header("Retry-After").map(v -> "; Retry-After: " + Redaction.mask(v.trim()))
                .orElse("");
        String said = message == null ? "" : ": " + message;
        return switch (status) {
            case 400 -> business(answer, correlationId, message, "the service rejected the query as invalid"
                    + " (HTTP 400 — no group or type asked, or a period longer than the agreement allows)" + said);
            case 403 -> business(answer, correlationId, message, "the service refused the organisation (HTTP 403"
                    + " — the aktörs-id is unknown or the certificate may not represent it)" + said);
            case 500 -> new LefiTechnicalException("the service failed (HTTP 500)" + said + retryAfter, true, null,
                    null, null, correlationId);
            case 429, 502, 503, 504 -> new LefiTransportException("the service or a gateway before it is overloaded or"
                    + " unavailable (HTTP " + status + ")" + retryAfter, null, true, correlationId);
            default -> new LefiTechnicalException("the service answered HTTP " + status + said
                    + " (check the endpoint, the client certificate and the aktörs-id)", status >= 500, null, null,
                    null, correlationId);
        };
    }

    private static LefiException business(IncomingMessage answer, String correlationId, String message,
            String text) {
        if (message == null && !isJson(answer)) {
            return new LefiProtocolException("the service answered HTTP " + answer.status() + " with "
                    + contentType(answer) + " instead of its JSON error (LefiFelsvar)", null, correlationId);
        }
        return new LefiBusinessException(text, null, null, correlationId);
    }

    /**
     * What an error body held.
     *
     * @param message the service's {@code meddelande}, masked and shortened, or null
     * @param foreign whether the body is a JSON object with properties a {@code LefiFelsvar} does not have
     */
    private record Felsvar(String message, boolean foreign) {
        static final Felsvar NONE = new Felsvar(null, false);
    }

    /** Reads a JSON error body's top level: {@code meddelande} and whether anything else is there. */
    private static Felsvar felsvar(IncomingMessage answer) {
        if (!isJson(answer)) {
            return Felsvar.NONE;
        }
        try (JsonParser parser = JsonLimits.FACTORY.createParser(answer.body())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Felsvar.NONE;
            }
            String message = null;
            boolean foreign = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(LefiFelsvar.JSON_PROPERTY_MEDDELANDE) && value == JsonToken.VALUE_STRING) {
                    String masked = Redaction.mask(parser.getText().strip());
                    message = masked.length() > MAX_MESSAGE ? masked.substring(0, MAX_MESSAGE) + "…" : masked;
                } else if (!name.equals(LefiFelsvar.JSON_PROPERTY_TIMESTAMP)) {
                    foreign = true;
                }
                parser.skipChildren();
            }
            return new Felsvar(message, foreign);
        } catch (IOException | RuntimeException e) {
            // An unreadable error body says nothing more than its status does.
            return Felsvar.NONE;
        }
    }

    private static boolean isJson(IncomingMessage answer) {
        return answer.contentType().map(t -> t.toLowerCase(Locale.ROOT).contains("json")).orElse(false);
    }

    private static String contentType(IncomingMessage answer) {
        return answer.contentType().map(t -> "'" + Redaction.mask(t) + "'").orElse("no content type");
    }
}
