package se.lefi.client.v9.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Describes one class that openapi-generator made from the version 9 spec, as the streaming
 * decoder needs it: its JSON property names, each with the kind of value and whether it repeats,
 * and what the whole object becomes (a shared value type or plain details).
 *
 * <p>The JSON names come from the generated {@code JSON_PROPERTY_...} constants and the types
 * from the generated fields, so no Jackson annotation is needed at run time. A model is built
 * once per class, on first use, and shared by every thread. It also remembers in which order the
 * service wrote the class's properties, so that {@link #next} can compare the expected name's
 * bytes instead of looking every name up.
 *
 * <pre>{@code
 * JsonTypeModel svar = JsonTypeModel.of(LefiExternFormansinformationSvar.class);
 * JsonTypeModel.Property p = svar.property("formansinformation");
 * }</pre>
 */
final class JsonTypeModel {

    /**
     * The names under which the SOAP contracts had a date, which version 9's Försäkringskassan part
     * delivers as plain strings; a string property with one of these names is read as a date.
     */
    static final Set<String> DATE_NAMES = Set.of("avled", "dag", "dagar", "datum", "ersattningsdatum", "faststalldes",
            "fattades", "foddes", "fran", "manad", "skadetillfalle", "startades", "till", "uppdaterades");

    private static final ClassValue<JsonTypeModel> MODELS = new ClassValue<>() {
        @Override
        protected JsonTypeModel computeValue(Class<?> type) {
            return new JsonTypeModel(type);
        }
    };

    /** What a value is read as. */
    enum Kind {
        STRING, DATE_STRING, PERSONNUMMER, INTEGER, DECIMAL, BOOLEAN, DATE, DATE_TIME, STRUCTURE
    }

    /** What an object becomes. */
    enum Shape {
        /** A code from {@code id}/{@code kod} and {@code beskrivning}. */
        CODE,
        /** An amount from {@code summa}. */
        AMOUNT,
        /** A period from {@code fran}/{@code till} or {@code from}/{@code tom}. */
        PERIOD,
        /** A fraction from {@code taljare}/{@code namnare}. */
        FRACTION,
        /** Details keyed by the JSON names. */
        DETAILS
    }

    /** The parts a shaped object is made from, by their JSON names. */
    enum Part {
        ID("id"), KOD("kod"), BESKRIVNING("beskrivning"), SUMMA("summa"), FRAN("fran"), FROM("from"), TILL("till"),
        TOM("tom"), TALJARE("taljare"), NAMNARE("namnare");

        private final String json;

        Part(String json) {
            this.json = json;
        }
    }

    /**
     * One property of a class: its JSON name, its slot, how a value is read, whether it is an array,
     * and for a structure the generated class (whose model is looked up once and then kept).
     */
    static final class Property {
        private final String name;
        private final int index;
        private final Kind kind;
        private final boolean repeated;
        private final Class<?> structureType;
        private final boolean codeId;
        /** The structure's model, kept after the first lookup; racing threads all store the one model of the class. */
        private JsonTypeModel structure;

        Property(String name, int index, Kind kind, boolean repeated, Class<?> structureType) {
            this.name = name;
            this.index = index;
            this.kind = kind;
            this.repeated = repeated;
            this.structureType = structureType;
            this.codeId = "id".equals(name) || "kod".equals(name);
        }

        /** Whether this is a code's id ({@code id} or {@code kod}), whose integer is kept as its text. */
        boolean isCodeId() {
            return codeId;
        }

        /** The JSON name. */
        String name() {
            return name;
        }

        /** The property's slot. */
        int index() {
            return index;
        }

        /** How a value is read. */
        Kind kind() {
            return kind;
        }

        /** Whether the property is an array. */
        boolean repeated() {
            return repeated;
        }

        /** The generated class of a structure, else null. */
        Class<?> structureType() {
            return structureType;
        }

