package se.lefi.client.v9.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import se.lefi.client.spi.ClientIdentity;
import se.lefi.client.spi.OutgoingMessage;
import se.lefi.client.spi.QueryRequest;
import se.lefi.client.v9.internal.model.LefiExternFormansinformationFraga;
import se.lefi.client.v9.internal.model.LefiPeriod;

/**
 * Writes version 9's requests: the query as {@code LefiExternFormansinformationFraga} to
 * {@code POST .../aktorer/{aktorsId}/formansinformation/fraga}, and the GET of the available
 * information types. The personnummer goes in the body only; the path holds the aktörs-id,
 * percent-encoded as one segment.
 *
 * <pre>{@code
 * OutgoingMessage post = V9Request.query(request);
 * }</pre>
 */
public final class V9Request {

    /** The spec's base path of every operation. */
    public static final String BASE = "/lefi-extern-formansinformation/v9/aktorer/";
    private static final String JSON = "application/json";
    private static final Map<String, String> ACCEPT_JSON = Map.of("Accept", JSON);

    private V9Request() {
    }

    /**
     * Encodes a query.
     *
     * @param request the validated query
     * @return the POST
     */
    public static OutgoingMessage query(QueryRequest request) {
        V9Routing.Lists lists = V9Routing.route(request);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JsonLimits.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField(LefiExternFormansinformationFraga.JSON_PROPERTY_PERSONNUMMER,
                    request.personnummer().value());
            g.writeObjectFieldStart(LefiExternFormansinformationFraga.JSON_PROPERTY_PERIOD);
            g.writeStringField(LefiPeriod.JSON_PROPERTY_FROM, request.from().toString());
            g.writeStringField(LefiPeriod.JSON_PROPERTY_TOM, request.to().toString());
            g.writeEndObject();
            list(g, LefiExternFormansinformationFraga.JSON_PROPERTY_FORMANSINFORMATION, lists.formansinformation());
            list(g, LefiExternFormansinformationFraga.JSON_PROPERTY_ANSPRAK, lists.ansprak());
            list(g, LefiExternFormansinformationFraga.JSON_PROPERTY_BESLUT, lists.beslut());
            list(g, LefiExternFormansinformationFraga.JSON_PROPERTY_PRELIMINARA_UTBETALNINGAR,
                    lists.preliminaraUtbetalningar());
            list(g, LefiExternFormansinformationFraga.JSON_PROPERTY_UTBETALNINGAR, lists.utbetalningar());
            list(g, LefiExternFormansinformationFraga.JSON_PROPERTY_OVRIG_INFORMATION, lists.ovrigInformation());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return OutgoingMessage.post(path(request.identity(), "/formansinformation/fraga"), out.toByteArray(), JSON,
                ACCEPT_JSON);
    }

    /**
     * Encodes the GET of the available information types, which is also version 9's ping.
     *
     * @param identity who asks
     * @return the GET
     */
    public static OutgoingMessage availableInformationTypes(ClientIdentity identity) {
        return OutgoingMessage.get(path(identity, "/tillgangligaInformationstyper"), ACCEPT_JSON);
    }

    private static void list(JsonGenerator g, String name, List<String> codes) throws IOException {
        if (codes.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String code : codes) {
            g.writeString(code);
        }
        g.writeEndArray();
    }

    /**
     * Returns an operation's path for the identity's aktörs-id, percent-encoded as one path segment.
     *
     * @param identity who asks
     * @param operation the operation's path after the aktörs-id
     * @return the path
     */
    static String path(ClientIdentity identity, String operation) {
        String aktorsId = identity.aktorsId()
                .orElseThrow(() -> new IllegalStateException("aktorsId(...) is required for LEFI 9"));
        return BASE + segment(aktorsId) + operation;
    }

    /** Percent-encodes text as one path segment: unreserved characters stay, everything else is encoded. */
    static String segment(String text) {
        // URLEncoder encodes for forms: a space becomes '+', which a path does not decode; fix that,
        // and encode the characters it leaves that a segment must not hold literally.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }
}
