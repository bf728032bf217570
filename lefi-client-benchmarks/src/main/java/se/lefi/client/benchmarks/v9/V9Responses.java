package se.lefi.client.benchmarks.v9;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import se.lefi.client.benchmarks.Responses.Size;

/**
 * Builds the version 9 answers of the benchmark deterministically from two of the v9 module's
 * samples (copied into this module): small is the typical answer ({@code 20-svar-typiskt.json}:
 * one person, a föräldrapenning, sjukpenning and programme case, three payments); medium and large
 * are the answer with every list filled ({@code 01-svar-alla-listor.json}) whose Försäkringskassan
 * payments ({@code formansinformation.utbetalningsuppgift}) are the typical answer's three payments
 * repeated week by week, dates shifted, until the answer reaches its size.
 *
 * <p>Compact JSON (no indentation), as a service sends it; the same bytes in every JVM.
 *
 * <pre>{@code
 * byte[] large = V9Responses.bytes(Size.LARGE);
 * }</pre>
 */
public final class V9Responses {

    private static final String TEMPLATES = "/se/lefi/client/benchmarks/v9/template/";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Size, byte[]> CACHE = new EnumMap<>(Size.class);

    private V9Responses() {
    }

    /**
     * Returns the answer of a size as UTF-8 bytes; the same bytes on every call and in every JVM.
     *
     * @param size the size
     * @return a {@code LefiExternFormansinformationSvar} valid against the v9 schema
     */
    public static synchronized byte[] bytes(Size size) {
        return CACHE.computeIfAbsent(size, V9Responses::build).clone();
    }

    /** Returns how many Försäkringskassan payments an answer of the size holds. */
    public static int payments(Size size) {
        try {
            return JSON.readTree(bytes(size)).path("formansinformation").path("utbetalningsuppgift").size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the answer anew, bypassing the cache; {@link #bytes} keeps the first build. */
    static byte[] build(Size size) {
        try {
            ObjectNode typical = (ObjectNode) template("20-svar-typiskt.json");
            if (size == Size.SMALL) {
                return JSON.writeValueAsBytes(typical);
            }
            ObjectNode answer = (ObjectNode) template("01-svar-alla-listor.json");
            ArrayNode source = (ArrayNode) typical.path("formansinformation").path("utbetalningsuppgift");
            ArrayNode payments = ((ObjectNode) answer.get("formansinformation")).putArray("utbetalningsuppgift");
            int base = JSON.writeValueAsBytes(answer).length;
            int perWeek = JSON.writeValueAsBytes(source).length;
            int weeks = Math.max(1, (target(size) - base + perWeek - 1) / perWeek);
            for (int week = 0; week < weeks; week++) {
                for (JsonNode payment : source) {
                    payments.add(shifted(payment.deepCopy(), week * 7L));
                }
            }
            return JSON.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int target(Size size) {
        return switch (size) {
            case SMALL -> 0;
            case MEDIUM -> 200 * 1024;
            case LARGE -> 5 * 1024 * 1024;
        };
    }

    /** Shifts every date of a payment by the given days, in place. */
    private static JsonNode shifted(JsonNode node, long days) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (value.isTextual() && DATE.matcher(value.textValue()).matches()) {
                    field.setValue(new TextNode(LocalDate.parse(value.textValue()).plusDays(days).toString()));
                } else {
                    shifted(value, days);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> shifted(item, days));
        }
        return node;
    }

    private static JsonNode template(String name) {
        try (InputStream in = V9Responses.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("template missing: " + name);
            }
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
