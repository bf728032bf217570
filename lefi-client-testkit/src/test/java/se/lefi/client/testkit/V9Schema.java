package se.lefi.client.testkit;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Validates JSON against a schema of the test kit's copy of FK's OpenAPI (its components as a
 * draft-4 JSON schema document), with networknt's validator.
 */
final class V9Schema {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode COMPONENTS = components();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private V9Schema() {
    }

    private static JsonNode components() {
        try (InputStream in = V9Schema.class.getResourceAsStream("/se/lefi/client/testkit/v9/lefi-extern-v9.openapi.yaml")) {
            return YAMLMapper.builder().build().readTree(in).get("components");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates a document.
     *
     * @param schemaName a schema of the spec's components, e.g. {@code LefiExternFormansinformationSvar}
     * @param json the document
     * @return the errors, empty when valid
     */
    static List<String> errors(String schemaName, String json) {
        Schema schema = SCHEMAS.computeIfAbsent(schemaName, name -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("$ref", "#/components/schemas/" + name);
            root.set("components", COMPONENTS);
            return REGISTRY.getSchema(root.toString(), InputFormat.JSON);
        });
        return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }
}
