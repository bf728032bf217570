package se.lefi.client.testkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link AnswerTree} as version 9's JSON with Jackson's streaming generator, in the
 * shape {@link V9Shapes} gives each name: arrays where the spec has arrays (also for the
 * single-item "0..1" lists), numbers, booleans and strings as typed.
 *
 * <p>Names the spec does not have in that place are left out: they are parts of the SOAP
 * versions that version 9 dropped. A value that does not fit its declared type is a bug in a
 * fact and fails loudly, so the simulator never sends JSON its own contract rejects.
 *
 * <pre>{@code
 * byte[] json = V9Json.write(root, "LefiExternFormansinformationSvar");
 * }</pre>
 */
public final class V9Json {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private V9Json() {
    }

    /**
     * Writes a tree as a JSON object of a schema.
     *
     * @param root the tree, whose children are the object's properties
     * @param schema the object schema, e.g. {@code LefiExternFormansinformationSvar}
     * @return UTF-8 JSON
     * @throws IllegalStateException when a value does not fit the schema
     */
    public static byte[] write(AnswerTree root, String schema) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            object(g, root, schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void object(JsonGenerator g, AnswerTree node, String schema) throws IOException {
        if (node.text() != null) {
            throw new IllegalStateException(node.name() + " is an object of " + schema + " in version 9, not text");
        }
        g.writeStartObject();
        Map<String, List<AnswerTree>> byName = new LinkedHashMap<>();
        for (AnswerTree c : node.children()) {
            byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
        }
        V9Shapes shapes = V9Shapes.get();
        for (Map.Entry<String, List<AnswerTree>> e : byName.entrySet()) {
            V9Shapes.Property p = shapes.property(schema, e.getKey());
            if (p == null) {
                continue;
            }
            List<AnswerTree> values = e.getValue();
            if (p.array()) {
                g.writeArrayFieldStart(e.getKey());
                for (AnswerTree v : values) {
                    value(g, v, p);
                }
                g.writeEndArray();
            } else {
                if (values.size() > 1) {
                    throw new IllegalStateException(e.getKey() + " is a single value of " + schema
                            + " in version 9, but was written " + values.size() + " times");
                }
                AnswerTree v = values.get(0);
                if (p.schema() == null && v.text() == null) {
                    // An empty element of the SOAP shape has no scalar counterpart.
                    continue;
                }
                g.writeFieldName(e.getKey());
                value(g, v, p);
            }
        }
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, AnswerTree v, V9Shapes.Property p) throws IOException {
        if (p.schema() != null) {
            object(g, v, p.schema());
            return;
        }
        String text = v.text();
        if (text == null) {
            throw new IllegalStateException(v.name() + " is a " + p.type() + " in version 9, not an object");
        }
        switch (p.type()) {
            case "integer" -> g.writeNumber(integer(v.name(), text));
            case "number" -> g.writeNumber(number(v.name(), text));
            case "boolean" -> g.writeBoolean(Boolean.parseBoolean(text));
            default -> g.writeString(text);
        }
    }

    private static BigInteger integer(String name, String text) {
        try {
            return new BigInteger(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " is an integer in version 9");
        }
    }

    private static BigDecimal number(String name, String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " is a number in version 9");
        }
    }
}
