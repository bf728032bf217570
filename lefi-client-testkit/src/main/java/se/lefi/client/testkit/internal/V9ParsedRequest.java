package se.lefi.client.testkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds a version 9 request as the simulator read it: the operation and aktörs-id from the path,
 * and for a query the fields of {@code LefiExternFormansinformationFraga} as strings, so the
 * simulator's rules, not the parser, decide what is wrong with them.
 *
 * <pre>{@code
 * V9ParsedRequest r = V9ParsedRequest.parse("POST", path, body);
 * }</pre>
 *
 * @param operation {@link #QUERY} or {@link #TYPES}
 * @param aktorsId the aktörs-id of the path, decoded
 * @param personnummer the queried person as sent, or null
 * @param from the period's first day as sent, or null
 * @param tom the period's last day as sent, or null
 * @param lists the request's code lists by name ({@code formansinformation}, {@code ansprak},
 *     {@code beslut}, {@code preliminaraUtbetalningar}, {@code utbetalningar}, {@code ovrigInformation})
 */
public record V9ParsedRequest(String operation, String aktorsId, String personnummer, String from, String tom,
        Map<String, List<String>> lists) {

    /** The path every version 9 operation starts with. */
    public static final String BASE = "/lefi-extern-formansinformation/v9/aktorer/";
    /** The query operation, {@code hamtaFormansinformation}. */
    public static final String QUERY = "hamtaFormansinformation";
    /** The available-types operation, {@code hamtaTillgangligaInformationstyper}. */
    public static final String TYPES = "hamtaTillgangligaInformationstyper";
    /** The request's code lists, in the spec's order. */
    public static final List<String> LISTS = List.of("formansinformation", "ansprak", "beslut",
            "preliminaraUtbetalningar", "utbetalningar", "ovrigInformation");

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Copies the lists. */
    public V9ParsedRequest {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String name : LISTS) {
            copy.put(name, List.copyOf(lists.getOrDefault(name, List.of())));
        }
        lists = java.util.Collections.unmodifiableMap(copy);
    }

    /** Returns one of the code lists, empty when not sent. */
    public List<String> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    /** Leaves out the personnummer. */
    @Override
    public String toString() {
        return "V9ParsedRequest[" + operation + "]";
    }

    /** Thrown for a request that is not a version 9 operation, with the HTTP status the service gives it. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;

        Unreadable(int status, String message) {
            super(message);
            this.status = status;
        }

        /** Returns the status to answer: 400 for a body that is not the query, 404 or 405 for a wrong path or method. */
        public int status() {
            return status;
        }
    }

    /** Tells whether a request path belongs to version 9. */
    public static boolean isVersion9(String path) {
        return path != null && path.startsWith(BASE);
    }

    /**
     * Reads a version 9 request.
     *
     * @param method the HTTP method
     * @param path the request path, without the query string
     * @param body the body, empty for a GET
     * @return the request
     * @throws Unreadable for an unknown path, a wrong method, or a query body that is not the JSON object
     */
    public static V9ParsedRequest parse(String method, String path, byte[] body) throws Unreadable {
        String rest = path.substring(BASE.length());
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            throw new Unreadable(404, "no such resource");
        }
        String aktorsId = URLDecoder.decode(rest.substring(0, slash).replace("+", "%2B"), StandardCharsets.UTF_8);
        String operation = rest.substring(slash);
        if ("/tillgangligaInformationstyper".equals(operation)) {
            if (!"GET".equals(method)) {
                throw new Unreadable(405, "method not allowed");
            }
            return new V9ParsedRequest(TYPES, aktorsId, null, null, null, Map.of());
        }
        if (!"/formansinformation/fraga".equals(operation)) {
            throw new Unreadable(404, "no such resource");
        }
        if (!"POST".equals(method)) {
            throw new Unreadable(405, "method not allowed");
        }
        try {
            return query(aktorsId, body);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(400, "Frågan kunde inte tolkas som LefiExternFormansinformationFraga.");
        }
    }

    private static V9ParsedRequest query(String aktorsId, byte[] body) throws IOException, Unreadable {
        String pnr = null;
        String from = null;
        String tom = null;
        Map<String, List<String>> lists = new LinkedHashMap<>();
        try (JsonParser p = FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new Unreadable(400, "not an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("personnummer".equals(name) && value == JsonToken.VALUE_STRING) {
                    pnr = p.getText();
                } else if ("period".equals(name) && value == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String part = p.currentName();
                        JsonToken v = p.nextToken();
                        String text = v == JsonToken.VALUE_STRING ? p.getText() : null;
                        p.skipChildren();
                        if ("from".equals(part)) {
                            from = text;
                        } else if ("tom".equals(part)) {
                            tom = text;
                        }
                    }
                } else if (LISTS.contains(name) && value == JsonToken.START_ARRAY) {
                    List<String> codes = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (p.currentToken() == JsonToken.VALUE_STRING) {
                            codes.add(p.getText());
                        } else {
                            throw new Unreadable(400, name + " holds a value that is not a code");
                        }
                    }
                    lists.put(name, codes);
                } else {
                    // Unknown members are ignored, as a lenient service would.
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new Unreadable(400, "trailing content");
            }
        }
        return new V9ParsedRequest(QUERY, aktorsId, pnr, from, tom, lists);
    }
}