        JsonTypeModel structure() {
            JsonTypeModel model = structure;
            if (model == null) {
                model = of(structureType);
                structure = model;
            }
            return model;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger IDS = new java.util.concurrent.atomic.AtomicInteger();

    private final int id = IDS.getAndIncrement();
    private final Shape shape;
    private final Map<String, Property> byName = new HashMap<>();
    private final Property[] properties;
    /** Each property's name as the parser compares it with the input's bytes. */
    private final SerializedString[] quoted;
    /** Each property's name in UTF-8, by slot. */
    private final byte[][] nameBytes;
    /**
     * For each property, the index of the property that followed it in the last object of this
     * class that had another after it (the last place: the first property); -1 when none is known.
     * A hint shared by every thread: any value is correct, a wrong one only costs a lookup.
     */
    private final int[] following;
    /** For each part, the index of the property of that name, or -1. */
    private final int[] parts = new int[Part.values().length];
    /** For each property, whether it is one of the parts. */
    private final boolean[] partSlots;

    private JsonTypeModel(Class<?> type) {
        Map<String, String> jsonNames = new HashMap<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("JSON_PROPERTY_")
                    && f.getType() == String.class) {
                try {
                    String json = (String) f.get(null);
                    jsonNames.put(normalise(f.getName().substring("JSON_PROPERTY_".length())), json);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + f, e);
                }
            }
        }
        java.util.List<Property> list = new java.util.ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                continue;
            }
            String json = jsonNames.getOrDefault(normalise(f.getName()), f.getName());
            boolean repeated = Collection.class.isAssignableFrom(f.getType());
            Class<?> valueType = repeated ? elementType(f.getGenericType()) : f.getType();
            Kind kind = kindOf(json, valueType);
            Property p = new Property(json, list.size(), kind, repeated, kind == Kind.STRUCTURE ? valueType : null);
            list.add(p);
            byName.put(json, p);
        }
        this.properties = list.toArray(new Property[0]);
        this.quoted = new SerializedString[properties.length];
        this.nameBytes = new byte[properties.length][];
        this.following = new int[properties.length + 1];
        for (int i = 0; i < properties.length; i++) {
            quoted[i] = new SerializedString(properties[i].name);
            nameBytes[i] = properties[i].name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            // Until an answer teaches otherwise, the service is expected to write the spec's order.
            following[i] = i + 1 < properties.length ? i + 1 : -1;
        }
        following[properties.length] = properties.length > 0 ? 0 : -1;
        for (Part part : Part.values()) {
            Property p = byName.get(part.json);
            parts[part.ordinal()] = p == null ? -1 : p.index();
        }
        this.partSlots = new boolean[properties.length];
        for (int part : parts) {
            if (part >= 0) {
                partSlots[part] = true;
            }
        }
        this.shape = shapeOf(type.getSimpleName(), byName.keySet());
    }

    /**
     * Returns the model of a generated class.
     *
     * @param type a class generated from the spec
     * @return its model, built once
     */
    static JsonTypeModel of(Class<?> type) {
        return MODELS.get(type);
    }

    /** A number of its own, from 0 up, so a reader can keep something per model in an array. */
    int id() {
        return id;
    }

    Shape shape() {
        return shape;
    }

    /**
     * Returns where a part of a shaped object is.
     *
     * @param part the part
     * @return the index of its property, or -1 when the class has none of that name
     */
    int part(Part part) {
        return parts[part.ordinal()];
    }

    /**
     * Tells whether a property is one of the parts a shaped object is made from.
     *
     * @param index the property's slot
     * @return true when some part of this class is at that slot
     */
    boolean isPart(int index) {
        return partSlots[index];
    }

    Property property(String jsonName) {
        return byName.get(jsonName);
    }

    /**
     * Moves the parser to the next property of this class in an object of it and returns it;
     * properties the class does not have are skipped, values and all.
     *
     * <p>A service writes an object's properties in one order, so the name that followed
     * {@code previous} last time is compared with the input's bytes first, which spares the
     * parser its name table and this model its map; any other name is looked up and remembered.
     *
     * @param p the parser, inside an object of this class, before a name or the object's end
     * @param previous the property this method returned last for this object, or null before the first
     * @return the property, the parser on its name; null when the parser stands on the token after
     *     the last property (its end, when well-formed)
     * @throws IOException when the JSON is malformed or breaks a limit
     */
    Property next(JsonInput p, Property previous) throws IOException {
        int from = previous == null ? properties.length : previous.index;
        while (true) {
            int guess = following[from];
            if (guess >= 0) {
                if (p.nextFieldName(quoted[guess])) {
                    return properties[guess];
                }
            } else {
                p.nextToken();
            }
            if (p.currentToken() != JsonToken.FIELD_NAME) {
                return null;
            }
            Property actual = byName.get(p.currentName());
            if (actual != null) {
                following[from] = actual.index;
                return actual;
            }
            p.nextToken();
            p.skipChildren();
        }
    }

    int size() {
        return properties.length;
    }

    /**
     * Returns the properties' JSON names as UTF-8 by slot, for a reader that compares bytes.
     *
     * @return the names, shared: never to be changed
     */
    byte[][] nameBytes() {
        return nameBytes;
    }

    Property[] properties() {
        return properties;
    }

    /** Models every class reachable from this one; a test calls it to prove the whole spec readable. */
    void resolveAll(Set<JsonTypeModel> seen) {
        if (seen.add(this)) {
            for (Property p : properties) {
                if (p.kind == Kind.STRUCTURE) {
                    p.structure().resolveAll(seen);
                }
            }
        }
    }

    private static String normalise(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return String.class;
    }

    private static Kind kindOf(String json, Class<?> type) {
        if (type == String.class || type.isEnum()) {
            // Every enum is open: an unknown value is kept as delivered, so enums are read as text.
            if ("personnummer".equals(json)) {
                return Kind.PERSONNUMMER;
            }
            return DATE_NAMES.contains(json) ? Kind.DATE_STRING : Kind.STRING;
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return Kind.INTEGER;
        }
        if (type == BigDecimal.class || type == Double.class || type == Float.class) {
            return Kind.DECIMAL;
        }
        if (type == Boolean.class || type == boolean.class) {
            return Kind.BOOLEAN;
        }
        if (type == LocalDate.class) {
            return Kind.DATE;
        }
        if (type == OffsetDateTime.class) {
            return Kind.DATE_TIME;
        }
        if (type.getPackage() != null && type.getPackage().getName().endsWith(".internal.model")) {
            return Kind.STRUCTURE;
        }
        // Object or a map (free-form): nothing to model, read as text where possible.
        return Kind.STRING;
    }

    private static Shape shapeOf(String simpleName, Set<String> names) {
        return switch (simpleName) {
            case "LefiSifferkod", "LefiBokstavskod" -> Shape.CODE;
            case "LefiBelopp" -> Shape.AMOUNT;
            case "LefiFranTill", "LefiPeriod", "LefiPeriodMedValfrittTom" -> Shape.PERIOD;
            case "LefiOmfattning" -> Shape.FRACTION;
            default -> names.equals(Set.of("kod", "beskrivning")) ? Shape.CODE : Shape.DETAILS;
        };
    }
}
