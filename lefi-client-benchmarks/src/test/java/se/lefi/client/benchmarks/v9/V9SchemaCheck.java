package se.lefi.client.benchmarks.v9;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Validates JSON against {@code LefiExternFormansinformationSvar} of the OpenAPI the v9 adapter
 * ships (its components as a draft-4 JSON schema document), with networknt's validator.
 */
final class V9SchemaCheck {

    private static final String SPEC = "/se/lefi/client/v9/contract/lefi-extern-v9.openapi.yaml";
    private static final Schema SVAR = schema("LefiExternFormansinformationSvar");

    private V9SchemaCheck() {
    }

    private static Schema schema(String name) {
        try (InputStream in = V9SchemaCheck.class.getResourceAsStream(SPEC)) {
            JsonNode components = YAMLMapper.builder().build().readTree(in).get("components");
            ObjectNode root = JsonMapper.builder().build().createObjectNode();
            root.put("$ref", "#/components/schemas/" + name);
            root.set("components", components);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(root.toString(),
                    InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the errors of an answer, empty when it is valid. */
    static List<String> answerErrors(String json) {
        return SVAR.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }
}
