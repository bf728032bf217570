package se.lefi.client.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Knows, from the test kit's copy of Försäkringskassan's OpenAPI for version 9, the JSON shape of
 * every property of every schema: an array or a single value, and an object schema or a scalar
 * type; {@link V9Json} writes the simulator's answers by it, so they have the published shape.
 *
 * <pre>{@code
 * V9Shapes.Property p = V9Shapes.get().property("LefiSjukpenningBeslut", "dagar");   // integer
 * }</pre>
 */
public final class V9Shapes {

    /** Where the copy of the spec lies on the class path. */
    public static final String SPEC = "/se/lefi/client/testkit/v9/lefi-extern-v9.openapi.yaml";

    /**
     * The shape of one property.
     *
     * @param array whether the JSON value is an array of items of this shape
     * @param schema the object schema of the value (or of each item), or null for a scalar
     * @param type the scalar type ({@code string}, {@code integer}, {@code number}, {@code boolean}), or null
     */
    public record Property(boolean array, String schema, String type) {
    }

    private static final class Holder {
        static final V9Shapes INSTANCE = load();
    }

    private final Map<String, Map<String, Property>> schemas;

    private V9Shapes(Map<String, Map<String, Property>> schemas) {
        this.schemas = schemas;
    }

    /** Returns the shapes, read once from the spec. */
    public static V9Shapes get() {
        return Holder.INSTANCE;
    }

    /**
     * Returns a property's shape.
     *
     * @param schema the object schema
     * @param name the property
     * @return the shape, or null when the schema has no such property
     */
    public Property property(String schema, String name) {
        Map<String, Property> properties = schemas.get(schema);
        if (properties == null) {
            throw new IllegalArgumentException("no object schema " + schema + " in the version 9 spec");
        }
        return properties.get(name);
    }

    private static V9Shapes load() {
        JsonNode all;
        try (InputStream in = V9Shapes.class.getResourceAsStream(SPEC)) {
            if (in == null) {
                throw new IllegalStateException("the version 9 spec is missing from the class path: " + SPEC);
            }
            all = new ObjectMapper(new YAMLFactory()).readTree(in).path("components").path("schemas");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, JsonNode> byName = new HashMap<>();
        all.fields().forEachRemaining(e -> byName.put(e.getKey(), e.getValue()));
        Map<String, Map<String, Property>> result = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : byName.entrySet()) {
            JsonNode properties = e.getValue().get("properties");
            if (properties == null) {
                continue;
            }
            Map<String, Property> shapes = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = properties.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> p = it.next();
                JsonNode node = p.getValue();
                boolean array = "array".equals(node.path("type").asText());
                JsonNode value = array ? node.path("items") : node;
                shapes.put(p.getKey(), shape(array, value, byName));
            }
            result.put(e.getKey(), shapes);
        }
        return new V9Shapes(result);
    }

    private static Property shape(boolean array, JsonNode value, Map<String, JsonNode> byName) {
        String ref = value.path("$ref").asText("");
        if (ref.isEmpty()) {
            return new Property(array, null, value.path("type").asText("string"));
        }
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        JsonNode target = byName.get(name);
        if (target != null && target.has("properties")) {
            return new Property(array, name, null);
        }
        // A reference to an enum (or other scalar schema) is a scalar of that schema's type.
        return new Property(array, null, target == null ? "string" : target.path("type").asText("string"));
    }
}
